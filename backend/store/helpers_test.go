package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// openTemp opens a store in a fresh temporary directory, closed at cleanup.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	return openAt(t, dir), dir
}

func openAt(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func reopen(t testing.TB, s *Store, dir string) *Store {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return openAt(t, dir)
}

func intp(n int) *int { return &n }

// sample is a small roadmap that uses every kind, field and Extra.
func sample() *model.Roadmap {
	x := func(s string) model.Extra { return model.Extra{"x-" + s: json.RawMessage(`{"k":[1,"two"]}`)} }
	r := &model.Roadmap{
		Format: model.Format, Version: model.Version, Name: "H2 growth",
		Start: "2026-07-01", AsOf: "2026-09-15",
		Calendar: &model.Calendar{Workdays: []string{"mon", "tue"}, Holidays: []model.Date{"2026-12-25"}, Extra: x("cal")},
		Lanes: []model.Lane{
			{ID: "paid", Name: "Paid", Color: "#d9480f", Extra: x("lane")},
			{ID: "content", Name: "Content"},
			{ID: "ai", Name: "AI tools"},
		},
		Surfaces: []model.Surface{{ID: "pricing-page", Name: "Pricing page", Kind: "page", Extra: x("s")}},
		Metrics:  []model.Metric{{ID: "signup-cr", Name: "Signup conversion", Unit: "%", Extra: x("m")}},
		Efforts: []model.Effort{
			{ID: "spring-ads", Lane: "paid", Title: "Spring ads", Start: "2026-07-06", End: "2026-07-31",
				Status: "planned", Owner: "Dana", Notes: "n",
				Touches: []model.Touch{{Surface: "pricing-page", Mode: "relies"}},
				Moves:   []model.Move{{Metric: "signup-cr", Direction: "up"}}, Extra: x("e")},
			{ID: "pricing-redesign", Lane: "content", Title: "Pricing page redesign", DurationDays: intp(20)},
			{ID: "seo-hub", Lane: "content", Title: "SEO hub", DurationDays: intp(0), Touches: []model.Touch{}},
		},
		Dependencies: []model.Dependency{{From: "pricing-redesign", To: "spring-ads", Type: "FS", LagDays: -2, Extra: x("d")}},
		Links:        []model.Link{{A: "spring-ads", B: "seo-hub", Kind: "reinforces", Note: "n", Extra: x("l")}},
		Decisions: []model.Decision{{ID: "d1", Date: "2026-07-02", Kind: "sequence",
			Efforts: []string{"pricing-redesign", "spring-ads"}, Title: "Redesign first", Rationale: "r", By: "Dana", Extra: x("dec")}},
		Rituals: []model.Ritual{{ID: "weekly", Name: "Weekly growth sync", Cadence: "weekly", Weekday: "monday",
			Lanes: []string{"paid", "content"}, Extra: x("r")}},
		Events: []model.Event{{Effort: "spring-ads", Date: "2026-07-10", Status: "blocked", BlockedBy: "pricing-redesign", Extra: x("ev")}},
		Extra:  x("roadmap"),
	}
	snap, err := r.Freeze("kickoff", "Kickoff", "2026-07-01")
	if err != nil {
		panic(err)
	}
	snap.Extra = x("snap")
	r.Snapshots = []model.Snapshot{snap}
	return r
}

// withLists returns a copy of r whose nil lists are empty, as Load returns them.
func withLists(r *model.Roadmap) *model.Roadmap {
	c := *r
	nz := func(p any) {
		v := reflect.ValueOf(p).Elem()
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
	}
	nz(&c.Lanes)
	nz(&c.Surfaces)
	nz(&c.Metrics)
	nz(&c.Efforts)
	nz(&c.Dependencies)
	nz(&c.Links)
	nz(&c.Decisions)
	nz(&c.Rituals)
	nz(&c.Events)
	return &c
}

func mustCreate(t testing.TB, s *Store, r *model.Roadmap) string {
	t.Helper()
	info, err := s.Create("", r)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return info.ID
}

func mustLoad(t testing.TB, s *Store, id string) *model.Roadmap {
	t.Helper()
	r, err := s.Load(id)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return r
}

func mustApply(t testing.TB, s *Store, id, label string, cs ...Change) {
	t.Helper()
	if err := s.Apply(id, label, cs...); err != nil {
		t.Fatalf("Apply %s: %v", label, err)
	}
}

func assertRoadmap(t testing.TB, got, want *model.Roadmap) {
	t.Helper()
	want = withLists(want)
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("roadmap differs\n got: %s\nwant: %s", g, w)
	}
}

// countKeys counts the live keys under prefix.
func countKeys(t testing.TB, s *Store, prefix []byte) int {
	t.Helper()
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
