package model_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// effortEdits change one effort's fields (never its id) of a valid
// roadmap, some into valid values and some not.
var effortEdits = []struct {
	name string
	edit func(r *model.Roadmap, e *model.Effort, rng *rand.Rand)
}{
	{"move", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		if d, err := model.ParseDate(e.Start); err == nil {
			e.Start = model.DateFromDays(d + rng.IntN(9) - 4)
		}
	}},
	{"start on a weekend", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Start = "2026-07-11" }},
	{"bad start", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Start = "2026-02-30" }},
	{"end before start", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Start, e.End = "2026-07-10", "2026-07-01" }},
	{"end without start", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Start, e.End = "", "2026-07-01" }},
	{"start alone", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Start, e.End, e.DurationDays = "2026-07-01", "", nil
	}},
	{"milestone", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { z := 0; e.End, e.DurationDays = "", &z }},
	{"negative duration", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { d := -3; e.End, e.DurationDays = "", &d }},
	{"duration disagrees", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		d := 500
		e.Start, e.End, e.DurationDays = "2026-07-01", "2026-07-10", &d
	}},
	{"other lane", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Lane = r.Lanes[rng.IntN(len(r.Lanes))].ID }},
	{"unknown lane", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Lane = "nowhere" }},
	{"no lane", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Lane = "" }},
	{"status", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Status = []string{model.StatusDone, model.StatusKilled, "finished", ""}[rng.IntN(4)]
	}},
	{"unknown surface", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Touches = append(e.Touches, model.Touch{Surface: "nothing", Mode: "changes"})
	}},
	{"bad mode", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Touches = append(e.Touches, model.Touch{Surface: r.Surfaces[0].ID, Mode: "uses"})
	}},
	{"unknown metric", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Moves = append(e.Moves, model.Move{Metric: "m?", Direction: "sideways"})
	}},
	{"long title", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) {
		e.Title = strings.Repeat("t", model.MaxTitleLength+1)
	}},
	{"notes", func(r *model.Roadmap, e *model.Effort, rng *rand.Rand) { e.Notes = "changed" }},
}

// TestValidateEfforts checks that validating only the changed efforts of
// a valid roadmap gives Validate's answer, each edit alone and a few at a
// time, repeats and any order included.
func TestValidateEfforts(t *testing.T) {
	base := modeltest.Generate(300, 4)
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	x := model.NewIndex(base)
	check := func(t *testing.T, r *model.Roadmap, which []int) {
		t.Helper()
		want, got := r.Validate(), r.ValidateEfforts(x, which)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ValidateEfforts(%v) = %v\nValidate() = %v", which, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range effortEdits {
		t.Run(c.name, func(t *testing.T) {
			for range 20 {
				r := base.Clone()
				i := rng.IntN(len(r.Efforts))
				c.edit(r, &r.Efforts[i], rng)
				check(t, r, []int{i})
			}
		})
	}
	t.Run("several", func(t *testing.T) {
		invalid := 0
		for range 300 {
			r := base.Clone()
			var which []int
			for range 1 + rng.IntN(4) {
				i := rng.IntN(len(r.Efforts))
				effortEdits[rng.IntN(len(effortEdits))].edit(r, &r.Efforts[i], rng)
				which = append(which, i, i)
			}
			rng.Shuffle(len(which), func(a, b int) { which[a], which[b] = which[b], which[a] })
			check(t, r, which)
			if r.Validate() != nil {
				invalid++
			}
		}
		if invalid < 50 || invalid > 290 {
			t.Fatalf("%d of 300 edits invalid: the edits do not test both answers", invalid)
		}
	})
}
