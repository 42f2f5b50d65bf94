package store

import (
	"errors"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

func TestCreateLoadRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   *model.Roadmap
		want *model.Roadmap
	}{
		{"sample with Extra everywhere", sample(), sample()},
		{"nil roadmap", nil, &model.Roadmap{Format: model.Format, Version: model.Version}},
		{"empty lists", &model.Roadmap{Name: "e", Lanes: []model.Lane{}}, &model.Roadmap{Name: "e"}},
		{"nil vs empty inner slices", &model.Roadmap{Name: "n", Decisions: []model.Decision{
			{ID: "a", Efforts: nil}, {ID: "b", Efforts: []string{}}}}, nil},
	}
	s, dir := openTemp(t)
	var ids []string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = tt.in
			}
			id := mustCreate(t, s, tt.in)
			ids = append(ids, id)
			assertRoadmap(t, mustLoad(t, s, id), want)
		})
	}
	s = reopen(t, s, dir)
	for i, tt := range tests {
		want := tt.want
		if want == nil {
			want = tt.in
		}
		assertRoadmap(t, mustLoad(t, s, ids[i]), want)
	}
}

func TestCreateNameAndInfo(t *testing.T) {
	s, _ := openTemp(t)
	at := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return at }
	r := sample()
	info, err := s.Create("Imported", r)
	if err != nil {
		t.Fatal(err)
	}
	want := Info{ID: info.ID, Name: "Imported", Lanes: 3, Efforts: 3, UpdatedAt: at}
	if info != want {
		t.Fatalf("Create info = %+v, want %+v", info, want)
	}
	if r.Name != "H2 growth" {
		t.Fatalf("Create modified its argument: name %q", r.Name)
	}
	if got := mustLoad(t, s, info.ID).Name; got != "Imported" {
		t.Fatalf("loaded name %q", got)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0] != want {
		t.Fatalf("List = %+v, %v; want [%+v]", list, err, want)
	}
}

func TestCreateRejectsDuplicateKeys(t *testing.T) {
	tests := []struct {
		name string
		r    *model.Roadmap
	}{
		{"lane", &model.Roadmap{Lanes: []model.Lane{{ID: "a"}, {ID: "a"}}}},
		{"effort", &model.Roadmap{Efforts: []model.Effort{{ID: "a"}, {ID: "b"}, {ID: "a"}}}},
		{"dependency", &model.Roadmap{Dependencies: []model.Dependency{{From: "a", To: "b"}, {From: "a", To: "b", Type: "SS"}}}},
		{"link either way", &model.Roadmap{Links: []model.Link{{A: "a", B: "b"}, {A: "b", B: "a"}}}},
		{"event", &model.Roadmap{Events: []model.Event{{Effort: "a", Date: "2026-01-01", Status: "done"}, {Effort: "a", Date: "2026-01-01", Status: "done"}}}},
	}
	s, _ := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Create("dup", tt.r); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Create = %v, want ErrInvalid", err)
			}
		})
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("List after failed creates = %+v", list)
	}
	if n := countKeys(t, s, roadmapPre) + countKeys(t, s, pendingPre); n != 0 {
		t.Fatalf("%d keys left behind", n)
	}
}

func TestListSorted(t *testing.T) {
	s, _ := openTemp(t)
	for _, name := range []string{"beta", "Alpha", "alpha", "Gamma", "beta"} {
		if _, err := s.Create(name, nil); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, in := range list {
		names = append(names, in.Name)
		if i > 0 && in.Name == list[i-1].Name && in.ID < list[i-1].ID {
			t.Fatalf("equal names not ordered by id: %+v", list)
		}
	}
	want := []string{"Alpha", "alpha", "beta", "beta", "Gamma"}
	if len(names) != len(want) {
		t.Fatalf("names %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("names %v, want %v", names, want)
		}
	}
}

func TestRenameDelete(t *testing.T) {
	s, dir := openTemp(t)
	keep := mustCreate(t, s, sample())
	id := mustCreate(t, s, sample())
	if err := s.Rename(id, "Renamed"); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, s, id).Name; got != "Renamed" {
		t.Fatalf("name after Rename = %q", got)
	}
	list, _ := s.List()
	if len(list) != 2 || list[0].Name != "H2 growth" || list[1].Name != "Renamed" {
		t.Fatalf("List = %+v", list)
	}
	if label, ok, err := s.Undo(id); err != nil || !ok || label != "Rename roadmap" {
		t.Fatalf("Undo rename = %q %v %v", label, ok, err)
	}
	if got := mustLoad(t, s, id).Name; got != "H2 growth" {
		t.Fatalf("name after undo = %q", got)
	}
	mustApply(t, s, id, "edit", Put(model.Lane{ID: "x", Name: "X"}))
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir)
	for name, err := range map[string]error{
		"Load":   func() error { _, err := s.Load(id); return err }(),
		"Rename": s.Rename(id, "x"),
		"Delete": s.Delete(id),
		"Apply":  s.Apply(id, "x", Put(model.Lane{ID: "y"})),
		"Undo":   func() error { _, _, err := s.Undo(id); return err }(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s of deleted roadmap = %v, want ErrNotFound", name, err)
		}
	}
	if n := countKeys(t, s, dataPrefix(id)); n != 0 {
		t.Fatalf("%d keys of the deleted roadmap remain", n)
	}
	assertRoadmap(t, mustLoad(t, s, keep), sample())
	for _, bad := range []string{"", "../x", "a/b", "r/" + keep} {
		if _, err := s.Load(bad); !errors.Is(err, ErrNotFound) {
			t.Errorf("Load(%q) = %v, want ErrNotFound", bad, err)
		}
	}
}

func TestSettings(t *testing.T) {
	s, dir := openTemp(t)
	if v, err := s.Meta("lastOpened"); v != "" || err != nil {
		t.Fatalf("unset setting = %q, %v", v, err)
	}
	if err := s.SetMeta("lastOpened", "abc"); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir)
	if v, _ := s.Meta("lastOpened"); v != "abc" {
		t.Fatalf("setting after reopen = %q", v)
	}
	if err := s.SetMeta("lastOpened", ""); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Meta("lastOpened"); v != "" {
		t.Fatalf("cleared setting = %q", v)
	}
}

func TestClosed(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close = %v", err)
	}
	if _, err := s.List(); !errors.Is(err, ErrClosed) {
		t.Fatalf("List after Close = %v", err)
	}
}

// TestSetMetaSameValueWritesNothing: setting a setting to the value it has
// commits nothing (no change counted, so no synced write), while a new
// value and a removal each do.
func TestSetMetaSameValueWritesNothing(t *testing.T) {
	s, _ := openTemp(t)
	changes := func() uint64 {
		t.Helper()
		var n uint64
		if err := s.db.View(func(txn *badger.Txn) (err error) { n, err = readChanges(txn); return err }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	steps := []struct {
		value string
		adds  uint64
	}{{"abc", 1}, {"abc", 0}, {"abc", 0}, {"def", 1}, {"", 1}, {"", 0}}
	for i, st := range steps {
		before := changes()
		if err := s.SetMeta("lastOpened", st.value); err != nil {
			t.Fatal(err)
		}
		if got := changes() - before; got != st.adds {
			t.Errorf("step %d, SetMeta(%q): %d commits, want %d", i, st.value, got, st.adds)
		}
		if v, _ := s.Meta("lastOpened"); v != st.value {
			t.Errorf("step %d: Meta = %q, want %q", i, v, st.value)
		}
	}
}
