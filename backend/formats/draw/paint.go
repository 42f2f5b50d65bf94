package draw

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
)

// fillStroker is a canvas that fills and strokes a path in one go.
type fillStroker interface {
	FillStroke(p vg.Path, fill, stroke color.RGBA, width vg.Length)
}

// Paint draws page p on canvas c, whose size must be p.W x p.H points: the
// one drawing routine of the svg, pdf and png exports.
func Paint(p Page, c vg.Canvas) {
	at := func(pt Point) vg.Point { return vg.Point{X: vg.Length(pt.X), Y: vg.Length(p.H - pt.Y)} }
	c.SetLineDash(nil, 0)
	var path vg.Path // reused: the canvases draw a path when given it
	for i := range p.Shapes {
		s := &p.Shapes[i]
		if s.Kind == KindText {
			if s.Text != "" {
				c.SetColor(s.Fill)
				c.FillString(face(s.Weight, s.Size), at(s.Pts[0]), s.Text)
			}
			continue
		}
		path = path[:0]
		switch s.Kind {
		case KindRect:
			a, b := s.Pts[0], s.Pts[1]
			path.Move(at(a))
			path.Line(at(Point{b.X, a.Y}))
			path.Line(at(b))
			path.Line(at(Point{a.X, b.Y}))
			path.Close()
		case KindCircle:
			path.Move(at(Point{s.Pts[0].X + s.R, s.Pts[0].Y}))
			path.Arc(at(s.Pts[0]), vg.Length(s.R), 0, 2*math.Pi)
			path.Close()
		default:
			path.Move(at(s.Pts[0]))
			for _, pt := range s.Pts[1:] {
				path.Line(at(pt))
			}
			if s.Kind == KindPoly {
				path.Close()
			}
		}
		if fs, ok := c.(fillStroker); ok && s.Kind != KindLine && s.Fill.A == 0xff && s.Stroke.A == 0xff && s.Width > 0 {
			fs.FillStroke(path, s.Fill, s.Stroke, vg.Length(s.Width))
			continue
		}
		if s.Kind != KindLine && s.Fill.A > 0 {
			c.SetColor(s.Fill)
			c.Fill(path)
		}
		if s.Stroke.A > 0 && s.Width > 0 {
			c.SetColor(s.Stroke)
			c.SetLineWidth(vg.Length(s.Width))
			c.Stroke(path)
		}
	}
}
