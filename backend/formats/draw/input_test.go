package draw

import (
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
)

func TestFiltersRefuseBadInput(t *testing.T) {
	cases := []struct {
		name     string
		lanes    []string
		from, to model.Date
		err      string
	}{
		{"unknown lane", []string{"paid", "nope"}, "", "", `lanes: unknown lane "nope" (lanes: paid, content, product, ai-tools)`},
		{"bad from", nil, "2027-02-30", "", `from: bad date "2027-02-30"`},
		{"bad to", nil, "", "soon", `to: bad date "soon"`},
		{"inverted window", nil, "2027-03-01", "2027-02-01", "window: to 2027-02-01 is before from 2027-03-01"},
	}
	for _, c := range cases {
		in := sampleInput(t)
		in.Lanes, in.From, in.To = c.lanes, c.from, c.to
		for name, write := range map[string]func(*Input) ([]byte, error){
			"svg": SVG, "png": PNG, "pdf": func(in *Input) ([]byte, error) { return PDF(in, "") },
		} {
			_, err := write(in)
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s %s: error %v, want %q", c.name, name, err, c.err)
			}
		}
	}
	if _, err := PDF(sampleInput(t), "tabloid"); err == nil || !strings.Contains(err.Error(), `paper: unknown size "tabloid" (a4 or letter)`) {
		t.Errorf("PDF on tabloid: error %v", err)
	}
}

func TestFiltersChooseLanesAndWindow(t *testing.T) {
	in := sampleInput(t)
	all, err := selectInput(in)
	if err != nil {
		t.Fatal(err)
	}
	killed := 0
	for _, e := range in.Roadmap.Efforts {
		if e.Status == model.StatusKilled {
			killed++
			if slices.ContainsFunc(all.items, func(it item) bool { return it.id == e.ID }) {
				t.Errorf("killed effort %s is drawn", e.ID)
			}
		}
	}
	if killed == 0 || len(all.items) != len(in.Roadmap.Efforts)-killed {
		t.Errorf("%d items of %d efforts (%d killed)", len(all.items), len(in.Roadmap.Efforts), killed)
	}

	in.Lanes = []string{"product", "paid"}
	in.From, in.To = "2027-02-01", "2027-02-28"
	s, err := selectInput(in)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range s.lanes {
		ids = append(ids, l.id)
	}
	if !slices.Equal(ids, []string{"paid", "product"}) {
		t.Errorf("lanes %v, want the chosen ones in the roadmap's order", ids)
	}
	from, to := dateDay("2027-02-01"), dateDay("2027-02-28")
	for _, it := range s.items {
		if l := s.lanes[it.lane].id; l != "paid" && l != "product" {
			t.Errorf("%s of lane %s is drawn", it.id, l)
		}
		if it.first < from || it.last > to {
			t.Errorf("%s is drawn on days %d..%d, outside the window %d..%d", it.id, it.first, it.last, from, to)
		}
	}
	for _, d := range s.deps {
		if d.from >= len(s.items) || d.to >= len(s.items) {
			t.Errorf("dependency %+v names an effort not drawn", d)
		}
	}
	if s.from != from || s.to != to || !s.windowed {
		t.Errorf("window %d..%d (chosen %v), want %d..%d", s.from, s.to, s.windowed, from, to)
	}
	// A bar that goes on past the window is cut there.
	cut := false
	for _, it := range s.items {
		cut = cut || it.cutLeft || it.cutRight
	}
	if !cut {
		t.Error("no bar is cut by the February window: the test proves nothing")
	}
}

func TestLaneColoursFallBackToTheUIPalette(t *testing.T) {
	cases := []struct {
		color string
		index int
		want  string
	}{
		{"#d9480f", 5, "#d9480f"},
		{"#abc", 0, "#abc"},
		{"", 0, "#3b6fd8"},
		{"red", 1, "#d9480f"},
		{"#12345g", 9, "#d9480f"},
	}
	for _, c := range cases {
		if got := laneColor(c.color, c.index); got != c.want {
			t.Errorf("laneColor(%q, %d) = %q, want %q", c.color, c.index, got, c.want)
		}
	}
}

func TestAxisAdaptsToTheSpan(t *testing.T) {
	cases := []struct {
		dayW         float64
		lower, upper unit
	}{
		{10, unitWeek, unitMonth},
		{2, unitMonth, unitYear},
		{0.5, unitQuarter, unitYear},
	}
	for _, c := range cases {
		if l, u := tiers(c.dayW); l != c.lower || u != c.upper {
			t.Errorf("tiers(%g) = %v, %v; want %v, %v", c.dayW, l, u, c.lower, c.upper)
		}
	}
	from, to := dateDay("2027-01-06"), dateDay("2027-03-02") // a Wednesday, a Tuesday
	if a, b := snap(unitWeek, from, to); model.DateFromDays(a) != "2027-01-04" || model.DateFromDays(b) != "2027-03-07" {
		t.Errorf("snap to weeks: %s..%s", model.DateFromDays(a), model.DateFromDays(b))
	}
	var labels []string
	for _, tk := range ticks(unitMonth, from, to, true) {
		labels = append(labels, tk.label)
	}
	if want := []string{"Jan 2027", "Feb 2027", "Mar 2027"}; !slices.Equal(labels, want) {
		t.Errorf("month ticks %v, want %v", labels, want)
	}
	q := ticks(unitQuarter, dateDay("2027-02-10"), dateDay("2027-08-01"), false)
	if len(q) != 3 || q[0].label != "Q1" || q[0].first != dateDay("2027-02-10") || q[2].label != "Q3" || q[1].first != dateDay("2027-04-01") {
		t.Errorf("quarter ticks %+v", q)
	}
	w := ticks(unitWeek, from, from+13, false)
	if len(w) != 3 || w[0].label != "4" || w[1].label != "11" {
		t.Errorf("week ticks %+v", w)
	}
}
