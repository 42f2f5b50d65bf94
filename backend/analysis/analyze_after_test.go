package analysis

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// TestAnalyzeAfterEdits: after each of a chain of random edits of effort
// dates and durations (one to three efforts, now and then the roadmap's
// earliest planned effort, which moves day 0 of a roadmap without a
// start), the analysis made after the
// edit from the one before (AnalyzeCompactAfter, ResultAfter) writes the
// bytes an analysis from scratch writes (ResultAfterThen's, once its rest
// returned, too), and ReinforcingFrom says truly
// where each row comes from (OpportunitiesFrom, ConflictsFrom and
// ScheduleFrom too).
func TestAnalyzeAfterEdits(t *testing.T) {
	opt := Options{Today: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)}
	for seed := uint64(1); seed <= 6; seed++ {
		r := modeltest.Generate(150+int(seed)*40, seed)
		if seed%2 == 1 {
			r.Start = "" // day 0 is the earliest date: moving that effort moves it
		}
		mx := model.NewIndex(r)
		prev, err := AnalyzeCompactIndexed(r, mx, opt)
		if err != nil {
			t.Fatal(err)
		}
		prevRes := prev.Result()
		rng := rand.New(rand.NewPCG(seed, 3))
		kept, keptConflicts, after := 0, 0, 0
		flywheels, flywheelsKept, flywheelsChanged := 0, 0, 0 // analyses with flywheels; of them kept; changed
		for step := range 80 {
			next := r.Clone()
			edited := editDates(next, rng)
			c, err := AnalyzeCompactAfter(next, mx, opt, prev, edited)
			if err != nil {
				continue // a schedule out of range: the service refuses the edit
			}
			res := c.ResultAfter(prevRes)
			want, err := Analyze(next, opt)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := marshal(t, res), marshal(t, want); !bytes.Equal(a, b) {
				t.Fatalf("seed %d step %d (edited %v): the analysis after the edit differs from scratch", seed, step, edited)
			}
			then, rest := c.ResultAfterThen(prevRes)
			rest()
			if !reflect.DeepEqual(then, res) {
				t.Fatalf("seed %d step %d: ResultAfterThen differs from ResultAfter", seed, step)
			}
			checkFrom(t, c.ReinforcingFrom(), prevRes.Reinforcing, res.Reinforcing, func(r *Reinforcing) [2]string { return r.Efforts })
			checkFrom(t, c.OpportunitiesFrom(), prevRes.Opportunities, res.Opportunities, func(o *Opportunity) [2]string { return o.Efforts })
			checkFrom(t, c.ScheduleFrom(), prevRes.Schedule, res.Schedule, func(s *Scheduled) [2]string { return [2]string{s.ID} })
			checkFrom(t, c.ConflictsFrom(), prevRes.Conflicts, res.Conflicts, func(c *Conflict) [2]string {
				return [2]string{c.Kind + " " + c.Surface + " " + c.Metric, c.Efforts[0] + " " + c.Efforts[1]}
			})
			if c.ReinforcingFrom() != nil {
				after++
			}
			if len(want.Flywheels) > 0 {
				flywheels++
			}
			if c.flywheelsKept {
				flywheelsKept++
			}
			if !reflect.DeepEqual(want.Flywheels, prevRes.Flywheels) {
				flywheelsChanged++
			}
			for _, j := range c.ReinforcingFrom() {
				if j >= 0 {
					kept++
				}
			}
			for _, j := range c.ConflictsFrom() {
				if j >= 0 {
					keptConflicts++
				}
			}
			r, prev, prevRes = next, c, res
		}
		t.Logf("seed %d: %d analyses with flywheels, %d kept them, %d changed them", seed, flywheels, flywheelsKept, flywheelsChanged)
		if kept == 0 || keptConflicts == 0 || after < 40 {
			t.Fatalf("seed %d: %d analyses of 80 kept pairs, %d rows and %d conflicts kept in all", seed, after, kept, keptConflicts)
		}
	}
}

// editDates changes the dates or duration of one to three efforts of r
// (one time in ten, the earliest planned start by a month, which moves
// day 0 when the roadmap has no start) and returns their places.
func editDates(r *model.Roadmap, rng *rand.Rand) []int {
	var edited []int
	for range 1 + rng.IntN(3) {
		i := rng.IntN(len(r.Efforts))
		if rng.IntN(10) == 0 {
			i = earliest(r)
		}
		e := &r.Efforts[i]
		switch rng.IntN(4) {
		case 0, 1: // move by -5..5 days (a month for the first effort)
			by := rng.IntN(11) - 5
			if i == earliest(r) {
				by = 30
			}
			e.Start, e.End = shiftDate(e.Start, by), shiftDate(e.End, by)
		case 2: // another duration, a milestone now and then
			d := rng.IntN(4) * rng.IntN(15)
			e.DurationDays, e.End = &d, ""
		default: // unplanned, or planned again
			if e.Start != "" {
				e.Start, e.End = "", ""
			} else {
				e.Start = model.Date("2027-02-0" + string(rune('1'+rng.IntN(9))))
			}
		}
		e.Title += "*"
		edited = append(edited, i)
	}
	return edited
}

