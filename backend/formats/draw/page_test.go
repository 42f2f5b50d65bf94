package draw

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// checkPages holds what every page of every drawing must keep: each shape
// lies on its page, and no two texts overlap.
func checkPages(t *testing.T, name string, pages []Page) {
	t.Helper()
	if len(pages) == 0 {
		t.Fatalf("%s: no pages", name)
	}
	for i, p := range pages {
		page := Box{-0.5, -0.5, p.W + 0.5, p.H + 0.5}
		for _, s := range p.Shapes {
			b := s.Bounds()
			if !page.contains(Point{b.X0, b.Y0}) || !page.contains(Point{b.X1, b.Y1}) {
				t.Errorf("%s page %d: %v %q at %+v is off the %gx%g page", name, i+1, s.Kind, s.Text, b, p.W, p.H)
			}
		}
		if a, b, ok := overlapping(texts(p)); ok {
			t.Errorf("%s page %d: texts overlap: %q at %+v and %q at %+v", name, i+1, a.Text, a.Bounds(), b.Text, b.Bounds())
		}
	}
}

// overlapping finds two texts whose boxes overlap (by more than a
// hundredth of a point), sweeping them in order of their left edge.
func overlapping(ts []Shape) (Shape, Shape, bool) {
	slices.SortFunc(ts, func(a, b Shape) int { return cmp.Compare(a.Bounds().X0, b.Bounds().X0) })
	var active []Shape
	for _, s := range ts {
		b := s.Bounds()
		keep := active[:0]
		for _, o := range active {
			ob := o.Bounds()
			if ob.X1 <= b.X0+0.01 {
				continue
			}
			keep = append(keep, o)
			if ob.Y0 < b.Y1-0.01 && b.Y0 < ob.Y1-0.01 {
				return o, s, true
			}
		}
		active = append(keep, s)
	}
	return Shape{}, Shape{}, false
}

func TestPagesKeepTheirShapesAndTextsApart(t *testing.T) {
	big := inputOf(t, modeltest.Generate(500, 1))
	windowed := sampleInput(t)
	windowed.From, windowed.To = "2027-02-01", "2027-04-15"
	a4 := Format{PageW: papers["a4"][0], PageH: papers["a4"][1], MinDayW: pdfMinDayW}
	letter := Format{PageW: papers["letter"][0], PageH: papers["letter"][1], MinDayW: pdfMinDayW}
	for _, c := range []struct {
		name string
		in   *Input
	}{{"sample", sampleInput(t)}, {"hostile", hostileInput(t)}, {"500 efforts", big}, {"sample, Feb-Apr", windowed}} {
		for fname, f := range map[string]Format{"screen": screenFormat, "a4": a4, "letter": letter} {
			pages, err := Build(c.in, f)
			if err != nil {
				t.Fatal(err)
			}
			checkPages(t, c.name+" "+fname, pages)
		}
	}
}

// TestTitlesAreWholeSomewhere: every effort's title is drawn whole, or
// numbered on the chart and whole in the key; a shortened title is a run
// of its leading words.
func TestTitlesAreWholeSomewhere(t *testing.T) {
	in := inputOf(t, modeltest.Generate(500, 1))
	for _, f := range []Format{screenFormat, {PageW: 841.89, PageH: 595.28, MinDayW: pdfMinDayW}} {
		pages, err := Build(in, f)
		if err != nil {
			t.Fatal(err)
		}
		drawn := map[string]bool{}
		for _, p := range pages {
			for _, s := range texts(p) {
				drawn[s.Text] = true
			}
		}
		sel, _ := selectInput(in)
		c := newChart(sel, f)
		keyed := map[string]bool{}
		for _, e := range c.key {
			keyed[e.title] = true
			if !drawn[fmt.Sprintf("[%d]", e.n)] && !drawnNumbered(drawn, e) {
				t.Errorf("key entry [%d] %q is not marked on the chart", e.n, e.title)
			}
		}
		for _, it := range sel.items {
			if !drawn[it.title] && !keyed[it.title] {
				t.Errorf("%s: title %q is neither drawn whole nor in the key", it.id, it.title)
			}
		}
		if len(c.key) == 0 {
			t.Error("the 500-effort roadmap has no numbered title: the test proves nothing")
		}
	}
}

// drawnNumbered says whether some text is a leading-words cut of e's title
// with its number: "Effort… [12]".
func drawnNumbered(drawn map[string]bool, e keyEntry) bool {
	suffix := fmt.Sprintf("… [%d]", e.n)
	for s := range drawn {
		if strings.HasSuffix(s, suffix) && strings.HasPrefix(e.title+" ", strings.TrimSuffix(s, suffix)+" ") {
			return true
		}
	}
	return false
}

