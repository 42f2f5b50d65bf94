package store

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// checkFixture is a store with the sample roadmap, two applied steps and
// one of them undone, so that the change log has a step to undo and one to
// redo.
func checkFixture(t *testing.T) (*Store, string) {
	t.Helper()
	s, _ := openTemp(t)
	rid := mustCreate(t, s, sample())
	e := model.Effort{ID: "launch", Lane: "paid", Title: "Launch", DurationDays: intp(3)}
	mustApply(t, s, rid, "Add launch", Put(&e))
	e.Title = "Launch day"
	mustApply(t, s, rid, "Rename launch", Put(&e))
	mustApply(t, s, rid, "Link launch", Put(&model.Dependency{From: "seo-hub", To: "launch", LagDays: 1}))
	if _, ok, err := s.Undo(rid); !ok || err != nil {
		t.Fatalf("Undo = %v, %v", ok, err)
	}
	return s, rid
}

// raw runs fn in one write transaction that bypasses the store's rules.
func raw(t *testing.T, s *Store, fn func(txn *badger.Txn) error) {
	t.Helper()
	if err := s.db.Update(fn); err != nil {
		t.Fatalf("raw write: %v", err)
	}
}

// editHeader rewrites the header of rid with fn applied.
func editHeader(t *testing.T, s *Store, rid string, fn func(h *header)) {
	raw(t, s, func(txn *badger.Txn) error {
		h, err := getHeader(txn, rid)
		if err != nil {
			return err
		}
		fn(&h)
		return putHeader(txn, rid, &h)
	})
}

// putRaw stores v (a model value) under (k, key) at position pos without
// logging a step or touching the header.
func putRaw(t *testing.T, s *Store, rid string, k Kind, key string, pos uint64, v any) {
	_, _, enc, ok := entityOf(v)
	if !ok {
		t.Fatalf("%T is no entity", v)
	}
	e := encoder{}
	e.uvarint(pos)
	enc(&e)
	raw(t, s, func(txn *badger.Txn) error { return txn.Set(entityKey(rid, k, key), e.b) })
}

// rawValue returns the stored value of (k, key).
func rawValue(t *testing.T, s *Store, rid string, k Kind, key string) []byte {
	var v []byte
	err := s.db.View(func(txn *badger.Txn) (err error) {
		v, err = getValue(txn, entityKey(rid, k, key))
		return err
	})
	if err != nil || v == nil {
		t.Fatalf("value of %s %s: %v, %v", k, key, v, err)
	}
	return v
}

func posOf(v []byte) uint64 { p, _ := binary.Uvarint(v); return p }

// withPos returns stored value v moved to position pos.
func withPos(v []byte, pos uint64) []byte {
	_, n := binary.Uvarint(v)
	return append(binary.AppendUvarint(nil, pos), v[n:]...)
}

func setRaw(t *testing.T, s *Store, key, v []byte) {
	raw(t, s, func(txn *badger.Txn) error { return txn.Set(key, v) })
}

func delRaw(t *testing.T, s *Store, key []byte) {
	raw(t, s, func(txn *badger.Txn) error { return txn.Delete(key) })
}

