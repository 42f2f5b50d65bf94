package draw

import (
	"image"
	"image/color"
	"io"
	"math"
	"strings"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// pdfCanvas is a vg.Canvas that draws on PDF pages with fpdf (the library
// vgpdf uses). It stands in for vgpdf, which in gonum plot v0.17 embeds
// every font under one file name (so a bold and a regular face end up
// sharing one glyph set) and writes text in Windows-1252 only; here
// Liberation Sans regular and bold are embedded as UTF-8 subsets.
//
// Points are in vg's space (origin bottom-left, y up); Translate, Scale and
// Rotate move the points of later paths and the anchor of later text (text
// itself is never rotated; the draw package does not rotate).
type pdfCanvas struct {
	doc   *fpdf.Fpdf
	w, h  float64
	stack []affine
	width float64
	// fill, draw and text are the colours last set, and alpha the opacity
	// (fpdf writes each change out, and most shapes repeat the colours
	// before them).
	fill, draw, text color.RGBA
	alpha            float64
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

// Font families in the PDF.
const (
	pdfFamily = "LiberationSans"
)

// newPDFCanvas starts a document of w x h point pages with its first page.
func newPDFCanvas(w, h float64) *pdfCanvas {
	doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	doc.SetMargins(0, 0, 0)
	doc.SetAutoPageBreak(false, 0)
	doc.AddUTF8FontFromBytes(pdfFamily, "", liberationsansregular.TTF)
	doc.AddUTF8FontFromBytes(pdfFamily, "B", liberationsansbold.TTF)
	c := &pdfCanvas{doc: doc, w: w, h: h}
	c.NextPage()
	return c
}

// NextPage starts a new page; the drawing state starts afresh.
func (c *pdfCanvas) NextPage() {
	c.doc.AddPage()
	c.stack = []affine{identity}
	unknown := color.RGBA{1, 2, 3, 0} // no colour: the next one set is written
	c.fill, c.draw, c.text, c.alpha = unknown, unknown, unknown, -1
	vg.Initialize(c)
}

func (c *pdfCanvas) m() *affine { return &c.stack[len(c.stack)-1] }

// pt maps a vg point to the page's (top-left origin) coordinates.
func (c *pdfCanvas) pt(p vg.Point) (float64, float64) {
	x, y := c.m().apply(p)
	return x, c.h - y
}

func (c *pdfCanvas) Size() (vg.Length, vg.Length) { return vg.Length(c.w), vg.Length(c.h) }

func (c *pdfCanvas) SetLineWidth(w vg.Length) {
	c.width = float64(w)
	c.doc.SetLineWidth(float64(w))
}

func (c *pdfCanvas) SetLineDash(dashes []vg.Length, offs vg.Length) {
	ds := make([]float64, len(dashes))
	for i, d := range dashes {
		ds[i] = float64(d)
	}
	c.doc.SetDashPattern(ds, float64(offs))
}

func (c *pdfCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a := clr.RGBA()
	if a > 0 { // un-premultiply
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	rgb := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
	c.setFill(rgb)
	c.setDraw(rgb)
	if rgb != c.text {
		c.text = rgb
		c.doc.SetTextColor(int(rgb.R), int(rgb.G), int(rgb.B))
	}
	if alpha := float64(a) / 0xffff; alpha != c.alpha {
		c.alpha = alpha
		c.doc.SetAlpha(alpha, "Normal")
	}
}

func (c *pdfCanvas) setFill(rgb color.RGBA) {
	if rgb != c.fill {
		c.fill = rgb
		c.doc.SetFillColor(int(rgb.R), int(rgb.G), int(rgb.B))
	}
}

func (c *pdfCanvas) setDraw(rgb color.RGBA) {
	if rgb != c.draw {
		c.draw = rgb
		c.doc.SetDrawColor(int(rgb.R), int(rgb.G), int(rgb.B))
	}
}

// FillStroke fills p with fill and strokes it with stroke, width wide, in
// one operation (Paint uses it when the canvas has it). Both colours are
// opaque.
func (c *pdfCanvas) FillStroke(p vg.Path, fill, stroke color.RGBA, width vg.Length) {
	c.setFill(fill)
	c.setDraw(stroke)
	c.SetLineWidth(width)
	c.path(p, "FD")
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
		c.path(p, "D")
	}
}

func (c *pdfCanvas) Fill(p vg.Path) { c.path(p, "F") }

// path writes p and paints it with style ("D" stroke, "F" fill, "FD"
// both): an axis-aligned rectangle as one "re" operator, any other path
// segment by segment, arcs as cubic Béziers of at most a quarter turn
// each.
func (c *pdfCanvas) path(p vg.Path, style string) {
	if r, ok := axisRect(p); ok && c.m().b == 0 && c.m().c == 0 {
		x0, y1 := c.pt(r.Min)
		x1, y0 := c.pt(r.Max)
		c.doc.Rect(min(x0, x1), min(y0, y1), math.Abs(x1-x0), math.Abs(y1-y0), style)
		return
	}
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			c.doc.MoveTo(c.pt(comp.Pos))
		case vg.LineComp:
			c.doc.LineTo(c.pt(comp.Pos))
		case vg.ArcComp:
			c.arc(comp)
		case vg.CurveComp:
			x, y := c.pt(comp.Pos)
			switch len(comp.Control) {
			case 1:
				cx, cy := c.pt(comp.Control[0])
				c.doc.CurveTo(cx, cy, x, y)
			case 2:
				ax, ay := c.pt(comp.Control[0])
				bx, by := c.pt(comp.Control[1])
				c.doc.CurveBezierCubicTo(ax, ay, bx, by, x, y)
			}
		case vg.CloseComp:
			c.doc.ClosePath()
		}
	}
	c.doc.DrawPath(style)
}

