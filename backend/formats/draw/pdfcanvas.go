package draw

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// pdfCanvas is a vg.Canvas that writes PDF pages one after another to a
// pdfWriter: each page's content is compressed and written out when the
// page ends, so a document of thousands of pages takes no more memory than
// one page (see doc.go). Text is in Liberation Sans regular or bold,
// embedded as subsets (pdffont.go).
//
// Points are in vg's space, which is PDF's (origin bottom-left, y up);
// Translate, Scale and Rotate move the points of later paths and the
// anchor of later text (text itself is never rotated; the draw package does
// not rotate).
type pdfCanvas struct {
	pw    *pdfWriter
	w, h  float64
	fonts [2]*pdfFont // by Weight
	// alphas are the opacities set (as written, "0.5"), each an
	// ExtGState named /GS<n> by its place.
	alphas []string
	pages  []int // the page objects' numbers
	// Object numbers fixed from the start: the page tree and the
	// resources every page shares.
	pagesNum, resNum int

	// The page being drawn: its content and graphics state.
	content []byte
	stack   []affine
	// color is the colour last set (SetColor), written as the fill or the
	// stroke colour when a shape or text uses it; width, dash, fill,
	// stroke, alpha, font and size are the state last written (most shapes
	// repeat what comes before them).
	color        color.RGBA
	width        float64
	dash         string
	fill, stroke color.RGBA
	alpha        uint32 // 0..0xffff
	font         *pdfFont
	size         float64
}

// affine is x' = a*x + b*y + e, y' = c*x + d*y + f.
type affine struct{ a, b, c, d, e, f float64 }

var identity = affine{a: 1, d: 1}

func (m affine) apply(p vg.Point) (float64, float64) {
	x, y := float64(p.X), float64(p.Y)
	return m.a*x + m.b*y + m.e, m.c*x + m.d*y + m.f
}

// then returns m after n (n applied first).
func (m affine) then(n affine) affine {
	return affine{
		a: m.a*n.a + m.b*n.c, b: m.a*n.b + m.b*n.d,
		c: m.c*n.a + m.d*n.c, d: m.c*n.b + m.d*n.d,
		e: m.a*n.e + m.b*n.f + m.e, f: m.c*n.e + m.d*n.f + m.f,
	}
}

func (c *pdfCanvas) m() *affine { return &c.stack[len(c.stack)-1] }

// pt appends the page coordinates of p.
func (c *pdfCanvas) pt(p vg.Point) {
	x, y := c.m().apply(p)
	c.content = appendNum(appendNum(c.content, x, 2), y, 2)
}

func (c *pdfCanvas) op(s string) { c.content = append(c.content, s...) }

func (c *pdfCanvas) Size() (vg.Length, vg.Length) { return vg.Length(c.w), vg.Length(c.h) }

func (c *pdfCanvas) SetLineWidth(w vg.Length) {
	if float64(w) != c.width {
		c.width = float64(w)
		c.content = appendNum(c.content, c.width, 2)
		c.op("w\n")
	}
}

func (c *pdfCanvas) SetLineDash(dashes []vg.Length, offs vg.Length) {
	d := []byte{'['}
	for _, l := range dashes {
		d = appendNum(d, float64(l), 2)
	}
	if len(d) > 1 {
		d = d[:len(d)-1]
	}
	d = appendNum(append(d, "] "...), float64(offs), 2)
	if string(d) != c.dash {
		c.dash = string(d)
		c.content = append(append(c.content, d...), "d\n"...)
	}
}

