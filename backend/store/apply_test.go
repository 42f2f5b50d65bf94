package store

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"tandem/backend/model"
)

// TestApplyEachKind puts a new entity, updates an existing one and deletes
// one of every kind, each as its own step, and checks Load after each.
func TestApplyEachKind(t *testing.T) {
	snapAdd, err := sample().Freeze("later", "Later", "2026-08-01")
	if err != nil {
		t.Fatal(err)
	}
	snapUpd := sample().Snapshots[0]
	snapUpd.Name, snapUpd.Extra = "Kickoff (renamed)", nil
	tests := []struct {
		kind   Kind
		add    any                            // a new entity
		update any                            // a changed version of the first existing one
		del    string                         // key of an existing one to delete
		edit   func(r *model.Roadmap, op int) // the same three edits on the expected roadmap
	}{
		{KindLane, model.Lane{ID: "new", Name: "New"}, &model.Lane{ID: "paid", Name: "Paid!", Color: "#000"}, "ai",
			func(r *model.Roadmap, op int) {
				editList(&r.Lanes, op, model.Lane{ID: "new", Name: "New"}, model.Lane{ID: "paid", Name: "Paid!", Color: "#000"}, 2)
			}},
		{KindSurface, model.Surface{ID: "s2"}, model.Surface{ID: "pricing-page", Name: "P"}, "pricing-page",
			func(r *model.Roadmap, op int) {
				editList(&r.Surfaces, op, model.Surface{ID: "s2"}, model.Surface{ID: "pricing-page", Name: "P"}, 0)
			}},
		{KindMetric, model.Metric{ID: "m2", Extra: model.Extra{"u": []byte(`1`)}}, model.Metric{ID: "signup-cr", Name: "CR"}, "signup-cr",
			func(r *model.Roadmap, op int) {
				editList(&r.Metrics, op, model.Metric{ID: "m2", Extra: model.Extra{"u": []byte(`1`)}}, model.Metric{ID: "signup-cr", Name: "CR"}, 0)
			}},
		{KindEffort, model.Effort{ID: "e4", Lane: "ai", DurationDays: intp(3)}, model.Effort{ID: "spring-ads", Lane: "paid", Status: "done"}, "seo-hub",
			func(r *model.Roadmap, op int) {
				editList(&r.Efforts, op, model.Effort{ID: "e4", Lane: "ai", DurationDays: intp(3)}, model.Effort{ID: "spring-ads", Lane: "paid", Status: "done"}, 2)
			}},
		{KindDependency, model.Dependency{From: "seo-hub", To: "spring-ads"}, model.Dependency{From: "pricing-redesign", To: "spring-ads", Type: "SS", LagDays: 3},
			"pricing-redesign\x1fspring-ads",
			func(r *model.Roadmap, op int) {
				editList(&r.Dependencies, op, model.Dependency{From: "seo-hub", To: "spring-ads"},
					model.Dependency{From: "pricing-redesign", To: "spring-ads", Type: "SS", LagDays: 3}, 0)
			}},
		{KindLink, model.Link{A: "seo-hub", B: "pricing-redesign", Kind: "conflicts"}, model.Link{A: "seo-hub", B: "spring-ads", Kind: "conflicts"},
			"seo-hub\x1fspring-ads",
			func(r *model.Roadmap, op int) {
				editList(&r.Links, op, model.Link{A: "seo-hub", B: "pricing-redesign", Kind: "conflicts"},
					model.Link{A: "seo-hub", B: "spring-ads", Kind: "conflicts"}, 0)
			}},
		{KindDecision, model.Decision{ID: "d2", Efforts: []string{"a"}}, model.Decision{ID: "d1", Kind: "kill"}, "d1",
			func(r *model.Roadmap, op int) {
				editList(&r.Decisions, op, model.Decision{ID: "d2", Efforts: []string{"a"}}, model.Decision{ID: "d1", Kind: "kill"}, 0)
			}},
		{KindRitual, model.Ritual{ID: "monthly", Cadence: "monthly"}, model.Ritual{ID: "weekly", Name: "Sync"}, "weekly",
			func(r *model.Roadmap, op int) {
				editList(&r.Rituals, op, model.Ritual{ID: "monthly", Cadence: "monthly"}, model.Ritual{ID: "weekly", Name: "Sync"}, 0)
			}},
		{KindEvent, model.Event{Effort: "seo-hub", Date: "2026-08-01", Status: "active"},
			model.Event{Effort: "spring-ads", Date: "2026-07-10", Status: "blocked", BlockedBy: "pricing-redesign", Extra: model.Extra{"n": []byte(`2`)}},
			"spring-ads\x1f2026-07-10\x1fblocked\x1fpricing-redesign",
			func(r *model.Roadmap, op int) {
				editList(&r.Events, op, model.Event{Effort: "seo-hub", Date: "2026-08-01", Status: "active"},
					model.Event{Effort: "spring-ads", Date: "2026-07-10", Status: "blocked", BlockedBy: "pricing-redesign", Extra: model.Extra{"n": []byte(`2`)}}, 0)
			}},
		{KindSnapshot, snapAdd, &snapUpd, "kickoff",
			func(r *model.Roadmap, op int) { editList(&r.Snapshots, op, snapAdd, snapUpd, 0) }},
	}
	s, dir := openTemp(t)
	parent := t // the reopened store must outlive each subtest
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			id := mustCreate(t, s, sample())
			want := sample()
			for op, c := range []Change{Put(tt.add), {Kind: tt.kind, Value: tt.update}, Del(tt.kind, tt.del)} {
				mustApply(t, s, id, "op", c)
				tt.edit(want, op)
				assertRoadmap(t, mustLoad(t, s, id), want)
			}
			s = reopen(parent, s, dir)
			assertRoadmap(t, mustLoad(t, s, id), want)
			for range 3 {
				if _, ok, err := s.Undo(id); !ok || err != nil {
					t.Fatalf("Undo = %v, %v", ok, err)
				}
			}
			assertRoadmap(t, mustLoad(t, s, id), sample())
		})
	}
}

