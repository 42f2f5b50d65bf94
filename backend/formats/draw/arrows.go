package draw

import (
	"image/color"

	"tandem/backend/model"
)

// arrows draws the dependencies as in the app
// (frontend/src/lib/timeline/arrows.ts): FS leaves the predecessor's end
// and enters the successor's start, SS start to start, FF end to end, SF
// start to end. An arrow runs out horizontally, turns beside the bars and
// comes in horizontally; when the way is blocked it detours through the
// gap between rows. Arrows between two critical efforts are ink, drawn
// last; the others light grey, so that a busy roadmap stays legible.
func (c *chart) arrows(boxes []itemBox) {
	for _, critical := range []bool{false, true} {
		for _, d := range c.sel.deps {
			if d.critical != critical {
				continue
			}
			pts := route(d.kind, boxes[d.from], boxes[d.to])
			for i := range pts { // a turn beside the window's first or last day stays in view
				pts[i].X = min(max(pts[i].X, 1), c.scale.width()-1)
			}
			col, w := arrowGrey, 0.7
			if critical {
				col, w = ink, 1.1
			}
			c.body = append(c.body, line(col, w, pts...), arrowHead(pts, col))
		}
	}
}

// route returns the corners of an arrow of a dependency of kind from a to
// b, ending at b's edge.
func route(kind string, a, b itemBox) []Point {
	fromEnd := kind == model.DepFS || kind == model.DepFF
	toStart := kind == model.DepFS || kind == model.DepSS
	sx, tx := a.x0, b.x1
	if fromEnd {
		sx = a.x1
	}
	if toStart {
		tx = b.x0
	}
	outX, inX := sx-arrowOut, tx+arrowOut
	if fromEnd {
		outX = sx + arrowOut
	}
	if toStart {
		inX = tx - arrowOut
	}
	sy, ty := a.mid, b.mid
	if fromEnd != toStart {
		col := min(outX, inX)
		if fromEnd {
			col = max(outX, inX)
		}
		return []Point{{sx, sy}, {col, sy}, {col, ty}, {tx, ty}}
	}
	free := inX <= outX
	if fromEnd {
		free = outX <= inX
	}
	switch {
	case free && sy == ty:
		return []Point{{sx, sy}, {tx, ty}}
	case free:
		return []Point{{sx, sy}, {outX, sy}, {outX, ty}, {tx, ty}}
	}
	dy := sy - rowH/2
	if ty >= sy {
		dy = sy + rowH/2
	}
	return []Point{{sx, sy}, {outX, sy}, {outX, dy}, {inX, dy}, {inX, ty}, {tx, ty}}
}

// arrowHead is the filled triangle at the end of pts, pointing along its
// last (horizontal) leg.
func arrowHead(pts []Point, col color.RGBA) Shape {
	end := pts[len(pts)-1]
	dir := 1.0
	if prev := pts[len(pts)-2]; prev.X > end.X {
		dir = -1
	}
	base := end.X - dir*headLength
	return Shape{Kind: KindPoly, Pts: []Point{end, {base, end.Y - headHalf}, {base, end.Y + headHalf}}, Fill: col}
}