func (c *pdfCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a := clr.RGBA()
	if a > 0 { // un-premultiply
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	c.color = color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
	if a != c.alpha {
		c.alpha = a
		alpha := strings.TrimSpace(string(appendNum(nil, float64(a)/0xffff, 3)))
		i := slices.Index(c.alphas, alpha)
		if i < 0 {
			i = len(c.alphas)
			c.alphas = append(c.alphas, alpha)
		}
		c.op("/GS" + strconv.Itoa(i+1) + " gs\n")
	}
}

func (c *pdfCanvas) setFill(rgb color.RGBA) {
	if rgb != c.fill {
		c.fill = rgb
		c.content = append(appendRGB(c.content, rgb), "rg\n"...)
	}
}

func (c *pdfCanvas) setStroke(rgb color.RGBA) {
	if rgb != c.stroke {
		c.stroke = rgb
		c.content = append(appendRGB(c.content, rgb), "RG\n"...)
	}
}

// FillStroke fills p with fill and strokes it with stroke, width wide, in
// one operation (Paint uses it when the canvas has it). Both colours are
// opaque.
func (c *pdfCanvas) FillStroke(p vg.Path, fill, stroke color.RGBA, width vg.Length) {
	c.setFill(fill)
	c.setStroke(stroke)
	c.SetLineWidth(width)
	c.path(p, "B\n")
}

func (c *pdfCanvas) Rotate(rad float64) {
	s, co := math.Sincos(rad)
	*c.m() = c.m().then(affine{a: co, b: -s, c: s, d: co})
}

func (c *pdfCanvas) Translate(p vg.Point) {
	*c.m() = c.m().then(affine{a: 1, d: 1, e: float64(p.X), f: float64(p.Y)})
}

func (c *pdfCanvas) Scale(x, y float64) { *c.m() = c.m().then(affine{a: x, d: y}) }

func (c *pdfCanvas) Push() { c.stack = append(c.stack, *c.m()) }

func (c *pdfCanvas) Pop() {
	if len(c.stack) > 1 {
		c.stack = c.stack[:len(c.stack)-1]
	}
}

func (c *pdfCanvas) Stroke(p vg.Path) {
	if c.width > 0 {
		c.setStroke(c.color)
		c.path(p, "S\n")
	}
}

func (c *pdfCanvas) Fill(p vg.Path) {
	c.setFill(c.color)
	c.path(p, "f\n")
}

// path writes p and paints it with paint ("S" stroke, "f" fill, "B"
// both): an axis-aligned rectangle as one "re" operator, any other path
// segment by segment, arcs as cubic Béziers of at most a quarter turn
// each.
func (c *pdfCanvas) path(p vg.Path, paint string) {
	if r, ok := axisRect(p); ok && c.m().b == 0 && c.m().c == 0 {
		x0, y0 := c.m().apply(r.Min)
		x1, y1 := c.m().apply(r.Max)
		for _, v := range [4]float64{min(x0, x1), min(y0, y1), math.Abs(x1 - x0), math.Abs(y1 - y0)} {
			c.content = appendNum(c.content, v, 2)
		}
		c.op("re " + paint)
		return
	}
	var cur vg.Point // the current point, for quadratic curves
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			c.pt(comp.Pos)
			c.op("m ")
		case vg.LineComp:
			c.pt(comp.Pos)
			c.op("l ")
		case vg.ArcComp:
			c.arc(comp)
		case vg.CurveComp:
			switch len(comp.Control) {
			case 1: // as a cubic: controls 2/3 of the way to the quadratic's
				q := comp.Control[0]
				c.pt(vg.Point{X: cur.X + (q.X-cur.X)*2/3, Y: cur.Y + (q.Y-cur.Y)*2/3})
				c.pt(vg.Point{X: comp.Pos.X + (q.X-comp.Pos.X)*2/3, Y: comp.Pos.Y + (q.Y-comp.Pos.Y)*2/3})
			case 2:
				c.pt(comp.Control[0])
				c.pt(comp.Control[1])
			}
			c.pt(comp.Pos)
			c.op("c ")
		case vg.CloseComp:
			c.op("h ")
		}
		if comp.Type == vg.ArcComp {
			cur = vg.Point{X: comp.Pos.X + vg.Length(float64(comp.Radius)*math.Cos(comp.Start+comp.Angle)),
				Y: comp.Pos.Y + vg.Length(float64(comp.Radius)*math.Sin(comp.Start+comp.Angle))}
		} else if comp.Type != vg.CloseComp {
			cur = comp.Pos
		}
	}
	c.op(paint)
}

// arc draws the arc comp, with a line to its start.
func (c *pdfCanvas) arc(comp vg.PathComp) {
	r := float64(comp.Radius)
	at := func(t float64) vg.Point {
		return vg.Point{X: comp.Pos.X + vg.Length(r*math.Cos(t)), Y: comp.Pos.Y + vg.Length(r*math.Sin(t))}
	}
	c.pt(at(comp.Start))
	c.op("l ")
	n := int(math.Ceil(math.Abs(comp.Angle) / (math.Pi / 2)))
	step := comp.Angle / float64(max(n, 1))
	k := 4.0 / 3 * math.Tan(step/4) * r
	for i := 0; i < n; i++ {
		t0 := comp.Start + float64(i)*step
		t1 := t0 + step
		p0, p1 := at(t0), at(t1)
		c.pt(vg.Point{X: p0.X - vg.Length(k*math.Sin(t0)), Y: p0.Y + vg.Length(k*math.Cos(t0))})
		c.pt(vg.Point{X: p1.X + vg.Length(k*math.Sin(t1)), Y: p1.Y - vg.Length(k*math.Cos(t1))})
		c.pt(p1)
		c.op("c ")
	}
}

// FillString writes s with its baseline starting at p, in Liberation Sans
// (bold when f is bold) at f's size, in the colour last set. When a
// character of s has no glyph (drawn as "?"), s itself is given as the
// text's ActualText, so that copying or searching the PDF finds s. Both
// are in the order drawn (visualOrder), which readers turn back into
// reading order as they do for any right-to-left text.
func (c *pdfCanvas) FillString(f font.Face, p vg.Point, s string) {
	pf := c.fonts[Regular]
	if f.Font.Weight >= xfont.WeightSemiBold {
		pf = c.fonts[Bold]
	}
	if pf.num == 0 {
		pf.num = c.pw.reserve()
	}
	c.setFill(c.color)
	start := len(c.content)
	c.op("BT ")
	if size := f.Font.Size.Points(); pf != c.font || size != c.size {
		c.font, c.size = pf, size
		c.op("/" + pf.resource + " ")
		c.content = appendNum(c.content, size, 2)
		c.op("Tf ")
	}
	c.pt(p)
	c.op("Td ")
	var whole bool
	s = visualOrder(s)
	c.content, whole = pf.appendHex(c.content, s)
	c.op(" Tj ET\n")
	if !whole {
		span := "/Span << /ActualText " + pdfTextString(s) + " >> BDC\n"
		c.content = slices.Insert(c.content, start, []byte(span)...)
		c.op("EMC\n")
	}
}

// DrawImage is not used by the draw package; it is kept for vg.Canvas.
func (c *pdfCanvas) DrawImage(vg.Rectangle, image.Image) {}
