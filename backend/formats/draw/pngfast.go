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

// Fill fills p: an axis-aligned rectangle directly, a tiny shape (at most
// tinyPx across: arrowheads, diamonds and dots of a scaled-down roadmap)
// row by row without anti-aliasing, anything else with vgimg.
func (c *pngCanvas) Fill(p vg.Path) {
	if r, ok := c.rectOf(p); ok {
		c.fillPx(r[0], r[1], r[2], r[3])
		return
	}
	if pts, ok := c.tiny(p); ok {
		c.fillConvex(pts)
		return
	}
	c.Canvas.Fill(p)
}

// tinyPx is the size under which a shape is filled without anti-aliasing.
const tinyPx = 5

// tiny returns the corners, in pixels, of p when p is a polygon or a
// circle at most tinyPx across (a circle as an octagon).
func (c *pngCanvas) tiny(p vg.Path) ([]Point, bool) {
	var pts []Point
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp, vg.LineComp:
			pts = append(pts, c.px(comp.Pos))
		case vg.ArcComp:
			for i := range 8 {
				t := comp.Start + comp.Angle*float64(i)/8
				pts = append(pts, c.px(vg.Point{X: comp.Pos.X + comp.Radius*vg.Length(math.Cos(t)), Y: comp.Pos.Y + comp.Radius*vg.Length(math.Sin(t))}))
			}
		case vg.CloseComp:
		default:
			return nil, false
		}
	}
	if len(pts) < 3 {
		return nil, false
	}
	b := boxOf(pts)
	return pts, b.X1-b.X0 <= tinyPx && b.Y1-b.Y0 <= tinyPx
}

func boxOf(pts []Point) Box {
	b := Box{pts[0].X, pts[0].Y, pts[0].X, pts[0].Y}
	for _, q := range pts[1:] {
		b.X0, b.Y0, b.X1, b.Y1 = min(b.X0, q.X), min(b.Y0, q.Y), max(b.X1, q.X), max(b.Y1, q.Y)
	}
	return b
}

// fillConvex fills the convex polygon pts (pixels) row by row: in each
// pixel row, the span between the polygon's edges at the row's middle.
func (c *pngCanvas) fillConvex(pts []Point) {
	b := boxOf(pts)
	for y := math.Floor(b.Y0); y < b.Y1; y++ {
		mid := y + 0.5
		lo, hi := math.Inf(1), math.Inf(-1)
		for i := range pts {
			a, q := pts[i], pts[(i+1)%len(pts)]
			if (a.Y <= mid) == (q.Y <= mid) {
				continue
			}
			x := a.X + (mid-a.Y)*(q.X-a.X)/(q.Y-a.Y)
			lo, hi = min(lo, x), max(hi, x)
		}
		if lo <= hi {
			c.fillPx(lo, y, hi, y+1)
		}
	}
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

// rectOf returns the pixel box of p when p is an axis-aligned rectangle.
func (c *pngCanvas) rectOf(p vg.Path) ([4]float64, bool) {
	r, ok := axisRect(p)
	if !ok {
		return [4]float64{}, false
	}
	a, b := c.px(r.Min), c.px(r.Max)
	return [4]float64{min(a.X, b.X), min(a.Y, b.Y), max(a.X, b.X), max(a.Y, b.Y)}, true
}

// axisRect returns the box of p when p is an axis-aligned rectangle: a
// move and three or four lines, maybe closed, every corner on the box's
// corners.
func axisRect(p vg.Path) (vg.Rectangle, bool) {
	n := len(p)
	if n > 0 && p[n-1].Type == vg.CloseComp {
		n--
	}
	if n < 4 || n > 5 || p[0].Type != vg.MoveComp {
		return vg.Rectangle{}, false
	}
	r := vg.Rectangle{Min: p[0].Pos, Max: p[0].Pos}
	for _, comp := range p[1:n] {
		if comp.Type != vg.LineComp {
			return vg.Rectangle{}, false
		}
		r.Min.X, r.Min.Y = min(r.Min.X, comp.Pos.X), min(r.Min.Y, comp.Pos.Y)
		r.Max.X, r.Max.Y = max(r.Max.X, comp.Pos.X), max(r.Max.Y, comp.Pos.Y)
	}
	prev := p[n-1].Pos
	for _, comp := range p[:n] {
		q := comp.Pos
		if (q.X != r.Min.X && q.X != r.Max.X) || (q.Y != r.Min.Y && q.Y != r.Max.Y) || (q.X != prev.X && q.Y != prev.Y) {
			return vg.Rectangle{}, false
		}
		prev = q
	}
	return r, true
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
