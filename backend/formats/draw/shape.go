package draw

import "image/color"

// Point is a position in points; y grows downwards.
type Point struct{ X, Y float64 }

// Kind is what a Shape draws.
type Kind int

const (
	// KindRect fills and/or strokes the box Pts[0] (min) .. Pts[1] (max).
	KindRect Kind = iota
	// KindPoly fills and/or strokes the closed polygon Pts.
	KindPoly
	// KindLine strokes the open polyline Pts.
	KindLine
	// KindCircle fills and/or strokes the circle of radius R around Pts[0].
	KindCircle
	// KindText writes Text with its baseline starting at Pts[0]; W is its
	// measured width and Size its font size.
	KindText
)

// Shape is one drawing primitive of a page. A zero Fill or Stroke colour
// (alpha 0) is not drawn.
type Shape struct {
	Kind   Kind
	Pts    []Point
	Fill   color.RGBA
	Stroke color.RGBA
	Width  float64   // stroke width
	Dash   []float64 // stroke dash pattern; nil is solid
	R      float64   // circle radius
	Text   string
	Weight Weight
	Size   float64
	W      float64 // text width
}

// Box is an axis-aligned rectangle.
type Box struct{ X0, Y0, X1, Y1 float64 }

func (b Box) contains(p Point) bool {
	return p.X >= b.X0-eps && p.X <= b.X1+eps && p.Y >= b.Y0-eps && p.Y <= b.Y1+eps
}

const eps = 1e-6

// Bounds is the box a shape covers (a text: from its ascent to its
// descent, taken as 0.9 and 0.25 of its size).
func (s *Shape) Bounds() Box {
	switch s.Kind {
	case KindText:
		p := s.Pts[0]
		return Box{p.X, p.Y - 0.9*s.Size, p.X + s.W, p.Y + 0.25*s.Size}
	case KindCircle:
		p := s.Pts[0]
		return Box{p.X - s.R, p.Y - s.R, p.X + s.R, p.Y + s.R}
	}
	b := Box{s.Pts[0].X, s.Pts[0].Y, s.Pts[0].X, s.Pts[0].Y}
	for _, p := range s.Pts[1:] {
		b.X0, b.Y0 = min(b.X0, p.X), min(b.Y0, p.Y)
		b.X1, b.Y1 = max(b.X1, p.X), max(b.Y1, p.Y)
	}
	return b
}

// shape constructors

func rect(b Box, fill, stroke color.RGBA, width float64) Shape {
	return Shape{Kind: KindRect, Pts: []Point{{b.X0, b.Y0}, {b.X1, b.Y1}}, Fill: fill, Stroke: stroke, Width: width}
}

func line(c color.RGBA, width float64, pts ...Point) Shape {
	return Shape{Kind: KindLine, Pts: pts, Stroke: c, Width: width}
}

func text(s string, x, baseline float64, w Weight, size, width float64, c color.RGBA) Shape {
	return Shape{Kind: KindText, Pts: []Point{{x, baseline}}, Text: s, Weight: w, Size: size, W: width, Fill: c}
}

// clip returns the part of s inside b, moved by off: a rectangle is cut to
// b, a polyline is cut segment by segment, and any other shape is kept
// whole when it lies inside b and dropped otherwise (labels are placed so
// that they never straddle a page's edge).
func clip(s Shape, b Box, off Point, out []Shape) []Shape { return clipWith(nil, s, b, off, out) }

// points hands out small point slices from shared chunks, so that the
// thousands of shapes clipped onto a page cost few allocations; nil
// allocates each slice.
type points struct{ buf []Point }

func (p *points) take(n int) []Point {
	if p == nil {
		return make([]Point, 0, n)
	}
	if cap(p.buf)-len(p.buf) < n {
		p.buf = make([]Point, 0, max(4096, n))
	}
	l := len(p.buf)
	p.buf = p.buf[:l+n]
	return p.buf[l : l : l+n]
}

// clipWith is clip taking the new shapes' points from pool.
func clipWith(pool *points, s Shape, b Box, off Point, out []Shape) []Shape {
	move := func(p Point) Point { return Point{p.X + off.X, p.Y + off.Y} }
	switch s.Kind {
	case KindRect:
		r := Box{max(s.Pts[0].X, b.X0), max(s.Pts[0].Y, b.Y0), min(s.Pts[1].X, b.X1), min(s.Pts[1].Y, b.Y1)}
		if r.X1 < r.X0 || r.Y1 < r.Y0 {
			return out
		}
		s.Pts = append(pool.take(2), move(Point{r.X0, r.Y0}), move(Point{r.X1, r.Y1}))
		return append(out, s)
	case KindLine:
		var cur []Point
		flush := func() {
			if len(cur) > 1 {
				t := s
				t.Pts = append(pool.take(len(cur)), cur...)
				out = append(out, t)
			}
			cur = cur[:0]
		}
		for i := 1; i < len(s.Pts); i++ {
			p, q, ok := clipSegment(s.Pts[i-1], s.Pts[i], b)
			if !ok {
				flush()
				continue
			}
			if len(cur) == 0 || cur[len(cur)-1] != move(p) {
				flush()
				cur = append(cur, move(p))
			}
			cur = append(cur, move(q))
		}
		flush()
		return out
	}
	bb := s.Bounds()
	if !b.contains(Point{bb.X0, bb.Y0}) || !b.contains(Point{bb.X1, bb.Y1}) {
		return out
	}
	pts := pool.take(len(s.Pts))
	for _, p := range s.Pts {
		pts = append(pts, move(p))
	}
	s.Pts = pts
	return append(out, s)
}

// clipSegment cuts segment p..q to b (Liang-Barsky); ok is false when no
// part of it is inside.
func clipSegment(p, q Point, b Box) (Point, Point, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := q.X-p.X, q.Y-p.Y
	for _, c := range [4][2]float64{{-dx, p.X - b.X0}, {dx, b.X1 - p.X}, {-dy, p.Y - b.Y0}, {dy, b.Y1 - p.Y}} {
		pc, qc := c[0], c[1]
		if pc == 0 {
			if qc < -eps {
				return p, q, false
			}
			continue
		}
		t := qc / pc
		if pc < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
	}
	if t0 > t1 {
		return p, q, false
	}
	return Point{p.X + t0*dx, p.Y + t0*dy}, Point{p.X + t1*dx, p.Y + t1*dy}, true
}
