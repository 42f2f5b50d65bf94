package store

import (
	"errors"
	"testing"

	"tandem/backend/model"
)

// putAll puts r's entities but its meta into c with positions that leave
// gaps (3, 6, 9, ...) and come in an order other than the lists': every
// list but the efforts first, as a streamed import that learns its lanes
// last would. It returns the next free position.
func putAll(t *testing.T, c *Creation, r *model.Roadmap) uint64 {
	t.Helper()
	pos := map[any]uint64{}
	var next uint64 = 3
	eachEntity(r, func(v any) error {
		pos[v] = next
		next += 3
		return nil
	})
	var efforts []any
	err := eachEntity(r, func(v any) error {
		switch v.(type) {
		case *model.Roadmap:
			return nil
		case *model.Effort:
			efforts = append(efforts, v)
			return nil
		}
		return c.Put(pos[v], v)
	})
	for i := len(efforts) - 1; i >= 0 && err == nil; i-- {
		err = c.Put(pos[efforts[i]], efforts[i])
	}
	if err != nil {
		t.Fatal(err)
	}
	return next
}

func TestBeginCreateCommits(t *testing.T) {
	s, dir := openTemp(t)
	r := big.Roadmap()
	c, err := s.BeginCreate()
	if err != nil {
		t.Fatal(err)
	}
	next := putAll(t, c, r)
	info, err := c.Commit(withName(r, "streamed"), len(r.Lanes), len(r.Efforts), next)
	if err != nil {
		t.Fatal(err)
	}
	c.Abort() // a no-op after Commit
	if info.Name != "streamed" || info.Lanes != len(r.Lanes) || info.Efforts != len(r.Efforts) {
		t.Fatalf("Info %+v", info)
	}
	s = reopen(t, s, dir)
	assertRoadmap(t, mustLoad(t, s, info.ID), withName(r, "streamed"))
	// The next position is past every one put: an edit adds after them.
	mustApply(t, s, info.ID, "edit", Put(model.Lane{ID: "new-lane", Name: "New"}))
	got := mustLoad(t, s, info.ID)
	if l := got.Lanes[len(got.Lanes)-1]; l.ID != "new-lane" {
		t.Fatalf("the added lane is not last: %+v", got.Lanes)
	}
}

func TestBeginCreateIsAllOrNothing(t *testing.T) {
	r := big.Roadmap()
	total := 0 // entities but the meta, which Commit puts
	eachEntity(r, func(any) error { total++; return nil })
	total--
	for _, tt := range []struct {
		name  string
		hooks testHooks
		abort bool // the caller aborts (else a Put or Commit fails)
	}{
		{"aborted", testHooks{}, true},
		{"a put fails", testHooks{failCreateAfter: 100}, false},
		{"commit fails", testHooks{failCreateAfter: total}, false},
		{"crash mid-way", testHooks{failCreateAfter: total / 2, crash: true}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := openTemp(t)
			keep := mustCreate(t, s, sample())
			s.hooks = tt.hooks
			c, err := s.BeginCreate()
			if err != nil {
				t.Fatal(err)
			}
			if tt.abort {
				putAll(t, c, r)
				c.Abort()
			} else {
				err := func() error {
					var next uint64 = 1
					if err := eachEntity(r, func(v any) error {
						if _, meta := v.(*model.Roadmap); meta {
							return nil
						}
						next++
						return c.Put(next-1, v)
					}); err != nil {
						c.Abort()
						return err
					}
					_, err = c.Commit(r, len(r.Lanes), len(r.Efforts), next)
					return err
				}()
				if !errors.Is(err, errInjected) {
					t.Fatalf("got %v, want the injected failure", err)
				}
			}
			left := countKeys(t, s, roadmapPre) - countKeys(t, s, dataPrefix(keep))
			if tt.hooks.crash != (left != 0) {
				t.Fatalf("%d keys of the failed import remain (crash %v)", left, tt.hooks.crash)
			}
			if list, _ := s.List(); len(list) != 1 || list[0].ID != keep {
				t.Fatalf("List = %+v", list)
			}
			s.hooks = testHooks{}
			s = reopen(t, s, dir) // the store was let go: Close does not wait
			if n := countKeys(t, s, roadmapPre) - countKeys(t, s, dataPrefix(keep)); n != 0 {
				t.Fatalf("%d keys remain after Open", n)
			}
			if n := countKeys(t, s, pendingPre); n != 0 {
				t.Fatalf("%d pending markers remain after Open", n)
			}
			assertRoadmap(t, mustLoad(t, s, keep), sample())
		})
	}
}
