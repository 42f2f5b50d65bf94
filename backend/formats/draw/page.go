package draw

import "sort"

// Page is one page of a drawing: its size in points and its shapes in
// drawing order (y grows downwards from the page's top).
type Page struct {
	W, H   float64
	Shapes []Shape
}

// Heights of the page's parts, in points.
const (
	titleH  = 46.0 // title and subtitle
	legendH = 28.0 // gap and one line of legend
	footerH = 16.0
)

// Build lays out in for format f: one page as large as the drawing when
// f.PageW is 0, else pages of f.PageW x f.PageH tiling the chart (lane
// names and the time axis repeated on each) followed by pages of the
// numbered key. An unknown lane or a bad window is an error.
func Build(in *Input, f Format) ([]Page, error) {
	var pages []Page
	err := Draw(in, f, func(p Page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}

// Draw is Build handing each page to emit as soon as it is made, so that a
// writer can paint and drop it: a long roadmap's pages are never all in
// memory at once. It stops at emit's first error.
func Draw(in *Input, f Format, emit func(Page) error) error {
	sel, err := selectInput(in)
	if err != nil {
		return err
	}
	c := newChart(sel, f)
	fr := newFrame(c, in)
	if f.PageW == 0 {
		return emit(fr.single())
	}
	return fr.tiled(f, emit)
}

// single composes the whole chart on one page, the key below it.
func (fr *frame) single() Page {
	c := fr.c
	w := max(2*margin+c.laneW+c.scale.width(), 2*margin+fr.legendWidth(), 520)
	x0 := margin + c.laneW
	top := margin + titleH
	bodyTop := top + headerH
	bottom := bodyTop + c.height
	inner := w - 2*margin
	keyShapes, keyH := fr.keyBlock(fr.c.key, inner)
	h := bottom + legendH + keyH + footerH + margin
	p := &Page{W: w, H: h}
	fr.title(p, inner, "")
	fr.header(p, 0, c.scale.width(), Point{x0, top})
	for _, s := range c.body {
		p.Shapes = clip(s, Box{0, 0, c.scale.width(), c.height}, Point{x0, bodyTop}, p.Shapes)
	}
	fr.laneColumn(p, 0, c.height, Point{margin, bodyTop})
	fr.legend(p, bottom+legendH-8)
	for _, s := range keyShapes {
		p.Shapes = clip(s, Box{-1e9, -1e9, 1e9, 1e9}, Point{margin, bottom + legendH}, p.Shapes)
	}
	return *p
}

// tiled cuts the chart into pages: the timeline into columns of the page's
// width (c.tiles) and the lanes into bands that end on a row boundary;
// pages go down the lanes of one period, then on to the next period, and a
// page where no effort is drawn is left out (unless every one would be).
// Pages of the key follow.
func (fr *frame) tiled(f Format, emit func(Page) error) error {
	c := fr.c
	top := margin + titleH
	bodyTop := top + headerH
	room := f.PageH - bodyTop - legendH - footerH - margin
	bands := cutBands(c.breaks, room)
	// The key goes under the last page's chart when it fits there, else on
	// pages of its own.
	buckets := bucket(c.body, c.tiles, bands)
	used := c.usedPages(bands)
	chartPages := 0
	for _, col := range used {
		for _, u := range col {
			if u {
				chartPages++
			}
		}
	}
	last := [2]int{len(c.tiles) - 2, len(bands) - 1}
	if chartPages == 0 { // nothing drawn anywhere: one page shows the empty lanes
		used[0][0], chartPages, last = true, 1, [2]int{0, 0}
	}
	for t := range used {
		for b := range used[t] {
			if used[t][b] {
				last = [2]int{t, b}
			}
		}
	}
	lb := bands[last[1]]
	lastBottom := bodyTop + (lb[1] - lb[0]) + legendH + 6
	keyHere, keyPages := fr.keyBelow(f, lastBottom)
	total := chartPages + len(keyPages)
	n := 0
	for t := 1; t < len(c.tiles); t++ {
		x0, x1 := c.tiles[t-1], c.tiles[t]
		for bi, b := range bands {
			if !used[t-1][bi] {
				continue
			}
			var pool points
			p := &Page{W: f.PageW, H: f.PageH, Shapes: make([]Shape, 0, len(buckets[t-1][bi])+64)}
			fr.title(p, f.PageW-2*margin, fr.period(x0, x1))
			fr.header(p, x0, x1, Point{margin + c.laneW, top})
			for _, i := range buckets[t-1][bi] {
				p.Shapes = clipWith(&pool, c.body[i], Box{x0, b[0], x1, b[1]}, Point{margin + c.laneW - x0, bodyTop - b[0]}, p.Shapes)
			}
			fr.laneColumn(p, b[0], b[1], Point{margin, bodyTop - b[0]})
			fr.legend(p, bodyTop+(b[1]-b[0])+legendH-8)
			if n++; n == chartPages {
				for _, s := range keyHere {
					p.Shapes = clip(s, everywhere, Point{margin, lastBottom}, p.Shapes)
				}
			}
			fr.footer(p, pageOf(n, total))
			if err := emit(*p); err != nil {
				return err
			}
		}
	}
	for _, kp := range keyPages {
		n++
		fr.footer(&kp, pageOf(n, total))
		if err := emit(kp); err != nil {
			return err
		}
	}
	return nil
}

// usedPages says, for each page (column of tiles, band of bands), whether
// an effort is drawn on it.
func (c *chart) usedPages(bands [][2]float64) [][]bool {
	shapes := make([]Shape, len(c.boxes))
	for i, b := range c.boxes {
		shapes[i] = rect(Box{b.x0, b.top, b.x1, b.top + barH}, white, white, 0)
	}
	out := make([][]bool, len(c.tiles)-1)
	for t, col := range bucket(shapes, c.tiles, bands) {
		out[t] = make([]bool, len(bands))
		for b, ids := range col {
			out[t][b] = len(ids) > 0
		}
	}
	return out
}

// bucket lists, for each page (column of tiles, band of bands), the
// shapes that meet it, in drawing order: each page then clips only its own
// shapes. A polyline (an arrow's route) meets the pages its segments cross,
// not every page of its bounds: a route down many lanes and across many
// months would otherwise be listed, and clipped, on a rectangle of
// thousands of pages.
func bucket(shapes []Shape, tiles []float64, bands [][2]float64) [][][]int32 {
	out := make([][][]int32, len(tiles)-1)
	for i := range out {
		out[i] = make([][]int32, len(bands))
	}
	ends := make([]float64, len(bands))
	for i, b := range bands {
		ends[i] = b[1]
	}
	add := func(i int, b Box) {
		c0 := max(0, sort.SearchFloat64s(tiles, b.X0)-1)
		r0 := sort.SearchFloat64s(ends, b.Y0)
		for c := c0; c < len(out) && tiles[c] <= b.X1; c++ {
			for r := r0; r < len(bands) && bands[r][0] <= b.Y1; r++ {
				if ids := out[c][r]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
					out[c][r] = append(ids, int32(i))
				}
			}
		}
	}
	for i := range shapes {
		s := &shapes[i]
		if s.Kind != KindLine {
			add(i, s.Bounds())
			continue
		}
		for k := 1; k < len(s.Pts); k++ {
			p, q := s.Pts[k-1], s.Pts[k]
			add(i, Box{min(p.X, q.X), min(p.Y, q.Y), max(p.X, q.X), max(p.Y, q.Y)})
		}
	}
	return out
}

// cutBands cuts 0..last break into bands at most room tall that end on
// breaks; a single row taller than room gets a band of its own.
func cutBands(breaks []float64, room float64) [][2]float64 {
	if len(breaks) < 2 {
		return [][2]float64{{0, 0}}
	}
	var out [][2]float64
	start, last := breaks[0], breaks[0]
	for _, b := range breaks[1:] {
		if b-start > room && last > start {
			out = append(out, [2]float64{start, last})
			start = last
		}
		last = b
	}
	return append(out, [2]float64{start, last})
}