// arc draws the arc comp, with a line to its start.
func (c *pdfCanvas) arc(comp vg.PathComp) {
	r := float64(comp.Radius)
	at := func(t float64) vg.Point {
		return vg.Point{X: comp.Pos.X + vg.Length(r*math.Cos(t)), Y: comp.Pos.Y + vg.Length(r*math.Sin(t))}
	}
	c.doc.LineTo(c.pt(at(comp.Start)))
	n := int(math.Ceil(math.Abs(comp.Angle) / (math.Pi / 2)))
	step := comp.Angle / float64(max(n, 1))
	k := 4.0 / 3 * math.Tan(step/4) * r
	for i := 0; i < n; i++ {
		t0 := comp.Start + float64(i)*step
		t1 := t0 + step
		p0, p1 := at(t0), at(t1)
		a := vg.Point{X: p0.X - vg.Length(k*math.Sin(t0)), Y: p0.Y + vg.Length(k*math.Cos(t0))}
		b := vg.Point{X: p1.X + vg.Length(k*math.Sin(t1)), Y: p1.Y - vg.Length(k*math.Cos(t1))}
		ax, ay := c.pt(a)
		bx, by := c.pt(b)
		x, y := c.pt(p1)
		c.doc.CurveBezierCubicTo(ax, ay, bx, by, x, y)
	}
}

// FillString writes s with its baseline starting at p, in Liberation Sans
// (bold when f is bold) at f's size.
func (c *pdfCanvas) FillString(f font.Face, p vg.Point, s string) {
	style := ""
	if f.Font.Weight >= xfont.WeightSemiBold {
		style = "B"
	}
	c.doc.SetFont(pdfFamily, style, f.Font.Size.Points())
	x, y := c.pt(p)
	c.doc.Text(x, y, glyphsOnly(f, visualOrder(s)))
}

// glyphsOnly replaces each character the face has no glyph for (emoji,
// Arabic, CJK: Liberation Sans has none) with "?", for the PNG and PDF:
// it would show as nothing or an empty box, and fpdf fails on characters
// beyond the Basic Multilingual Plane.
func glyphsOnly(f font.Face, s string) string {
	var buf sfnt.Buffer
	ok := func(r rune) bool {
		g, err := f.Face.GlyphIndex(&buf, r)
		return r <= 0xffff && err == nil && g != 0
	}
	for _, r := range s {
		if !ok(r) {
			return strings.Map(func(r rune) rune {
				if ok(r) {
					return r
				}
				return '?'
			}, s)
		}
	}
	return s
}

// DrawImage is not used by the draw package; it is kept for vg.Canvas.
func (c *pdfCanvas) DrawImage(vg.Rectangle, image.Image) {}

// output writes the document, or returns its first error.
func (c *pdfCanvas) output(w io.Writer) error { return c.doc.Output(w) }
