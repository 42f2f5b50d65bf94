package service

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"tandem/backend/store"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// TestSameIDs tells the edits that keep a roadmap's model index valid
// (another field of an effort or a dependency) from those that do not.
func TestSameIDs(t *testing.T) {
	base := modeltest.Generate(40, 3)
	cases := []struct {
		name string
		edit func(r *model.Roadmap)
		want bool
	}{
		{"nothing", func(r *model.Roadmap) {}, true},
		{"effort dates", func(r *model.Roadmap) { shift(&r.Efforts[5], 3) }, true},
		{"effort lane and touches", func(r *model.Roadmap) { r.Efforts[5].Lane = r.Lanes[1].ID; r.Efforts[5].Touches = nil }, true},
		{"dependency lag", func(r *model.Roadmap) { r.Dependencies[2].LagDays += 2 }, true},
		{"effort id", func(r *model.Roadmap) { r.Efforts[5].ID = "other" }, false},
		{"effort added", func(r *model.Roadmap) { r.Efforts = append(r.Efforts, model.Effort{ID: "new"}) }, false},
		{"efforts reordered", func(r *model.Roadmap) { r.Efforts[0], r.Efforts[1] = r.Efforts[1], r.Efforts[0] }, false},
		{"dependency end", func(r *model.Roadmap) { r.Dependencies[2].To = r.Efforts[30].ID }, false},
		{"dependency removed", func(r *model.Roadmap) { r.Dependencies = r.Dependencies[1:] }, false},
		{"lane id", func(r *model.Roadmap) { r.Lanes[0].ID = "x" }, false},
		{"lane added", func(r *model.Roadmap) { r.Lanes = append(r.Lanes, model.Lane{ID: "x"}) }, false},
		{"surface id", func(r *model.Roadmap) { r.Surfaces[0].ID = "x" }, false},
		{"metric removed", func(r *model.Roadmap) { r.Metrics = r.Metrics[1:] }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := base.Clone()
			c.edit(r)
			if got := sameIDs(base, r); got != c.want {
				t.Fatalf("sameIDs = %v, want %v", got, c.want)
			}
		})
	}
}

// TestEditReusesIndex checks that moving efforts keeps the model index of
// the roadmap before (no id is looked up again), and that over random edits
// of every kind the analysis kept is the one made from scratch, whether
// the index was kept or made anew.
func TestEditReusesIndex(t *testing.T) {
	svc, _ := newTestService(t)
	day := time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
	svc.now = func() time.Time { return day }
	file, err := modeltest.Generate(300, 5).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snap := must(t)(svc.ImportRoadmap("idx", "", string(file)))
	id := snap.Info.ID
	e := snap.Roadmap.Efforts[10]
	shift(&e, 1)
	snap = must(t)(svc.UpdateEffort(id, e))
	mx := svc.open[id].mx
	if mx == nil {
		t.Fatal("an edit kept no model index")
	}
	shift(&e, 1)
	snap = must(t)(svc.UpdateEffort(id, e))
	if svc.open[id].mx != mx {
		t.Fatal("moving an effort made a new model index; want the one before kept")
	}
	rng := rand.New(rand.NewPCG(11, 12))
	kept := 0
	for step := range 120 {
		before := svc.open[id].mx
		what, next, err := randomEdit(svc, snap, rng)
		if err != nil {
			continue
		}
		snap = next
		o := svc.open[id]
		if o.mx != nil && o.mx == before {
			kept++
		}
		if o.mx != nil && !indexDescribes(o.mx, o.r) {
			t.Fatalf("step %d (%s): the kept model index does not describe the roadmap", step, what)
		}
		want, err := analyze(o.r, day)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(o.res, want) {
			t.Fatalf("step %d (%s): the analysis kept differs from the one made from scratch", step, what)
		}
	}
	if kept < 20 {
		t.Fatalf("the index was kept by only %d edits", kept)
	}
}

// indexDescribes reports whether mx answers for r what a new index of r
// answers: the place of every effort id and the ends of every dependency.
func indexDescribes(mx *model.Index, r *model.Roadmap) bool {
	fresh := model.NewIndex(r)
	for _, e := range r.Efforts {
		if mx.Effort(e.ID) != fresh.Effort(e.ID) {
			return false
		}
	}
	return reflect.DeepEqual(mx.DependencyEnds(), fresh.DependencyEnds())
}

// TestChangedEfforts lists the efforts an edit updated, and nothing when it
// changed anything else, for the validation of those efforts alone.
func TestChangedEfforts(t *testing.T) {
	r := modeltest.Generate(30, 2)
	mx := model.NewIndex(r)
	put := func(i int) store.Change {
		return store.Change{Kind: store.KindEffort, Key: r.Efforts[i].ID, Value: r.Efforts[i]}
	}
	cases := []struct {
		name    string
		changes []store.Change
		want    []int
	}{
		{"one effort", []store.Change{put(4)}, []int{4}},
		{"three efforts", []store.Change{put(9), put(2), put(9)}, []int{9, 2, 9}},
		{"an effort deleted", []store.Change{put(4), {Kind: store.KindEffort, Key: r.Efforts[5].ID}}, nil},
		{"a new effort", []store.Change{{Kind: store.KindEffort, Key: "new", Value: model.Effort{ID: "new"}}}, nil},
		{"an event too", []store.Change{put(4), {Kind: store.KindEvent, Key: "e", Value: model.Event{}}}, nil},
		{"a lane", []store.Change{{Kind: store.KindLane, Key: r.Lanes[0].ID, Value: r.Lanes[0]}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := changedEfforts(c.changes, mx); !reflect.DeepEqual(got, c.want) {
				t.Fatalf("changedEfforts = %v, want %v", got, c.want)
			}
		})
	}
}

// TestEffortEditErrors checks that an edit of a valid roadmap's effort,
// whose validation checks that effort alone, is refused with the error a
// whole validation gives, and accepted when that one is nil.
func TestEffortEditErrors(t *testing.T) {
	svc, _ := newTestService(t)
	file, err := modeltest.Generate(200, 8).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snap := must(t)(svc.ImportRoadmap("errs", "", string(file)))
	id := snap.Info.ID
	edits := []func(e *model.Effort){
		func(e *model.Effort) { shift(e, 3) },
		func(e *model.Effort) { e.Lane = "nowhere" },
		func(e *model.Effort) { e.Start, e.End = "2026-07-10", "2026-07-01"; e.DurationDays = nil },
		func(e *model.Effort) { e.Touches = append(e.Touches, model.Touch{Surface: "none", Mode: "changes"}) },
		func(e *model.Effort) { e.Status = "finished" },
		func(e *model.Effort) { e.Title = "Renamed" },
	}
	for k := range 30 {
		o := svc.open[id]
		e := o.r.Efforts[(k*37)%len(o.r.Efforts)]
		edits[k%len(edits)](&e)
		whole := o.r.Clone()
		whole.Efforts[(k*37)%len(o.r.Efforts)] = e
		_, err := svc.UpdateEffort(id, e)
		want := whole.Validate()
		if k > 0 && !svc.open[id].valid {
			t.Fatal("the roadmap an edit validated is not marked valid")
		}
		if (err == nil) != (want == nil) || err != nil && !strings.Contains(err.Error(), want.Error()) {
			t.Fatalf("edit %d: error %v, want %v", k, err, want)
		}
	}
}