// editList applies op 0 (append add), 1 (replace the element with update's
// key in place) or 2 (delete element del) to *xs.
func editList[T any](xs *[]T, op int, add, update T, del int) {
	switch op {
	case 0:
		*xs = append(*xs, add)
	case 1:
		k := KeyOf(update)
		i := slices.IndexFunc(*xs, func(x T) bool { return KeyOf(x) == k })
		(*xs)[i] = update
	case 2:
		*xs = slices.Delete(*xs, del, del+1)
	}
}

func TestApplyMeta(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	m := sample()
	m.Name, m.Start, m.Calendar, m.Extra = "Meta", "2026-08-01", nil, nil
	m.Lanes = nil // lists are ignored
	mustApply(t, s, id, "meta", Put(m))
	want := sample()
	want.Name, want.Start, want.Calendar, want.Extra = "Meta", "2026-08-01", nil, nil
	assertRoadmap(t, mustLoad(t, s, id), want)
	if list, _ := s.List(); list[0].Name != "Meta" {
		t.Fatalf("List name = %q", list[0].Name)
	}
	s.Undo(id)
	if list, _ := s.List(); list[0].Name != "H2 growth" {
		t.Fatalf("List name after undo = %q", list[0].Name)
	}
}

func TestApplyCountsAndOrder(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	mustApply(t, s, id, "step",
		Put(model.Lane{ID: "z"}), Put(model.Lane{ID: "a"}), // new lanes go last, in change order
		Put(model.Effort{ID: "x", Lane: "z"}),
		Del(KindEffort, "spring-ads"),
		Put(model.Lane{ID: "content", Name: "Content 2"}), // update keeps its place
	)
	r := mustLoad(t, s, id)
	var lanes []string
	for _, l := range r.Lanes {
		lanes = append(lanes, l.ID)
	}
	if !slices.Equal(lanes, []string{"paid", "content", "ai", "z", "a"}) || r.Lanes[1].Name != "Content 2" {
		t.Fatalf("lanes %v", r.Lanes)
	}
	list, _ := s.List()
	if list[0].Lanes != 5 || list[0].Efforts != 3 {
		t.Fatalf("counts %+v", list[0])
	}
	// Undo of a delete restores the entity at its old place.
	s.Undo(id)
	mustApply(t, s, id, "del+put", Del(KindLane, "paid"))
	s.Undo(id)
	if got := mustLoad(t, s, id).Lanes[0].ID; got != "paid" {
		t.Fatalf("first lane after undone delete = %q", got)
	}
}

