package service

import (
	"math/rand/v2"
	"reflect"
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
