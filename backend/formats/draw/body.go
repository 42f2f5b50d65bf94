package draw

import (
	"cmp"
	"image/color"
	"slices"
)

// itemBox is where an item is drawn: x0..x1 across (a milestone: its
// diamond), its bar's top and its middle.
type itemBox struct{ x0, x1, top, mid float64 }

// drawBody draws the chart body: lane bands, grid, today line, arrows,
// bars, milestones, conflict marks and titles, in that order (later on top).
func (c *chart) drawBody() {
	boxes := c.itemBoxes()
	c.boxes = boxes
	c.bands()
	c.grid()
	c.todayLine()
	c.arrows(boxes)
	c.bars(boxes)
	c.labels(boxes)
}

func (c *chart) itemBoxes() []itemBox {
	out := make([]itemBox, len(c.sel.items))
	for i, it := range c.sel.items {
		top := c.rowTop(it.lane, it.row) + (rowH-barH)/2
		b := itemBox{x0: c.scale.x(it.first), x1: c.scale.x(it.last + 1), top: top, mid: top + barH/2}
		if it.milestone {
			cx := c.scale.x(it.first) + c.scale.dayW/2
			b.x0, b.x1 = cx-diamondR, cx+diamondR
		}
		out[i] = b
	}
	return out
}

// bands fills every other lane and rules a line under each.
func (c *chart) bands() {
	w := c.scale.width()
	for i, l := range c.lanes {
		fill := white
		if i%2 == 1 {
			fill = band
		}
		c.body = append(c.body, rect(Box{0, l.top, w, l.top + l.height}, fill, fill, 0),
			line(border, 0.75, Point{0, l.top + l.height}, Point{w, l.top + l.height}))
	}
}

// grid rules a faint line at each lower-tier interval and a stronger one
// at each upper-tier interval.
func (c *chart) grid() {
	s := c.scale
	for _, t := range ticks(c.lower, s.from, s.to, false)[1:] {
		x := s.x(t.first)
		c.body = append(c.body, line(grid, 0.75, Point{x, 0}, Point{x, c.height}))
	}
	for _, t := range ticks(c.upper, s.from, s.to, true)[1:] {
		x := s.x(t.first)
		c.body = append(c.body, line(border, 0.75, Point{x, 0}, Point{x, c.height}))
	}
}

// todayX is the x of the middle of today, and whether today is shown.
func (c *chart) todayX() (float64, bool) {
	s := c.sel
	if !s.hasToday || s.today < c.scale.from || s.today > c.scale.to {
		return 0, false
	}
	return c.scale.x(s.today) + c.scale.dayW/2, true
}

func (c *chart) todayLine() {
	if x, ok := c.todayX(); ok {
		c.body = append(c.body, line(nowRed, 1, Point{x, 0}, Point{x, c.height}))
	}
}

// bars draws each effort's bar (a milestone's diamond) and its conflict
// mark, styled as the app's bars: the lane's tint with a stronger edge
// (stronger still when active), a red edge when blocked, grey when done,
// an ink edge on the critical path, an orange dot on the top-right corner
// when an open conflict names it.
func (c *chart) bars(boxes []itemBox) {
	for i, it := range c.sel.items {
		b := boxes[i]
		lc := hex(c.sel.lanes[it.lane].color)
		fill, edge, width := c.barStyle(it)
		if it.milestone {
			if it.done {
				lc = faint
			}
			if !it.critical {
				edge = white
			}
			c.body = append(c.body, diamond(b, lc, edge, width))
		} else {
			c.body = append(c.body, rect(Box{b.x0, b.top, max(b.x1, b.x0+2), b.top + barH}, fill, edge, width))
		}
		if it.conflict {
			c.body = append(c.body, Shape{Kind: KindCircle, Pts: []Point{{b.x1, b.top}}, R: conflictR,
				Fill: conflictOr, Stroke: white, Width: 1})
		}
	}
}

// barStyle is the fill, edge colour and edge width of it's bar.
func (c *chart) barStyle(it item) (fill, edge color.RGBA, width float64) {
	lc := hex(c.sel.lanes[it.lane].color)
	fill, edge, width = tint(lc, barTint), tint(lc, barEdge), 1.0
	switch {
	case it.done:
		fill, edge = tint(faint, 0.14), tint(faint, 0.4)
	case it.active:
		fill, edge = tint(lc, barTintActive), lc
	case it.blocked:
		edge, width = blockedRed, 1.4
	}
	if it.critical {
		edge, width = ink, 1.6
	}
	return fill, edge, width
}

func diamond(b itemBox, fill, edge color.RGBA, width float64) Shape {
	cx := (b.x0 + b.x1) / 2
	r := (b.x1 - b.x0) / 2
	return Shape{Kind: KindPoly, Pts: []Point{{cx, b.mid - r}, {cx + r, b.mid}, {cx, b.mid + r}, {cx - r, b.mid}},
		Fill: fill, Stroke: edge, Width: width}
}

// rows groups the items by lane row, each row in order of x.
func (c *chart) rows(boxes []itemBox) [][]int {
	order := make([]int, len(c.sel.items))
	for i := range order {
		order[i] = i
	}
	items := c.sel.items
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(items[a].lane, items[b].lane), cmp.Compare(items[a].row, items[b].row),
			cmp.Compare(boxes[a].x0, boxes[b].x0), cmp.Compare(a, b))
	})
	var out [][]int
	for i, k := range order {
		if i == 0 || items[k].lane != items[order[i-1]].lane || items[k].row != items[order[i-1]].row {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], k)
	}
	return out
}
