package draw

import (
	"image"
	"image/draw"
	"math"

	"gonum.org/v1/plot/vg"
)

// The PNG's fast paths: nearly every shape of a chart is an axis-aligned
// rectangle or an orthogonal polyline (bars, bands, grid lines, arrows).
// pngCanvas fills those straight into the image, snapped to whole pixels
// (crisp, as the app draws them), and leaves only the others (diamonds,
// arrowheads, conflict dots) to vgimg's anti-aliased rasterizer, which
// would otherwise take most of the time of a large roadmap.

func (c *pngCanvas) SetLineWidth(w vg.Length) {
	c.Canvas.SetLineWidth(w)
	c.lineW = w
}

func (c *pngCanvas) SetLineDash(ds []vg.Length, offs vg.Length) {
	c.Canvas.SetLineDash(ds, offs)
	c.dashed = len(ds) > 0
}

// Fill fills p, an axis-aligned rectangle directly.
func (c *pngCanvas) Fill(p vg.Path) {
	if r, ok := c.rectOf(p); ok {
		c.fillPx(r[0], r[1], r[2], r[3])
		return
	}
	c.Canvas.Fill(p)
}

// Stroke strokes p, a solid path of horizontal and vertical segments
// directly: each segment is a rectangle as wide as the line, stretched by
// half the width at both ends so that corners close.
func (c *pngCanvas) Stroke(p vg.Path) {
	pts, ok := c.orthogonal(p)
	if !ok || c.dashed {
		c.Canvas.Stroke(p)
		return
	}
	h := c.lineW.Dots(c.DPI()) / 2
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		c.fillPx(min(a.X, b.X)-h, min(a.Y, b.Y)-h, max(a.X, b.X)+h, max(a.Y, b.Y)+h)
	}
}

// px maps a point to the image's pixels.
func (c *pngCanvas) px(p vg.Point) Point {
	return Point{p.X.Dots(c.DPI()), float64(c.img.Bounds().Dy()) - p.Y.Dots(c.DPI())}
}

// orthogonal returns the corners of p in pixels when p is made of moves
// and lines (and a close) whose segments are all horizontal or vertical,
// starting with one move.
func (c *pngCanvas) orthogonal(p vg.Path) ([]Point, bool) {
	if len(p) < 2 || p[0].Type != vg.MoveComp {
		return nil, false
	}
	pts := make([]Point, 0, len(p))
	for i, comp := range p {
		switch {
		case comp.Type == vg.LineComp || i == 0:
			pts = append(pts, c.px(comp.Pos))
		case comp.Type == vg.CloseComp:
			pts = append(pts, pts[0])
		default:
			return nil, false
		}
		if n := len(pts); n > 1 && pts[n-1].X != pts[n-2].X && pts[n-1].Y != pts[n-2].Y {
			return nil, false
		}
	}
	return pts, true
}

// rectOf returns the pixel box of p when p is an axis-aligned rectangle
// (a move, three or four lines, maybe a close).
func (c *pngCanvas) rectOf(p vg.Path) ([4]float64, bool) {
	pts, ok := c.orthogonal(p)
	if !ok || len(pts) < 4 || len(pts) > 6 {
		return [4]float64{}, false
	}
	b := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, q := range pts {
		b[0], b[1], b[2], b[3] = min(b[0], q.X), min(b[1], q.Y), max(b[2], q.X), max(b[3], q.Y)
	}
	// Four distinct corners on the box's corners make a rectangle.
	for _, q := range pts {
		if (q.X != b[0] && q.X != b[2]) || (q.Y != b[1] && q.Y != b[3]) {
			return b, false
		}
	}
	return b, true
}

// fillPx fills the pixels of x0..x1, y0..y1 (rounded, at least one pixel
// each way) with the current colour.
func (c *pngCanvas) fillPx(x0, y0, x1, y1 float64) {
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	if r.Dx() == 0 {
		r.Max.X++
	}
	if r.Dy() == 0 {
		r.Max.Y++
	}
	op := draw.Src
	if _, _, _, a := c.color.At(0, 0).RGBA(); a < 0xffff {
		op = draw.Over
	}
	draw.Draw(c.img, r, c.color, image.Point{}, op)
}
