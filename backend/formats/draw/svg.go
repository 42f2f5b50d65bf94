package draw

import (
	"bytes"
	"html"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// screenFormat is the drawing of the svg and png exports: one page, the
// timeline about 1,500 points wide, a day at least 1.6 points.
var screenFormat = Format{Budget: 1500, MinDayW: 1.6}

// SVG draws in as one SVG picture. The text stays text, in Liberation Sans
// with Arial (its metric twin) and sans-serif as fallbacks, so the titles
// measured here fit on any viewer; the picture carries a <title>.
func SVG(in *Input) ([]byte, error) {
	pages, err := Build(in, screenFormat)
	if err != nil {
		return nil, err
	}
	p := pages[0]
	c := vgsvg.New(vg.Length(p.W), vg.Length(p.H))
	Paint(p, c)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	out := bytes.ReplaceAll(buf.Bytes(), []byte("font-family:Liberation Sans;"),
		[]byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
	// The title goes right after the <svg ...> start tag.
	if i := bytes.Index(out, []byte(">\n")); i >= 0 && bytes.Contains(out[:i], []byte("<svg")) {
		title := "\n<title>" + html.EscapeString(cleanText(in.Roadmap.Name)) + "</title>"
		out = append(out[:i+1:i+1], append([]byte(title), out[i+1:]...)...)
	}
	return out, nil
}