func TestCutBandsEndOnBreaks(t *testing.T) {
	cases := []struct {
		breaks []float64
		room   float64
		want   [][2]float64
	}{
		{nil, 100, [][2]float64{{0, 0}}},
		{[]float64{0, 40, 80, 120}, 100, [][2]float64{{0, 80}, {80, 120}}},
		{[]float64{0, 40, 80, 120}, 200, [][2]float64{{0, 120}}},
		{[]float64{0, 150, 180}, 100, [][2]float64{{0, 150}, {150, 180}}}, // a lane taller than a page gets its own
	}
	for _, c := range cases {
		if got := cutBands(c.breaks, c.room); !slices.Equal(got, c.want) {
			t.Errorf("cutBands(%v, %g) = %v, want %v", c.breaks, c.room, got, c.want)
		}
	}
}

// TestTiledPagesRepeatLanesAndAxis: a long roadmap on A4 is cut into
// periods, and each page names every lane it shows and its months.
func TestTiledPagesRepeatLanesAndAxis(t *testing.T) {
	in := inputOf(t, modeltest.Generate(300, 2))
	f := Format{PageW: papers["a4"][0], PageH: papers["a4"][1], MinDayW: pdfMinDayW}
	pages, err := Build(in, f)
	if err != nil {
		t.Fatal(err)
	}
	sel, _ := selectInput(in)
	c := newChart(sel, f)
	if len(c.tiles) < 3 {
		t.Fatalf("%d columns: want a roadmap wider than two pages", len(c.tiles)-1)
	}
	chartPages := 0
	for i, p := range pages {
		var all []string
		for _, s := range texts(p) {
			all = append(all, s.Text)
		}
		if !slices.Contains(all, "Page "+fmt.Sprint(i+1)+" of "+fmt.Sprint(len(pages))) {
			t.Errorf("page %d has no page number", i+1)
		}
		lanes := 0
		for _, l := range sel.lanes {
			if slices.Contains(all, l.name) {
				lanes++
			}
		}
		if lanes == 0 && slices.Contains(all, keyHeading) {
			continue // a page of the key only
		}
		chartPages++
		if lanes == 0 {
			t.Errorf("page %d names no lane", i+1)
		}
		if !slices.ContainsFunc(all, func(s string) bool { return len(s) == 3 && strings.Contains("JanFebMarAprMayJunJulAugSepOctNovDec", s) }) &&
			!slices.ContainsFunc(all, func(s string) bool { return strings.HasPrefix(s, "Q") && len(s) == 2 }) {
			t.Errorf("page %d has no time axis", i+1)
		}
	}
	if chartPages < len(c.tiles)-1 {
		t.Errorf("%d chart pages for %d columns", chartPages, len(c.tiles)-1)
	}
}

// TestEmptyRoadmapsDraw: no lanes, or lanes without efforts, still make a
// titled picture in every format.
func TestEmptyRoadmapsDraw(t *testing.T) {
	none := roadmap(t)
	none.Lanes = nil
	lanesOnly := roadmap(t)
	for name, r := range map[string]*model.Roadmap{"no lanes": none, "no efforts": lanesOnly} {
		in := inputOf(t, r)
		for fname, f := range map[string]Format{"screen": screenFormat, "a4": {PageW: papers["a4"][0], PageH: papers["a4"][1], MinDayW: pdfMinDayW}} {
			pages, err := Build(in, f)
			if err != nil {
				t.Fatalf("%s %s: %v", name, fname, err)
			}
			checkPages(t, name+" "+fname, pages)
			if len(pages) != 1 {
				t.Errorf("%s %s: %d pages, want 1", name, fname, len(pages))
			}
			if _, ok := findText(pages[0], "Test"); !ok {
				t.Errorf("%s %s: no title", name, fname)
			}
		}
		for fname, write := range map[string]func(*Input) ([]byte, error){"svg": SVG, "png": PNG, "pdf": func(in *Input) ([]byte, error) { return PDF(in, "") }} {
			if b, err := write(in); err != nil || len(b) == 0 {
				t.Errorf("%s %s: %d bytes, %v", name, fname, len(b), err)
			}
		}
	}
}

func TestTilesEndWhereTheAxisBeginsAnInterval(t *testing.T) {
	cases := []struct {
		w, room float64
		cuts    []float64
		want    []float64
	}{
		{500, 600, []float64{0, 100, 200}, []float64{0, 500}},
		{1000, 300, nil, []float64{0, 300, 600, 900, 1000}},
		{1000, 300, []float64{0, 90, 180, 270, 360, 450, 540, 630, 720, 810, 900, 990}, []float64{0, 270, 540, 810, 1000}},
		{1000, 300, []float64{0, 100, 500, 900}, []float64{0, 300, 500, 800, 1000}}, // no cut in a column's second half
	}
	for _, c := range cases {
		if got := tileBounds(c.w, c.room, true, c.cuts); !slices.Equal(got, c.want) {
			t.Errorf("tileBounds(%g, %g, %v) = %v, want %v", c.w, c.room, c.cuts, got, c.want)
		}
	}
	if got := tileBounds(1000, 300, false, nil); !slices.Equal(got, []float64{0, 1000}) {
		t.Errorf("untiled: %v", got)
	}
}
