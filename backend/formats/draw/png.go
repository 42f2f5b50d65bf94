package draw

import (
	"bytes"
	"fmt"
	"image/png"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// PNG limits: drawn at 2x (144 dpi) for slides, the image is never wider
// or taller than MaxPNGSide pixels nor larger than MaxPNGPixels in all (its
// memory); a larger drawing is scaled down to fit, and its footer says so.
const (
	pngScale     = 2.0
	MaxPNGSide   = 16384
	MaxPNGPixels = 48 << 20
)

// PNG draws in as one PNG image, the drawing of SVG at 2x, scaled down to
// the limits when it is larger.
func PNG(in *Input) ([]byte, error) {
	pages, err := Build(in, screenFormat)
	if err != nil {
		return nil, err
	}
	p := pages[0]
	scale := pngFit(p.W, p.H)
	dpi := int(math.Floor(72 * scale))
	if dpi < 144 {
		p.Note(fmt.Sprintf("Scaled to %.0f%% of 2x to stay within %s px a side and %d megapixels; the SVG and PDF exports keep every detail.",
			float64(dpi)/144*100, "16,384", MaxPNGPixels>>20))
	}
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(p.W), vg.Length(p.H)), vgimg.UseDPI(max(dpi, 1)))
	Paint(p, c)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, c.Image()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pngFit is the scale (pixels per point) of a w x h point drawing: 2, or
// less to keep within MaxPNGSide and MaxPNGPixels.
func pngFit(w, h float64) float64 {
	s := pngScale
	s = min(s, MaxPNGSide/w, MaxPNGSide/h)
	s = min(s, math.Sqrt(MaxPNGPixels/(w*h)))
	return s
}
