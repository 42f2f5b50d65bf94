package draw

import (
	"fmt"
	"sort"
	"strings"
)

// frame draws what surrounds the chart on each page: the title, the time
// axis, the lane names, the legend and the footer.
type frame struct {
	c        *chart
	name     string
	subtitle string
	// axis holds the upper and lower tiers' ticks once made: every page of
	// a tiled chart draws its part of them.
	axis [2][]tick
}

func newFrame(c *chart, in *Input) *frame {
	name := cleanText(in.Roadmap.Name)
	if name == "" {
		name = "Roadmap"
	}
	parts := []string{}
	if c.sel.hasToday {
		parts = append(parts, "As of "+longDate(c.sel.today))
	}
	parts = append(parts, longDate(c.scale.from)+" – "+longDate(c.scale.to))
	parts = append(parts, plural(len(c.sel.lanes), "lane"), plural(len(c.sel.items), "effort"))
	if len(in.Lanes) > 0 {
		names := make([]string, len(c.sel.lanes))
		for i, l := range c.sel.lanes {
			names[i] = cleanText(l.name)
		}
		parts[len(parts)-2] = "lanes: " + strings.Join(names, ", ")
	}
	return &frame{c: c, name: name, subtitle: strings.Join(parts, "  ·  ")}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func pageOf(n, total int) string { return fmt.Sprintf("Page %d of %d", n, total) }

// period names the days of the timeline between x0 and x1.
func (fr *frame) period(x0, x1 float64) string {
	s := fr.c.scale
	first := s.from + int(x0/s.dayW+0.5)
	last := s.from + int(x1/s.dayW+0.5) - 1
	return longDate(max(first, s.from)) + " – " + longDate(min(last, s.to))
}

// fit shortens s at a word boundary to max wide (a name or subtitle that
// does not fit a page).
func (fr *frame) fit(s string, w Weight, size, max float64) string {
	if fr.c.m.width(s, w, size) <= max {
		return s
	}
	if t, ok := fr.c.m.shorten(s, w, size, max); ok {
		return t
	}
	return ""
}

// title writes the roadmap's name and the subtitle at the top of p; right,
// if any, is written at the right end of the subtitle's line.
func (fr *frame) title(p *Page, width float64, right string) {
	m := fr.c.m
	name := fr.fit(fr.name, Bold, 16, width)
	p.Shapes = append(p.Shapes, text(name, margin, margin+14, Bold, 16, m.width(name, Bold, 16), ink))
	rw := 0.0
	if right != "" {
		rw = m.width(right, Regular, 9)
		p.Shapes = append(p.Shapes, text(right, margin+width-rw, margin+31, Regular, 9, rw, muted))
		rw += 16
	}
	sub := fr.fit(fr.subtitle, Regular, 9, width-rw)
	p.Shapes = append(p.Shapes, text(sub, margin, margin+31, Regular, 9, m.width(sub, Regular, 9), muted))
}

// header draws the time axis for the timeline's x0..x1 with x0 at at.X
// and its top at at.Y: the upper tier (months or years) over the lower
// (weeks, months or quarters) and today's mark.
func (fr *frame) header(p *Page, x0, x1 float64, at Point) {
	c := fr.c
	off := Point{at.X - x0, at.Y}
	var pill *Box
	if x, ok := c.todayX(); ok && x >= x0 && x <= x1 {
		w := c.m.width("Today", Bold, 7) + 8
		b := Box{x - w/2, upperH + 3, x + w/2, headerH - 3}
		b.X0, b.X1 = max(b.X0, x0), min(b.X1, x1)
		pill = &b
	}
	tier := func(u unit, upper bool, y0, y1 float64) {
		k := 1
		if upper {
			k = 0
		}
		if fr.axis[k] == nil {
			fr.axis[k] = ticks(u, c.scale.from, c.scale.to, upper)
		}
		all := fr.axis[k]
		// The first tick that ends after x0, then on until one starts at x1.
		i0 := sort.Search(len(all), func(i int) bool { return c.scale.x(all[i].last+1) > x0 })
		for i := i0; i < len(all); i++ {
			t := all[i]
			a, b := max(c.scale.x(t.first), x0), min(c.scale.x(t.last+1), x1)
			if c.scale.x(t.first) >= x1 {
				break
			}
			if b <= a {
				continue
			}
			if i > 0 && c.scale.x(t.first) >= x0 {
				p.Shapes = clip(line(borderDark, 0.75, Point{a, y0}, Point{a, y1}), everywhere, off, p.Shapes)
			}
			weight, col := Regular, muted
			if upper {
				weight, col = Bold, ink
			}
			w := c.m.width(t.label, weight, axisSize)
			if w > b-a-6 {
				continue
			}
			lb := Box{a + 3, y1 - 5 - axisSize, a + 3 + w, y1 - 3}
			if pill != nil && !upper && lb.X1 >= pill.X0 && lb.X0 <= pill.X1 {
				continue
			}
			p.Shapes = clip(text(t.label, a+3, y1-5, weight, axisSize, w, col), everywhere, off, p.Shapes)
		}
	}
	tier(c.upper, true, 0, upperH)
	tier(c.lower, false, upperH, headerH)
	for _, y := range []float64{upperH, headerH} {
		p.Shapes = clip(line(borderDark, 0.75, Point{x0, y}, Point{x1, y}), everywhere, off, p.Shapes)
	}
	if pill != nil {
		w := c.m.width("Today", Bold, 7)
		p.Shapes = clip(rect(*pill, nowRed, nowRed, 0), everywhere, off, p.Shapes)
		p.Shapes = clip(text("Today", (pill.X0+pill.X1-w)/2, pill.Y1-3.5, Bold, 7, w, white), everywhere, off, p.Shapes)
	}
}

// everywhere is a clip box that keeps everything.
var everywhere = Box{-1e12, -1e12, 1e12, 1e12}

// laneColumn draws the lane names for the chart's rows y0..y1, moved by
// off: each lane's band, a swatch of its colour and its name (repeated on
// every page the lane reaches, as many lines as fit there).
func (fr *frame) laneColumn(p *Page, y0, y1 float64, off Point) {
	c := fr.c
	for i, l := range c.lanes {
		top, bottom := max(l.top, y0), min(l.top+l.height, y1)
		if bottom <= top {
			continue
		}
		fill := white
		if i%2 == 1 {
			fill = band
		}
		add := func(s Shape) { p.Shapes = clip(s, everywhere, Point{off.X, off.Y}, p.Shapes) }
		add(rect(Box{0, top, c.laneW, bottom}, fill, fill, 0))
		add(rect(Box{0, top + 3, 4, bottom - 3}, hex(l.color), hex(l.color), 0))
		add(line(border, 0.75, Point{0, bottom}, Point{c.laneW, bottom}))
		for j, s := range l.lines {
			base := top + lanePad + 2 + laneSize + float64(j)*laneLineH
			if base+2 > bottom {
				break
			}
			add(text(s, 12, base, Bold, laneSize, c.m.width(s, Bold, laneSize), ink))
		}
	}
	p.Shapes = clip(line(borderDark, 0.75, Point{c.laneW, y0}, Point{c.laneW, y1}), everywhere, off, p.Shapes)
}

// footer writes page (its number) at the bottom right of p.
func (fr *frame) footer(p *Page, page string) {
	w := fr.c.m.width(page, Regular, 8)
	p.Shapes = append(p.Shapes, text(page, p.W-margin-w, p.H-margin+4, Regular, 8, w, muted))
}

// Note adds note under everything on p, in text size points high,
// wrapped to the page's width; p grows by noteHeight. The PNG writer says
// there how it scaled the picture.
func (p *Page) Note(note string, size float64) {
	m := newMeasurer()
	top := p.H - margin
	p.H += noteHeight(m, note, size, p.W)
	for i, l := range m.wrap(note, Regular, size, p.W-2*margin) {
		p.Shapes = append(p.Shapes, text(l, margin, top+float64(i+1)*size*1.3, Regular, size, m.width(l, Regular, size), ink))
	}
}

// noteHeight is how much a note makes a page of width w taller.
func noteHeight(m *measurer, note string, size, w float64) float64 {
	return float64(len(m.wrap(note, Regular, size, w-2*margin)))*size*1.3 + size*0.5
}