func shiftDate(d model.Date, by int) model.Date {
	if d == "" {
		return d
	}
	n, err := model.ParseDate(d)
	if err != nil {
		panic(err)
	}
	return model.DateFromDays(n + by)
}

// checkFrom checks from (ReinforcingFrom, OpportunitiesFrom) against the
// rows before and after, told apart by key.
func checkFrom[T any](t *testing.T, from []int32, prev, next []T, key func(*T) [2]string) {
	t.Helper()
	if from == nil {
		return
	}
	if len(from) != len(next) {
		t.Fatalf("%d places for %d rows", len(from), len(next))
	}
	at := map[[2]string]int{}
	for j := range prev {
		at[key(&prev[j])] = j
	}
	for i, f := range from {
		j, ok := at[key(&next[i])]
		switch {
		case f >= 0 && !reflect.DeepEqual(prev[f], next[i]):
			t.Fatalf("row %d is not row %d before: %v, %v", i, f, next[i], prev[f])
		case f < -1 && (!ok || int(-2-f) != j):
			t.Fatalf("row %d: the row of the same efforts is %d (%v), not %d", i, j, ok, -2-f)
		case f == -1 && ok:
			t.Fatalf("row %d: row %d before has the same efforts", i, j)
		}
	}
}

// earliest returns the place of the effort of r planned to start first.
func earliest(r *model.Roadmap) int {
	first := 0
	for i, e := range r.Efforts {
		if e.Start != "" && (r.Efforts[first].Start == "" || e.Start < r.Efforts[first].Start) {
			first = i
		}
	}
	return first
}

// TestFlywheelsAfterEdits: on small roadmaps dense in surfaces (a dozen
// efforts within a month, two surfaces, two metrics, a done effort: a move
// of a day or two often adds or drops a helps edge, and with it a
// flywheel), after each of a chain of such moves the flywheels of the
// analysis made from the one before are those from scratch, whether
// sameFlywheels kept them or they were found again; both happen, and the
// flywheels change.
func TestFlywheelsAfterEdits(t *testing.T) {
	opt := Options{Today: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)}
	kept, changed := 0, 0
	for seed := uint64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		r := denseRoadmap(rng)
		mx := model.NewIndex(r)
		prev, err := AnalyzeCompactIndexed(r, mx, opt)
		if err != nil {
			t.Fatal(err)
		}
		for step := range 60 {
			next := r.Clone()
			i := rng.IntN(len(next.Efforts))
			e := &next.Efforts[i]
			by := 1 + rng.IntN(2)
			if rng.IntN(2) == 0 {
				by = -by
			}
			e.Start = shiftDate(e.Start, by)
			c, err := AnalyzeCompactAfter(next, mx, opt, prev, []int{i})
			if err != nil {
				t.Fatal(err)
			}
			want, err := Analyze(next, opt)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c.head.Flywheels, want.Flywheels) {
				t.Fatalf("seed %d step %d (kept %v): flywheels %v, from scratch %v", seed, step, c.flywheelsKept, c.head.Flywheels, want.Flywheels)
			}
			if c.flywheelsKept {
				kept++
			}
			if !reflect.DeepEqual(prev.head.Flywheels, want.Flywheels) {
				changed++
			}
			r, prev = next, c
		}
	}
	if kept < 100 || changed < 20 {
		t.Fatalf("%d analyses kept the flywheels, %d changed them", kept, changed)
	}
}

// denseRoadmap returns a roadmap of 12 planned efforts starting within a
// month, lasting 1-4 days, each touching one or two of two surfaces and
// two in three moving one of three metrics; no dependency; one effort done.
func denseRoadmap(rng *rand.Rand) *model.Roadmap {
	r := &model.Roadmap{Name: "dense", Start: "2027-01-04", Lanes: []model.Lane{{ID: "l0", Name: "L0"}, {ID: "l1", Name: "L1"}},
		Surfaces: []model.Surface{{ID: "s0", Name: "S0"}, {ID: "s1", Name: "S1"}},
		Metrics:  []model.Metric{{ID: "m0", Name: "M0"}, {ID: "m1", Name: "M1"}, {ID: "m2", Name: "M2"}}}
	modes, dirs := []string{model.ModeChanges, model.ModeRelies}, []string{model.DirectionUp, model.DirectionDown}
	for i := range 12 {
		d := 1 + rng.IntN(4)
		e := model.Effort{ID: fmt.Sprintf("e%02d", i), Lane: fmt.Sprintf("l%d", i%2), Title: "E",
			Start: shiftDate("2027-01-04", rng.IntN(30)), DurationDays: &d}
		for k := range 1 + rng.IntN(2) {
			e.Touches = append(e.Touches, model.Touch{Surface: fmt.Sprintf("s%d", k), Mode: modes[rng.IntN(2)]})
		}
		if rng.IntN(3) > 0 {
			e.Moves = []model.Move{{Metric: fmt.Sprintf("m%d", rng.IntN(3)), Direction: dirs[rng.IntN(2)]}}
		}
		if i == 5 {
			e.Status = model.StatusDone
		}
		r.Efforts = append(r.Efforts, e)
	}
	return r
}
