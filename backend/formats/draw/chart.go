package draw

import (
	"slices"
)

// Geometry of the chart, in points.
const (
	margin     = 28.0
	rowH       = 20.0 // a lane's sub-row
	barH       = 14.0
	lanePad    = 6.0 // above the first and below the last row of a lane
	labelSize  = 8.0 // bar titles
	laneSize   = 9.0 // lane names
	laneLineH  = 11.0
	axisSize   = 8.0
	headerH    = 34.0 // the time axis: upper tier 16, lower tier 18
	upperH     = 16.0
	laneWMin   = 90.0
	laneWMax   = 170.0
	maxDayW    = 24.0
	conflictR  = 3.5
	labelPad   = 4.0 // between a bar's edge and its title
	diamondR   = 6.0 // a milestone's half-width
	arrowOut   = 6.0 // how far an arrow runs out of a bar before turning
	headLength = 5.0
	headHalf   = 2.6
)

// Format says how a drawing is cut into pages: PageW and PageH are a
// page's size (0: one page as large as the drawing, for SVG and PNG).
// Budget is the width the timeline should take (on pages: the room beside
// the lane names) and MinDayW the narrowest a day may be drawn; a timeline
// wider than a page's room is tiled across pages.
type Format struct {
	PageW, PageH float64
	Budget       float64
	MinDayW      float64
}

// laneBox is a lane's band: its top and height in the chart, its name cut
// into lines and its colour.
type laneBox struct {
	top, height float64
	lines       []string
	color       string
}

// chart is a roadmap's swimlane chart before it is cut into pages: the
// body in its own coordinates (x from the window's first day, y from the
// first lane's top), the lane column, the axis tiers and the numbered key.
type chart struct {
	sel          *selection
	scale        timeScale
	lower, upper unit
	laneW        float64
	lanes        []laneBox
	height       float64
	// breaks are the ys where a page may end (row and lane boundaries).
	breaks []float64
	// tiles are the x boundaries of the pages' columns: 0, ..., width.
	tiles []float64
	body  []Shape
	boxes []itemBox // where each item is drawn
	key   []keyEntry
	m     *measurer
}

// keyEntry is a numbered title: one too long for its place on the chart.
type keyEntry struct {
	n           int
	title, lane string
	first, last int
}

// newChart lays out the selection for format f.
func newChart(sel *selection, f Format) *chart {
	c := &chart{sel: sel, m: newMeasurer()}
	c.laneColumn()
	c.timeScale(f)
	c.laneBands()
	var cuts []float64 // where the axis' lower tier begins an interval
	for _, t := range ticks(c.lower, c.scale.from, c.scale.to, false) {
		cuts = append(cuts, c.scale.x(t.first))
	}
	c.tiles = tileBounds(c.scale.width(), f.PageW-2*margin-c.laneW, f.PageW > 0, cuts)
	c.drawBody()
	return c
}

// laneColumn sizes the lane-name column to the longest name, within
// laneWMin..laneWMax; longer names wrap.
func (c *chart) laneColumn() {
	w := laneWMin
	for _, l := range c.sel.lanes {
		w = max(w, c.m.width(cleanText(l.name), Bold, laneSize)+22)
	}
	c.laneW = min(w, laneWMax)
}

// timeScale picks the day width: the budget over the days shown, at least
// f.MinDayW and at most maxDayW; unless the user chose the window, the
// window widens to whole intervals of the axis' lower tier.
func (c *chart) timeScale(f Format) {
	from, to := c.sel.from, c.sel.to
	budget := f.Budget
	if f.PageW > 0 {
		budget = f.PageW - 2*margin - c.laneW
	}
	dayW := func(from, to int) float64 {
		return min(maxDayW, max(f.MinDayW, budget/float64(to-from+1)))
	}
	c.lower, c.upper = tiers(dayW(from, to))
	if !c.sel.windowed {
		from, to = snap(c.lower, from, to)
	}
	c.scale = timeScale{from: from, to: to, dayW: dayW(from, to)}
}

// laneBands stacks the lanes: each as tall as its rows (with padding) or
// its wrapped name, whichever is taller.
func (c *chart) laneBands() {
	y := 0.0
	c.breaks = []float64{0}
	for _, l := range c.sel.lanes {
		lines := c.m.wrap(cleanText(l.name), Bold, laneSize, c.laneW-22)
		h := max(float64(l.rows)*rowH+2*lanePad, float64(len(lines))*laneLineH+2*lanePad+4)
		c.lanes = append(c.lanes, laneBox{top: y, height: h, lines: lines, color: l.color})
		for r := 1; r < l.rows; r++ {
			c.breaks = append(c.breaks, c.rowTop(len(c.lanes)-1, r))
		}
		y += h
		c.breaks = append(c.breaks, y)
	}
	c.height = y
}

// rowTop is the top of sub-row row of lane l.
func (c *chart) rowTop(l, row int) float64 {
	lb := c.lanes[l]
	used := float64(c.sel.lanes[l].rows) * rowH
	return lb.top + max(lanePad, (lb.height-used)/2) + float64(row)*rowH
}

// tileBounds cuts a timeline of width w into columns of at most room (when
// tiled): 0, ..., w. A column ends where an interval of the axis begins
// (one of cuts, ascending) when one lies in its second half, so that pages
// begin on a week, month or quarter.
func tileBounds(w, room float64, tiled bool, cuts []float64) []float64 {
	out := []float64{0}
	if tiled && room > 0 {
		for x := 0.0; x+room < w-1; {
			next := x + room
			i, _ := slices.BinarySearch(cuts, next+eps)
			if i > 0 && cuts[i-1] >= x+room/2 {
				next = cuts[i-1]
			}
			out = append(out, next)
			x = next
		}
	}
	return append(out, w)
}

// tileEnd is the right edge of the column holding x.
func (c *chart) tileEnd(x float64) float64 {
	i, _ := slices.BinarySearch(c.tiles, x+eps)
	return c.tiles[min(max(i, 1), len(c.tiles)-1)]
}

// tileStart is the left edge of the column holding x.
func (c *chart) tileStart(x float64) float64 {
	i, _ := slices.BinarySearch(c.tiles, x+eps)
	return c.tiles[max(i-1, 0)]
}
