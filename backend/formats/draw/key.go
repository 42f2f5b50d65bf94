package draw

import "fmt"

// The numbered key: every title too long for its place on the chart, in
// full, with its lane and dates, in columns.
const (
	keyColW    = 250.0
	keyGap     = 18.0
	keyNumW    = 26.0
	keySize    = 8.0
	keyLineH   = 10.0
	keyHeading = "Titles in full"
)

// keyEntryShapes draws entry e with its top-left at (x, y) and returns its
// shapes and height.
func (fr *frame) keyEntryShapes(e keyEntry, x, y float64) ([]Shape, float64) {
	m := fr.c.m
	num := fmt.Sprintf("[%d]", e.n)
	nw := m.width(num, Regular, keySize)
	out := []Shape{text(num, x+keyNumW-4-nw, y+keySize, Regular, keySize, nw, muted)}
	lines := m.wrap(e.title, Regular, keySize, keyColW-keyNumW)
	meta := e.lane + " · " + longDate(e.first) + " – " + longDate(e.last)
	meta = fr.fit(meta, Regular, 7, keyColW-keyNumW)
	for i, l := range lines {
		out = append(out, text(l, x+keyNumW, y+keySize+float64(i)*keyLineH, Regular, keySize, m.width(l, Regular, keySize), ink))
	}
	// The lane and dates follow the title's last line when they fit there.
	n := len(lines)
	lastW := m.width(lines[n-1], Regular, keySize)
	mw := m.width(meta, Regular, 7)
	mx, my := x+keyNumW+lastW+8, y+keySize+float64(n-1)*keyLineH
	if lastW+8+mw > keyColW-keyNumW {
		mx, my, n = x+keyNumW, my+keyLineH-0.5, n+1
	}
	out = append(out, text(meta, mx, my, Regular, 7, mw, muted))
	return out, float64(n)*keyLineH + 3
}

// flowKey lays the entries out in columns of keyColW, at most cols
// columns of at most colH each per block; it returns each block's shapes
// (origin at the block's top-left, the heading above the columns) and
// height.
func (fr *frame) flowKey(entries []keyEntry, cols int, colH float64) ([][]Shape, []float64) {
	var blocks [][]Shape
	var heights []float64
	var cur []Shape
	col, y, tallest := 0, 0.0, 0.0
	headH := 16.0
	start := func() {
		w := fr.c.m.width(keyHeading, Bold, 9)
		cur = []Shape{text(keyHeading, 0, 9, Bold, 9, w, ink)}
		col, y, tallest = 0, 0, 0
	}
	start()
	for _, e := range entries {
		shapes, h := fr.keyEntryShapes(e, float64(col)*(keyColW+keyGap), headH+y)
		if y > 0 && y+h > colH {
			col++
			y = 0
			if col == cols {
				blocks, heights = append(blocks, cur), append(heights, headH+tallest)
				start()
			}
			shapes, h = fr.keyEntryShapes(e, float64(col)*(keyColW+keyGap), headH+y)
		}
		cur = append(cur, shapes...)
		y += h
		tallest = max(tallest, y)
	}
	return append(blocks, cur), append(heights, headH+tallest)
}

// keyBlock lays the whole key out below a single-page chart, in as many
// columns as width holds, balanced; no key, no block.
func (fr *frame) keyBlock(entries []keyEntry, width float64) ([]Shape, float64) {
	if len(entries) == 0 {
		return nil, 0
	}
	cols := max(1, int((width+keyGap)/(keyColW+keyGap)))
	total, tallest := 0.0, 0.0
	for _, e := range entries {
		_, h := fr.keyEntryShapes(e, 0, 0)
		total, tallest = total+h, max(tallest, h)
	}
	// Columns filled up to total/cols plus the tallest entry hold everything
	// in cols columns: each but the last holds more than total/cols.
	blocks, heights := fr.flowKey(entries, cols, total/float64(cols)+tallest)
	return blocks[0], heights[0] + 8
}

// keyBelow lays the key out for pages of format f: as shapes to put at y
// on the last page of the chart when it all fits there, else as pages of
// its own.
func (fr *frame) keyBelow(f Format, y float64) ([]Shape, []Page) {
	if len(fr.c.key) == 0 {
		return nil, nil
	}
	width := f.PageW - 2*margin
	cols := max(1, int((width+keyGap)/(keyColW+keyGap)))
	room := f.PageH - y - footerH - margin
	if blocks, heights := fr.flowKey(fr.c.key, cols, room-16); len(blocks) == 1 && heights[0] <= room {
		return blocks[0], nil
	}
	top := margin + titleH
	blocks, _ := fr.flowKey(fr.c.key, cols, f.PageH-top-16-footerH-margin)
	pages := make([]Page, len(blocks))
	for i, b := range blocks {
		p := &pages[i]
		p.W, p.H = f.PageW, f.PageH
		fr.title(p, width, keyHeading)
		for _, s := range b {
			p.Shapes = clip(s, everywhere, Point{margin, top}, p.Shapes)
		}
	}
	return nil, pages
}
