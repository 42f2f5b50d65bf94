package draw

import "fmt"

// legendItem is one legend entry: its swatch (drawn in a 18x10 box whose
// top-left is the given point) and its text.
type legendItem struct {
	swatch func(at Point) []Shape
	label  string
}

const swatchW, legendSize = 18.0, 8.0

func (fr *frame) legendItems() []legendItem {
	items := []legendItem{
		{func(a Point) []Shape {
			return []Shape{rect(Box{a.X + 1, a.Y + 1, a.X + swatchW - 1, a.Y + 9}, tint(muted, barTint), ink, 1.6)}
		}, "Critical path"},
		{func(a Point) []Shape {
			return []Shape{{Kind: KindCircle, Pts: []Point{{a.X + 9, a.Y + 5}}, R: conflictR + 0.5, Fill: conflictOr, Stroke: white, Width: 1}}
		}, "Open conflict"},
		{func(a Point) []Shape {
			return []Shape{diamond(itemBox{a.X + 4, a.X + 14, a.Y, a.Y + 5}, muted, white, 1)}
		}, "Milestone"},
		{func(a Point) []Shape {
			pts := []Point{{a.X, a.Y + 5}, {a.X + swatchW, a.Y + 5}}
			return []Shape{line(arrowGrey, 0.7, pts...), arrowHead(pts, arrowGrey)}
		}, "Dependency"},
		{func(a Point) []Shape {
			return []Shape{rect(Box{a.X + 1, a.Y + 1, a.X + swatchW - 1, a.Y + 9}, tint(muted, barTintActive), muted, 1)}
		}, "Active"},
		{func(a Point) []Shape {
			return []Shape{rect(Box{a.X + 1, a.Y + 1, a.X + swatchW - 1, a.Y + 9}, tint(muted, barTint), blockedRed, 1.4)}
		}, "Blocked"},
		{func(a Point) []Shape {
			return []Shape{rect(Box{a.X + 1, a.Y + 1, a.X + swatchW - 1, a.Y + 9}, tint(faint, 0.14), tint(faint, 0.4), 1)}
		}, "Done"},
	}
	if _, shown := fr.c.todayX(); shown {
		items = append(items, legendItem{func(a Point) []Shape {
			return []Shape{line(nowRed, 1.2, Point{a.X + 9, a.Y - 1}, Point{a.X + 9, a.Y + 11})}
		}, "Today, " + longDate(fr.c.sel.today)})
	}
	if n := len(fr.c.key); n > 0 {
		items = append(items, legendItem{func(a Point) []Shape {
			w := fr.c.m.width("[n]", Regular, legendSize)
			return []Shape{text("[n]", a.X+swatchW-w, a.Y+8, Regular, legendSize, w, ink)}
		}, fmt.Sprintf("Title in full in the key (%d)", n)})
	}
	return items
}

// legendWidth is the width the legend takes on one line.
func (fr *frame) legendWidth() float64 {
	w := 0.0
	for _, it := range fr.legendItems() {
		w += swatchW + 5 + fr.c.m.width(it.label, Regular, legendSize) + 16
	}
	return w
}

// legend writes the legend on one line whose baseline is at y.
func (fr *frame) legend(p *Page, y float64) {
	x := margin
	for _, it := range fr.legendItems() {
		p.Shapes = append(p.Shapes, it.swatch(Point{x, y - 8})...)
		x += swatchW + 5
		w := fr.c.m.width(it.label, Regular, legendSize)
		p.Shapes = append(p.Shapes, text(it.label, x, y, Regular, legendSize, w, muted))
		x += w + 16
	}
}
