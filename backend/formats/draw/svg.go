package draw

import (
	"bytes"
	"fmt"
	"html"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// screenFormat is the drawing of the svg and png exports: one page, the
// timeline about 1,500 points wide, a day at least 1.6 points.
var screenFormat = Format{Budget: 1500, MinDayW: 1.6}

// SVG draws in as one SVG picture. The text stays text, in Liberation Sans
// with Arial (its metric twin) and sans-serif as fallbacks, and each text
// carries the width it was measured at (textLength), so that a viewer
// with neither font still fits every title where it was placed; the
// picture carries a <title>.
func SVG(in *Input) ([]byte, error) {
	pages, err := Build(in, screenFormat)
	if err != nil {
		return nil, err
	}
	p := pages[0]
	c := &svgCanvas{Canvas: vgsvg.New(vg.Length(p.W), vg.Length(p.H)), m: newMeasurer()}
	Paint(p, c)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	out := c.fixWidths(buf.Bytes())
	out = bytes.ReplaceAll(out, []byte("font-family:Liberation Sans;"),
		[]byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
	// The title goes right after the <svg ...> start tag.
	if s := bytes.Index(out, []byte("<svg")); s >= 0 {
		i := s + bytes.IndexByte(out[s:], '>')
		title := "\n<title>" + html.EscapeString(cleanText(in.Roadmap.Name)) + "</title>"
		out = append(out[:i+1:i+1], append([]byte(title), out[i+1:]...)...)
	}
	return out, nil
}

// svgCanvas is vgsvg's canvas remembering the width of each text it
// writes, in order.
type svgCanvas struct {
	*vgsvg.Canvas
	m      *measurer
	widths []float64
}

func (c *svgCanvas) FillString(f font.Face, p vg.Point, s string) {
	w := Regular
	if f.Font.Weight != xfont.WeightNormal {
		w = Bold
	}
	c.widths = append(c.widths, c.m.width(s, w, f.Font.Size.Points()))
	c.Canvas.FillString(f, p, s)
}

// fixWidths gives the i-th <text> element of svg the i-th width (text
// content is escaped, so "<text " only starts an element).
func (c *svgCanvas) fixWidths(svg []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(svg) + 48*len(c.widths))
	tag := []byte("<text ")
	for _, w := range c.widths {
		i := bytes.Index(svg, tag)
		if i < 0 {
			break
		}
		out.Write(svg[:i+len(tag)])
		fmt.Fprintf(&out, `textLength="%.2f" lengthAdjust="spacingAndGlyphs" `, w)
		svg = svg[i+len(tag):]
	}
	out.Write(svg)
	return out.Bytes()
}
