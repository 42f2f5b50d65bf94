package formats

import "tandem/backend/formats/draw"

// The drawn exports (SPEC §4): the swimlane chart as SVG, PDF (A4 or Letter
// landscape, tiled) and PNG (2x, at most 16,384 px a side), all drawn by
// backend/formats/draw with the options' lanes and window.
func init() {
	register(Writer{Format: "svg", Ext: ".svg", MIME: "image/svg+xml", Scoped: true,
		Write: func(in *ExportInput) ([]byte, error) { return draw.SVG(drawInput(in)) }})
	register(Writer{Format: "pdf", Ext: ".pdf", MIME: "application/pdf", Binary: true, Scoped: true,
		Write: func(in *ExportInput) ([]byte, error) { return draw.PDF(drawInput(in), in.Options.Paper) }})
	register(Writer{Format: "png", Ext: ".png", MIME: "image/png", Binary: true, Scoped: true,
		Write: func(in *ExportInput) ([]byte, error) { return draw.PNG(drawInput(in)) }})
}

func drawInput(in *ExportInput) *draw.Input {
	lay := in.Layout
	if lay == nil {
		lay = PackSchedule(in.Roadmap, in.Analysis, false)
	}
	return &draw.Input{Roadmap: in.Roadmap, Analysis: in.Analysis, Layout: lay, Today: in.Today,
		Lanes: in.Options.Lanes, From: in.Options.From, To: in.Options.To}
}
