package draw

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// inputOf analyses r and lays it out as the service does, today being its
// asOf (else 2027-01-01).
func inputOf(t testing.TB, r *model.Roadmap) *Input {
	t.Helper()
	res, err := analysis.Analyze(r, analysis.Options{Today: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	lanes := make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		lanes[i] = l.ID
	}
	items := make([]layout.Item, 0, len(res.Schedule))
	for _, s := range res.Schedule {
		items = append(items, layout.Item{ID: s.ID, Lane: s.Lane, From: dateDay(s.Start), To: dateDay(s.End), Milestone: s.EF == s.ES})
	}
	today := r.AsOf
	if today == "" {
		today = "2027-01-01"
	}
	return &Input{Roadmap: r, Analysis: res, Layout: layout.Pack(lanes, items), Today: today}
}

// load reads a roadmap file.
func load(t testing.TB, data []byte) *model.Roadmap {
	t.Helper()
	r, err := model.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sampleInput(t testing.TB) *Input { return inputOf(t, load(t, sample.Bytes())) }

func hostileInput(t testing.TB) *Input {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "export", "hostile.tandem"))
	if err != nil {
		t.Fatal(err)
	}
	return inputOf(t, load(t, data))
}

// roadmap builds a small roadmap of one lane "a" ("Alpha") from efforts
// given as id, title, start, end (end "" is a milestone on start).
func roadmap(t testing.TB, efforts ...[4]string) *model.Roadmap {
	t.Helper()
	r := &model.Roadmap{Format: model.Format, Version: model.Version, Name: "Test", AsOf: "2027-01-10",
		Lanes: []model.Lane{{ID: "a", Name: "Alpha", Color: "#1971c2"}}}
	zero := 0
	for _, e := range efforts {
		ef := model.Effort{ID: e[0], Lane: "a", Title: e[1], Start: model.Date(e[2]), End: model.Date(e[3])}
		if e[3] == "" {
			ef.DurationDays = &zero
		}
		r.Efforts = append(r.Efforts, ef)
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return r
}

// texts returns the texts of a page.
func texts(p Page) []Shape {
	var out []Shape
	for _, s := range p.Shapes {
		if s.Kind == KindText && s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}
