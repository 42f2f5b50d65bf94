package store

import (
	"errors"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// big is large enough that Create commits several Badger batches.
var big = modeltest.Config{Seed: 7, Lanes: 8, Efforts: 20000, Deps: 30000, Surfaces: 20, Metrics: 10, Links: 50, Decisions: 10, Events: 100}

func TestCreateBigIsAllOrNothing(t *testing.T) {
	r := big.Roadmap()
	total := 0
	eachEntity(r, func(any) error { total++; return nil })
	tests := []struct {
		name  string
		after int  // entities written before the failure
		crash bool // the process "dies": no clean-up until the next Open
	}{
		{"fails early", 10, false},
		{"fails late", total - 5, false},
		{"crash mid-way", total / 2, true},
		{"crash at the end", total - 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := openTemp(t)
			keep := mustCreate(t, s, sample())
			s.hooks = testHooks{failCreateAfter: tt.after, crash: tt.crash}
			if _, err := s.Create("big", r); !errors.Is(err, errInjected) {
				t.Fatalf("Create = %v, want the injected failure", err)
			}
			if list, _ := s.List(); len(list) != 1 || list[0].ID != keep {
				t.Fatalf("List after failed Create = %+v", list)
			}
			left := countKeys(t, s, roadmapPre) - countKeys(t, s, dataPrefix(keep))
			if tt.crash && left == 0 {
				t.Fatal("crash simulation wrote nothing; the test proves nothing")
			}
			if !tt.crash && left != 0 {
				t.Fatalf("%d keys of the failed import remain", left)
			}
			s.hooks = testHooks{}
			s = reopen(t, s, dir)
			if n := countKeys(t, s, roadmapPre) - countKeys(t, s, dataPrefix(keep)); n != 0 {
				t.Fatalf("%d keys of the failed import remain after Open", n)
			}
			if n := countKeys(t, s, pendingPre); n != 0 {
				t.Fatalf("%d pending markers remain after Open", n)
			}
			assertRoadmap(t, mustLoad(t, s, keep), sample())
			id := mustCreate(t, s, r) // and the import works afterwards
			assertRoadmap(t, mustLoad(t, s, id), r)
		})
	}
}

func TestCreateHundredThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("large import")
	}
	s, dir := openTemp(t)
	r := modeltest.Config{Seed: 3, Lanes: 12, Efforts: 100000, Deps: 100000, Surfaces: 100, Metrics: 30}.Roadmap()
	info, err := s.Create("huge", r)
	if err != nil {
		t.Fatal(err)
	}
	if info.Efforts != 100000 {
		t.Fatalf("Info %+v", info)
	}
	s = reopen(t, s, dir)
	assertRoadmap(t, mustLoad(t, s, info.ID), withName(r, "huge"))
	mustApply(t, s, info.ID, "edit", Put(model.Effort{ID: modeltest.EffortID(5), Lane: "lane0"}))
	if err := s.Delete(info.ID); err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, roadmapPre); n != 0 {
		t.Fatalf("%d keys after Delete", n)
	}
}

func withName(r *model.Roadmap, name string) *model.Roadmap {
	c := *r
	c.Name = name
	return &c
}

func TestInterruptedDeleteFinishedByOpen(t *testing.T) {
	s, dir := openTemp(t)
	id := mustCreate(t, s, sample())
	mustApply(t, s, id, "edit", Put(model.Lane{ID: "x"}))
	// What Delete commits before it removes the entities; then "crash".
	err := s.update(func(txn *badger.Txn) error {
		if err := txn.Set(pendingKey(id), []byte("delete")); err != nil {
			return err
		}
		return txn.Delete(headerKey(id))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Load of a half-deleted roadmap = %v", err)
	}
	s = reopen(t, s, dir)
	if n := countKeys(t, s, roadmapPre) + countKeys(t, s, pendingPre); n != 0 {
		t.Fatalf("%d keys remain", n)
	}
}
