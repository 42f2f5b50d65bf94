package draw

import (
	"strings"
	"testing"
)

// placed finds the text s on the page and the bar (rectangle) of the same
// row whose title it is, by the bar's left edge in days from the window.
func findText(p Page, s string) (Shape, bool) {
	for _, t := range texts(p) {
		if t.Text == s {
			return t, true
		}
	}
	return Shape{}, false
}

func TestTitlesGoInsideBesideOrInTheKey(t *testing.T) {
	// The window is 4 Jan - 4 Apr 2027 (13 weeks): a day is about 16 points.
	r := roadmap(t,
		[4]string{"long", "Inside title", "2027-01-04", "2027-02-26"},
		[4]string{"lonely", "Right of it", "2027-03-29", "2027-03-29"},
		[4]string{"left", "Left of its bar", "2027-03-22", "2027-03-22"},
		[4]string{"next", "Next", "2027-03-23", "2027-03-26"},
		[4]string{"a", "First", "2027-03-01", "2027-03-01"},
		[4]string{"squeezed", "Squeezed middle effort", "2027-03-02", "2027-03-02"},
		[4]string{"c", "Third", "2027-03-03", "2027-03-06"},
		[4]string{"m", "Milestone here", "2027-02-01", ""},
	)
	in := inputOf(t, r)
	pages, err := Build(in, screenFormat)
	if err != nil {
		t.Fatal(err)
	}
	p := pages[0]
	checkPages(t, "labels", pages)
	sel, _ := selectInput(in)
	c := newChart(sel, screenFormat)
	boxes := c.itemBoxes()
	box := map[string]itemBox{}
	for i, it := range sel.items {
		box[it.id] = boxes[i]
	}
	x0 := margin + c.laneW // the chart's left edge on the page
	cases := []struct {
		id, text string
		where    string
	}{
		{"long", "Inside title", "inside"},
		{"lonely", "Right of it", "right"},
		{"left", "Left of its bar", "left"},
		{"m", "Milestone here", "right"},
	}
	for _, cs := range cases {
		s, ok := findText(p, cs.text)
		if !ok {
			t.Errorf("%s: title %q not drawn", cs.id, cs.text)
			continue
		}
		b := box[cs.id]
		l, r := s.Pts[0].X-x0, s.Pts[0].X-x0+s.W
		var ok2 bool
		switch cs.where {
		case "inside":
			ok2 = l >= b.x0 && r <= b.x1
		case "right":
			ok2 = l >= b.x1
		case "left":
			ok2 = r <= b.x0
		}
		if !ok2 {
			t.Errorf("%s: title at %.1f..%.1f, bar %.1f..%.1f: want %s", cs.id, l, r, b.x0, b.x1, cs.where)
		}
	}
	if len(c.key) != 1 || c.key[0].title != "Squeezed middle effort" {
		t.Fatalf("key = %+v, want the squeezed title alone", c.key)
	}
	if _, ok := findText(p, "[1]"); !ok {
		t.Error("the squeezed bar does not show its number [1]")
	}
	if _, ok := findText(p, "Squeezed middle effort"); !ok {
		t.Error("the key does not show the squeezed title in full")
	}
}

func TestShortenKeepsWholeWords(t *testing.T) {
	m := newMeasurer()
	full := "Pricing page redesign for enterprise"
	cases := []struct {
		room float64
		want string
		ok   bool
	}{
		{1000, full + ellipsis, true},
		{m.width("Pricing page"+ellipsis, Regular, 8), "Pricing page" + ellipsis, true},
		{m.width("Pricing page"+ellipsis, Regular, 8) - 0.1, "Pricing" + ellipsis, true},
		{m.width("Pric", Regular, 8), "", false},
	}
	for _, c := range cases {
		got, ok := m.shorten(full, Regular, 8, c.room)
		if got != c.want || ok != c.ok {
			t.Errorf("shorten(room %.1f) = %q, %v; want %q, %v", c.room, got, ok, c.want, c.ok)
		}
	}
}

func TestWrapBreaksAtWordsAndKeepsEverything(t *testing.T) {
	m := newMeasurer()
	s := "Partnerships and business development with a supercalifragilisticexpialidocious word"
	lines := m.wrap(s, Bold, 9, 70)
	for _, l := range lines {
		if w := m.width(l, Bold, 9); w > 70 {
			t.Errorf("line %q is %.1f wide, over 70", l, w)
		}
	}
	if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
		t.Errorf("wrap lost text: %q", lines)
	}
	if lines[0] != "Partnerships" {
		t.Errorf("first line %q, want the first word", lines[0])
	}
}

func TestCleanTextDropsControlsAndBidiOverrides(t *testing.T) {
	cases := map[string]string{
		"  a\tb\n\nc  ":          "a b c",
		"צוות תוכן \u202eevil":   "צוות תוכן evil",
		"x\u0000y\u200fz\u2066w": "xyzw",
		"🚀 launch":               "🚀 launch",
	}
	for in, want := range cases {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisualOrderReversesRightToLeftRuns(t *testing.T) {
	cases := map[string]string{
		"plain text":     "plain text",
		"צוות תוכן evil": "ןכות תווצ evil",
		"Café עברית":     "Café תירבע",
		"a אב, גד b":     "a דג ,בא b",
		"العربية":        "ةيبرعلا",
	}
	for in, want := range cases {
		if got := visualOrder(in); got != want {
			t.Errorf("visualOrder(%q) = %q, want %q", in, got, want)
		}
	}
}
