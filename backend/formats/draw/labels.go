package draw

import "fmt"

// labels writes every title: inside its bar when it fits there, else beside
// it, right then left, when its row is free that far, else shortened at a
// word boundary and numbered, with the full title in the key. A title
// never overlaps another title or another bar of its row, and never
// straddles a page's edge (for tiled PDF pages, a bar that runs on to the
// next page shows its title again there).
func (c *chart) labels(boxes []itemBox) {
	for _, row := range c.rows(boxes) {
		taken := 0.0 // how far the row is taken by the bars and titles so far
		for j, k := range row {
			limit := c.scale.width()
			if j+1 < len(row) {
				limit = boxes[row[j+1]].x0 - labelPad
			}
			taken = c.label(k, boxes[k], taken, limit)
		}
	}
}

// label places item k's title between taken (the end of what is left of
// it in its row) and limit (where the next bar begins, less a gap), and
// returns how far the row is now taken.
func (c *chart) label(k int, b itemBox, taken, limit float64) float64 {
	it := c.sel.items[k]
	title := cleanText(it.title)
	if title == "" {
		title = it.id
	}
	color := ink
	if it.done {
		color = muted
	}
	baseline := b.mid + 0.36*labelSize
	w := c.m.width(title, Regular, labelSize)
	end := b.x1
	if it.conflict {
		end += conflictR
	}
	put := func(s string, x, sw float64) {
		c.body = append(c.body, text(s, x, baseline, Regular, labelSize, sw, color))
		end = max(end, x+sw)
	}
	// inside: the room of the bar's part on its first page
	in0, in1 := b.x0+labelPad, min(b.x1, c.tileEnd(b.x0))-labelPad
	if it.conflict {
		in1 -= conflictR
	}
	if it.milestone {
		in1 = in0
	}
	// right: from the bar's end to the next bar, on one page
	r0 := b.x1 + labelPad
	if it.conflict {
		r0 += conflictR
	}
	r1 := min(limit, c.tileEnd(r0))
	// left: from what is taken to the bar's start, on one page
	l1 := b.x0 - labelPad
	l0 := max(taken+labelPad, c.tileStart(l1))
	number := ""
	switch {
	case w <= in1-in0:
		put(title, in0, w)
	case w <= r1-r0:
		put(title, r0, w)
	case w <= l1-l0:
		put(title, l1-w, w)
	default:
		n := len(c.key) + 1
		c.key = append(c.key, keyEntry{n: n, title: title, lane: cleanText(c.sel.lanes[it.lane].name), first: it.first, last: it.last})
		number = fmt.Sprintf("[%d]", n)
		x, room := in0, in1-in0
		if r1-r0 > room {
			x, room = r0, r1-r0
		}
		if s, ok := c.fitNumbered(title, number, room); ok {
			put(s, x, c.m.width(s, Regular, labelSize))
		}
	}
	if !it.milestone {
		c.continued(b, title, number, baseline, put)
	}
	return end
}

// fitNumbered returns the longest whole-word start of title with an
// ellipsis and the number that fits room, else the number alone, else
// false.
func (c *chart) fitNumbered(title, number string, room float64) (string, bool) {
	nw := c.m.width(" "+number, Regular, labelSize)
	if s, ok := c.m.shorten(title, Regular, labelSize, room-nw); ok {
		return s + " " + number, true
	}
	if c.m.width(number, Regular, labelSize) <= room {
		return number, true
	}
	return "", false
}

// continued writes the title again inside each later page's part of a bar
// that runs across pages: whole when it fits, else shortened (the full
// title is on the bar's first page or in the key).
func (c *chart) continued(b itemBox, title, number string, baseline float64, put func(string, float64, float64)) {
	for x := c.tileEnd(b.x0); x < b.x1-eps && x < c.scale.width()-eps; x = c.tileEnd(x) {
		in0, in1 := x+labelPad, min(b.x1, c.tileEnd(x))-labelPad
		if w := c.m.width(title, Regular, labelSize); w <= in1-in0 {
			put(title, in0, w)
			continue
		}
		s, ok := c.m.shorten(title, Regular, labelSize, in1-in0)
		if number != "" {
			s, ok = c.fitNumbered(title, number, in1-in0)
		}
		if ok {
			put(s, in0, c.m.width(s, Regular, labelSize))
		}
	}
}
