package service

import (
	"reflect"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// TestEditTakesSpareClone checks that an edit changes the clone prepared
// in the background after the call before, not the cached roadmap, and
// that a refused edit, which changed its spare, leaves no trace: a new
// spare is made and the next edit starts from the roadmap as stored.
func TestEditTakesSpareClone(t *testing.T) {
	svc, _ := newTestService(t)
	file, err := modeltest.Generate(120, 9).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snap := must(t)(svc.ImportRoadmap("spare", "", string(file)))
	id := snap.Info.ID
	steps := []struct {
		name  string
		edit  func(e *model.Effort)
		valid bool
	}{
		{"move", func(e *model.Effort) { shift(e, 2) }, true},
		{"unknown lane", func(e *model.Effort) { e.Lane = "no such lane" }, false},
		{"retitle", func(e *model.Effort) { e.Title = "Renamed" }, true},
		{"start alone", func(e *model.Effort) { e.End, e.DurationDays = "", nil }, false},
		{"move back", func(e *model.Effort) { shift(e, -2) }, true},
	}
	for _, step := range steps {
		before := svc.open[id]
		if before.spare == nil {
			t.Fatalf("%s: no spare clone under way after the call before", step.name)
		}
		spare, kept := before.spare, before.r.Clone()
		e := before.r.Efforts[7]
		step.edit(&e)
		next, err := svc.UpdateEffort(id, e)
		if (err == nil) != step.valid {
			t.Fatalf("%s: error %v, want valid %v", step.name, err, step.valid)
		}
		if before.spare == spare {
			t.Fatalf("%s: the edit did not take the spare clone", step.name)
		}
		if !reflect.DeepEqual(before.r, kept) {
			t.Fatalf("%s: the edit changed the cached roadmap", step.name)
		}
		if !step.valid {
			if svc.open[id] != before {
				t.Fatalf("%s: a refused edit replaced the cached roadmap", step.name)
			}
			continue
		}
		stored, err := svc.store.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fileOf(t, next), string(mustMarshal(t, stored))) {
			t.Fatalf("%s: the roadmap replied is not the one stored", step.name)
		}
	}
}

func mustMarshal(t *testing.T, r *model.Roadmap) []byte {
	t.Helper()
	b, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSpareCollects checks that the background work after a call ends
// with a garbage collection, so that the next edit starts with room on the
// heap instead of collecting while it runs.
func TestSpareCollects(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // only forced collections
	cases := []struct {
		name    string
		efforts int
		collect bool
	}{{"small", 50, true}, {"past spareUpTo", spareUpTo + 1, false}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &model.Roadmap{Efforts: make([]model.Effort, c.efforts)}
			o := &opened{r: r}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			before := ms.NumGC
			o.prepareSpare()
			if (o.spare != nil) != c.collect {
				t.Fatalf("spare under way: %v, want %v", o.spare != nil, c.collect)
			}
			if o.spare == nil {
				// No goroutine, so no collection of its own. (Counting the
				// process's collections here failed under load: a spare
				// of an earlier test's service may still be collecting.)
				return
			}
			<-o.spare
			deadline := time.Now().Add(10 * time.Second) // a loaded machine may not run the goroutine at once
			for {
				runtime.ReadMemStats(&ms)
				if ms.NumGC > before || time.Now().After(deadline) {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			if got := ms.NumGC > before; got != c.collect {
				t.Fatalf("collected: %v, want %v", got, c.collect)
			}
		})
	}
}

// TestSpareHurries: an edit that comes before the spare's delay is over
// gets the clone at once, not after the delay.
func TestSpareHurries(t *testing.T) {
	defer func(d time.Duration) { spareDelay = d }(spareDelay)
	spareDelay = time.Hour
	r := &model.Roadmap{Name: "r", Efforts: make([]model.Effort, 10)}
	o := &opened{r: r}
	o.prepareSpare()
	done := make(chan *model.Roadmap, 1)
	go func() { done <- o.takeSpare() }()
	select {
	case got := <-done:
		if got == r || got.Name != "r" || len(got.Efforts) != 10 {
			t.Fatalf("takeSpare gave %p (the roadmap is %p), %q with %d efforts; want a clone", got, r, got.Name, len(got.Efforts))
		}
		if o.spare != nil || o.hurry != nil {
			t.Fatal("the spare is still under way after it was taken")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("takeSpare waited for the spare's delay")
	}
}