func TestApplyErrorsWriteNothing(t *testing.T) {
	tests := []struct {
		name    string
		changes []Change
		want    error
	}{
		{"delete missing", []Change{Put(model.Lane{ID: "ok"}), Del(KindLane, "nope")}, ErrNotFound},
		{"unknown kind", []Change{Put(model.Lane{ID: "ok"}), Del("planet", "x")}, ErrInvalid},
		{"not an entity", []Change{Put("hello")}, ErrInvalid},
		{"kind mismatch", []Change{{Kind: KindEffort, Value: model.Lane{ID: "x"}}}, ErrInvalid},
		{"key mismatch", []Change{{Kind: KindLane, Key: "y", Value: model.Lane{ID: "x"}}}, ErrInvalid},
		{"delete meta", []Change{Del(KindMeta, "")}, ErrInvalid},
		{"nil pointer", []Change{Put((*model.Lane)(nil))}, ErrInvalid},
	}
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.Apply(id, "bad", tt.changes...); !errors.Is(err, tt.want) {
				t.Fatalf("Apply = %v, want %v", err, tt.want)
			}
			assertRoadmap(t, mustLoad(t, s, id), sample())
			if u, _, _ := s.History(id); u {
				t.Fatal("a failed Apply left an undo step")
			}
		})
	}
}

func TestApplyNoopIsNotAStep(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	mustApply(t, s, id, "same", Put(sample().Lanes[0]))
	mustApply(t, s, id, "nothing")
	mustApply(t, s, id, "add+remove", Put(model.Lane{ID: "tmp"}), Del(KindLane, "tmp"))
	if u, r, _ := s.History(id); u || r {
		t.Fatalf("History = %v %v, want no steps", u, r)
	}
}

func TestKeyOf(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{model.Lane{ID: "a"}, "a"},
		{&model.Effort{ID: "e"}, "e"},
		{model.Dependency{From: "b", To: "a"}, "b\x1fa"},
		{model.Link{A: "b", B: "a"}, "a\x1fb"},
		{model.Event{Effort: "e", Date: "2026-01-02", Status: "blocked", BlockedBy: "f"}, "e\x1f2026-01-02\x1fblocked\x1ff"},
		{&model.Roadmap{Name: "x"}, ""},
		{42, ""},
	}
	for _, tt := range tests {
		if got := KeyOf(tt.v); got != tt.want {
			t.Errorf("KeyOf(%#v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestApplyTooBig(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	var cs []Change
	for i := range 60000 {
		cs = append(cs, Put(model.Lane{ID: fmt.Sprintf("lane-%06d", i), Name: "a lane with a longish name"}))
	}
	if err := s.Apply(id, "huge", cs...); !errors.Is(err, ErrStepTooBig) {
		t.Fatalf("Apply of 60,000 lanes = %v, want ErrStepTooBig", err)
	}
	assertRoadmap(t, mustLoad(t, s, id), sample())
	mustApply(t, s, id, "big", cs[:5000]...)
	if n := len(mustLoad(t, s, id).Lanes); n != 5003 {
		t.Fatalf("%d lanes", n)
	}
	s.Undo(id)
	assertRoadmap(t, mustLoad(t, s, id), sample())
}

func TestConcurrentUse(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				if err := s.Apply(id, "c", Put(model.Lane{ID: fmt.Sprintf("w%d-%d", w, i)})); err != nil {
					t.Error(err)
					return
				}
				if _, err := s.Load(id); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	list, _ := s.List()
	if list[0].Lanes != 103 {
		t.Fatalf("lanes %d, want 103", list[0].Lanes)
	}
}

// TestApplyLastReorders moves entities to the end with Change.Last, which is
// how lanes are reordered, and undoes the move.
func TestApplyLastReorders(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	laneIDs := func() []string {
		var ids []string
		for _, l := range mustLoad(t, s, id).Lanes {
			ids = append(ids, l.ID)
		}
		return ids
	}
	before := laneIDs()
	r := mustLoad(t, s, id)
	// New order: the last lane first, the others after it.
	order := append([]model.Lane{r.Lanes[len(r.Lanes)-1]}, r.Lanes[:len(r.Lanes)-1]...)
	var cs []Change
	for _, l := range order {
		cs = append(cs, Change{Value: l, Last: true})
	}
	mustApply(t, s, id, "reorder", cs...)
	want := append([]string{before[len(before)-1]}, before[:len(before)-1]...)
	if got := laneIDs(); !slices.Equal(got, want) {
		t.Fatalf("lanes after reorder %v; want %v", got, want)
	}
	if _, ok, err := s.Undo(id); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	if got := laneIDs(); !slices.Equal(got, before) {
		t.Fatalf("lanes after undo %v; want %v", got, before)
	}
}
