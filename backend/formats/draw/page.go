package draw

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
	sel, err := selectInput(in)
	if err != nil {
		return nil, err
	}
	c := newChart(sel, f)
	fr := newFrame(c, in)
	if f.PageW == 0 {
		return []Page{fr.single()}, nil
	}
	return fr.tiled(f), nil
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
// pages go down the lanes of one period, then on to the next period. Pages
// of the key follow.
func (fr *frame) tiled(f Format) []Page {
	c := fr.c
	top := margin + titleH
	bodyTop := top + headerH
	room := f.PageH - bodyTop - legendH - footerH - margin
	bands := cutBands(c.breaks, room)
	// The key goes under the last page's chart when it fits there, else on
	// pages of its own.
	lastBottom := bodyTop + (bands[len(bands)-1][1] - bands[len(bands)-1][0]) + legendH + 6
	keyHere, keyPages := fr.keyBelow(f, lastBottom)
	total := (len(c.tiles)-1)*len(bands) + len(keyPages)
	var pages []Page
	for t := 1; t < len(c.tiles); t++ {
		x0, x1 := c.tiles[t-1], c.tiles[t]
		for _, b := range bands {
			p := &Page{W: f.PageW, H: f.PageH}
			fr.title(p, f.PageW-2*margin, fr.period(x0, x1))
			fr.header(p, x0, x1, Point{margin + c.laneW, top})
			for _, s := range c.body {
				p.Shapes = clip(s, Box{x0, b[0], x1, b[1]}, Point{margin + c.laneW - x0, bodyTop - b[0]}, p.Shapes)
			}
			fr.laneColumn(p, b[0], b[1], Point{margin, bodyTop - b[0]})
			fr.legend(p, bodyTop+(b[1]-b[0])+legendH-8)
			fr.footer(p, pageOf(len(pages)+1, total))
			pages = append(pages, *p)
		}
	}
	last := &pages[len(pages)-1]
	for _, s := range keyHere {
		last.Shapes = clip(s, everywhere, Point{margin, lastBottom}, last.Shapes)
	}
	for _, kp := range keyPages {
		fr.footer(&kp, pageOf(len(pages)+1, total))
		pages = append(pages, kp)
	}
	return pages
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
