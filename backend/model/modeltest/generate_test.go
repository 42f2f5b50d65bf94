package modeltest

import (
	"bytes"
	"testing"
)

func TestGenerateIsValidAndDeterministic(t *testing.T) {
	for _, n := range []int{1, 2, 7, 100, 5000} {
		r := Generate(n, 1)
		if len(r.Efforts) != n {
			t.Fatalf("Generate(%d) made %d efforts", n, len(r.Efforts))
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("Generate(%d) is invalid: %v", n, err)
		}
		a, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(n, 1).Marshal()
		if !bytes.Equal(a, b) {
			t.Errorf("Generate(%d, 1) differs between calls", n)
		}
		if c, _ := Generate(n, 2).Marshal(); n > 1 && bytes.Equal(a, c) {
			t.Errorf("the seed changes nothing")
		}
	}
}

// TestConfigCounts checks that a Config with other proportions (the store's
// tests use some) is valid and has what it asks for.
func TestConfigCounts(t *testing.T) {
	c := Config{Seed: 3, Lanes: 12, Efforts: 3000, Deps: 2000, Surfaces: 7, Metrics: 3, Links: 40, Decisions: 5, Events: 9}
	r := c.Roadmap()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(r.Lanes) != 12 || len(r.Surfaces) != 7 || len(r.Metrics) != 3 || len(r.Decisions) != 5 || len(r.Events) != 9 {
		t.Errorf("counts: %d lanes, %d surfaces, %d metrics, %d decisions, %d events",
			len(r.Lanes), len(r.Surfaces), len(r.Metrics), len(r.Decisions), len(r.Events))
	}
	if d := len(r.Dependencies); d < 1800 || d > 2000 {
		t.Errorf("%d dependencies for 2000 draws", d)
	}
	if l := len(r.Links); l < 35 || l > 40 {
		t.Errorf("%d links for 40 draws", l)
	}
	if r.Efforts[5].ID != EffortID(5) || r.Lanes[0].ID != "lane0" {
		t.Errorf("ids: %s, %s", r.Efforts[5].ID, r.Lanes[0].ID)
	}
	none := Config{Seed: 1, Efforts: 10, Lanes: 1}.Roadmap()
	if err := none.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(none.Dependencies)+len(none.Links)+len(none.Events)+len(none.Surfaces) != 0 {
		t.Errorf("zero counts gave lists")
	}
}

// TestShapeIsSparse checks the standard shape: about 2n dependencies, all
// forward and mostly to near efforts, 1-2 touches and 0-2 moves per effort,
// and surface and metric groups that stay small at any size.
func TestShapeIsSparse(t *testing.T) {
	for _, n := range []int{1000, 20000} {
		r := Generate(n, 1)
		at := map[string]int{}
		for i, e := range r.Efforts {
			at[e.ID] = i
		}
		near := 0
		for _, d := range r.Dependencies {
			f, to := at[d.From], at[d.To]
			if to <= f {
				t.Fatalf("n=%d: dependency %s -> %s goes backward", n, d.From, d.To)
			}
			if to-f <= 8 {
				near++
			}
		}
		if d := len(r.Dependencies); d < 18*n/10 || d > 2*n {
			t.Errorf("n=%d: %d dependencies", n, d)
		}
		if near < 9*len(r.Dependencies)/10 {
			t.Errorf("n=%d: only %d of %d dependencies to the next 8 efforts", n, near, len(r.Dependencies))
		}
		bySurface, byMetric := map[string]int{}, map[string]int{}
		moves := 0
		for _, e := range r.Efforts {
			if len(e.Touches) < 1 || len(e.Touches) > 2 || len(e.Moves) > 2 {
				t.Fatalf("n=%d: %s has %d touches and %d moves", n, e.ID, len(e.Touches), len(e.Moves))
			}
			for _, tc := range e.Touches {
				bySurface[tc.Surface]++
			}
			for _, m := range e.Moves {
				byMetric[m.Metric]++
			}
			moves += len(e.Moves)
		}
		if moves < 9*n/10 || moves > 11*n/10 {
			t.Errorf("n=%d: %d moves, want about n", n, moves)
		}
		for what, groups := range map[string]map[string]int{"surface": bySurface, "metric": byMetric} {
			for id, k := range groups {
				if k > 40 {
					t.Errorf("n=%d: %s %s has %d efforts", n, what, id, k)
				}
			}
		}
	}
}

func TestEffortID(t *testing.T) {
	seen := map[string]bool{}
	for i := range 100000 {
		id := EffortID(i)
		if len(id) != 9 || seen[id] {
			t.Fatalf("EffortID(%d) = %q", i, id)
		}
		seen[id] = true
	}
	if EffortID(1) < EffortID(0) == (EffortID(2) < EffortID(1)) {
		t.Errorf("the ids are in the efforts' order: %s %s %s", EffortID(0), EffortID(1), EffortID(2))
	}
}