// TestCheckFindsEachClassOfDamage corrupts a healthy store in one way per
// case and expects Check to name it; the healthy store has no problem.
func TestCheckFindsEachClassOfDamage(t *testing.T) {
	cases := []struct {
		name    string
		corrupt func(t *testing.T, s *Store, rid string)
		want    string
	}{
		{"header counts an effort too many", func(t *testing.T, s *Store, rid string) {
			editHeader(t, s, rid, func(h *header) { h.efforts++ })
		}, "its header counts 5 efforts, but 4 are stored"},
		{"header counts a lane too few", func(t *testing.T, s *Store, rid string) {
			editHeader(t, s, rid, func(h *header) { h.lanes-- })
		}, "its header counts 2 lanes, but 3 are stored"},
		{"header name differs from the meta", func(t *testing.T, s *Store, rid string) {
			editHeader(t, s, rid, func(h *header) { h.name = "Other" })
		}, `its header names it "Other", but its meta entity "H2 growth"`},
		{"header damaged", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, headerKey(rid), []byte{0xff})
		}, "its header is damaged"},
		{"dependency to a missing effort", func(t *testing.T, s *Store, rid string) {
			d := model.Dependency{From: "seo-hub", To: "ghost", LagDays: 0}
			putRaw(t, s, rid, KindDependency, KeyOf(&d), 900, &d)
			editHeader(t, s, rid, func(h *header) { h.nextPos = 1000 })
		}, `"ghost"`},
		{"effort in a missing lane", func(t *testing.T, s *Store, rid string) {
			e := model.Effort{ID: "lost", Lane: "nowhere", Title: "Lost", DurationDays: intp(1)}
			putRaw(t, s, rid, KindEffort, "lost", 900, &e)
			editHeader(t, s, rid, func(h *header) { h.efforts++; h.nextPos = 1000 })
		}, `"nowhere"`},
		{"link to a missing effort", func(t *testing.T, s *Store, rid string) {
			l := model.Link{A: "seo-hub", B: "ghost", Kind: "conflicts"}
			putRaw(t, s, rid, KindLink, KeyOf(&l), 900, &l)
			editHeader(t, s, rid, func(h *header) { h.nextPos = 1000 })
		}, `"ghost"`},
		{"decision naming a missing effort", func(t *testing.T, s *Store, rid string) {
			d := model.Decision{ID: "d2", Date: "2026-07-03", Kind: "kill", Efforts: []string{"ghost"}, Title: "Kill it"}
			putRaw(t, s, rid, KindDecision, "d2", 900, &d)
			editHeader(t, s, rid, func(h *header) { h.nextPos = 1000 })
		}, `"ghost"`},
		{"two entities share a position", func(t *testing.T, s *Store, rid string) {
			p := posOf(rawValue(t, s, rid, KindEffort, "spring-ads"))
			v := rawValue(t, s, rid, KindEffort, "seo-hub")
			setRaw(t, s, entityKey(rid, KindEffort, "seo-hub"), withPos(v, p))
		}, "share position"},
		{"a position at or past the next free one", func(t *testing.T, s *Store, rid string) {
			v := rawValue(t, s, rid, KindLane, "ai")
			setRaw(t, s, entityKey(rid, KindLane, "ai"), withPos(v, 5000))
		}, `lane "ai" has position 5000, not below the next free position`},
		{"entity under another key", func(t *testing.T, s *Store, rid string) {
			v := rawValue(t, s, rid, KindLane, "ai")
			delRaw(t, s, entityKey(rid, KindLane, "ai"))
			setRaw(t, s, entityKey(rid, KindLane, "robots"), v)
		}, `lane "robots" holds the lane "ai"`},
		{"entity value damaged", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, entityKey(rid, KindEffort, "seo-hub"), []byte{1, 0xff, 0xff})
		}, `effort "seo-hub" is damaged`},
		{"entity of an unknown kind", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, entityKey(rid, "gadget", "x"), []byte{1})
		}, `gadget "x" is of an unknown kind`},
		{"meta entity missing", func(t *testing.T, s *Store, rid string) {
			delRaw(t, s, entityKey(rid, KindMeta, ""))
		}, "the meta entity) are missing"},
		{"undo cursor past the log", func(t *testing.T, s *Store, rid string) {
			editHeader(t, s, rid, func(h *header) { h.cursor = h.top + 1 })
		}, "undo cursor 4 is outside its change log [0, 3]"},
		{"undo step missing", func(t *testing.T, s *Store, rid string) {
			delRaw(t, s, undoKey(rid, 1))
		}, "undo step 1 is missing"},
		{"undo step left past the top", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, undoKey(rid, 7), (&step{label: "stray"}).encode())
		}, "undo step 7 lies outside its change log [0, 3)"},
		{"undo step damaged", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, undoKey(rid, 0), []byte{200})
		}, "undo step 0 is damaged"},
		{"undo step image of an unknown kind", func(t *testing.T, s *Store, rid string) {
			st := step{label: "odd", images: []image{{kind: "gadget", key: "x"}}}
			setRaw(t, s, undoKey(rid, 0), st.encode())
		}, `undo step 0 is damaged (unknown kind "gadget")`},
		{"state changed behind the undo log", func(t *testing.T, s *Store, rid string) {
			v := rawValue(t, s, rid, KindEffort, "launch")
			e := model.Effort{ID: "launch", Lane: "paid", Title: "Changed unlogged", DurationDays: intp(3)}
			putRaw(t, s, rid, KindEffort, "launch", posOf(v), &e)
		}, `undoing step 1 ("Rename launch") would not fit: effort "launch" is not as the step left it`},
		{"state changed behind the redo log", func(t *testing.T, s *Store, rid string) {
			d := model.Dependency{From: "seo-hub", To: "launch", LagDays: 1}
			putRaw(t, s, rid, KindDependency, KeyOf(&d), 900, &d)
			editHeader(t, s, rid, func(h *header) { h.nextPos = 1000 })
		}, `redoing step 2 ("Link launch") would not fit: dependency "seo-hub -> launch"`},
		{"pending marker left", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, pendingKey("old"), []byte("delete"))
			setRaw(t, s, entityKey("old", KindLane, "x"), []byte{1})
		}, `an import or delete of roadmap "old" was interrupted`},
		{"data without a header", func(t *testing.T, s *Store, rid string) {
			setRaw(t, s, entityKey("gone", KindLane, "x"), []byte{1})
		}, `data of roadmap "gone" is stored without its header`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, rid := checkFixture(t)
			if got := mustCheck(t, s); len(got) != 0 {
				t.Fatalf("healthy store: Check = %v, want no problem", got)
			}
			tc.corrupt(t, s, rid)
			got := mustCheck(t, s)
			if len(got) == 0 {
				t.Fatalf("Check found nothing, want %q", tc.want)
			}
			var all []string
			for _, p := range got {
				all = append(all, p.String())
			}
			if text := strings.Join(all, "\n"); !strings.Contains(text, tc.want) {
				t.Fatalf("Check =\n%s\nwant a problem containing %q", text, tc.want)
			}
		})
	}
}

// TestCheckAfterEveryKindOfStep runs Check on a store after creates,
// applies of every kind, deletes, undo and redo across a reopen: a healthy
// store never has a problem.
func TestCheckAfterEveryKindOfStep(t *testing.T) {
	s, dir := openTemp(t)
	rid := mustCreate(t, s, sample())
	other := mustCreate(t, s, sample())
	mustApply(t, s, rid, "Drop the link", Del(KindLink, pairKey("spring-ads", "seo-hub")))
	mustApply(t, s, rid, "Move lane last", Change{Value: &model.Lane{ID: "paid", Name: "Paid"}, Last: true})
	if err := s.Rename(rid, "Renamed"); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, _, err := s.Undo(rid); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Redo(rid); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(other); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir)
	if got := mustCheck(t, s); len(got) != 0 {
		t.Fatalf("Check = %v, want no problem", got)
	}
}

func mustCheck(t *testing.T, s *Store) []Problem {
	t.Helper()
	got, err := s.Check()
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return got
}
