package analysis

import (
	"bytes"
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
// bytes an analysis from scratch writes, and ReinforcingFrom says truly
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
			checkFrom(t, c.ReinforcingFrom(), prevRes.Reinforcing, res.Reinforcing, func(r *Reinforcing) [2]string { return r.Efforts })
			checkFrom(t, c.OpportunitiesFrom(), prevRes.Opportunities, res.Opportunities, func(o *Opportunity) [2]string { return o.Efforts })
			checkFrom(t, c.ScheduleFrom(), prevRes.Schedule, res.Schedule, func(s *Scheduled) [2]string { return [2]string{s.ID} })
			checkFrom(t, c.ConflictsFrom(), prevRes.Conflicts, res.Conflicts, func(c *Conflict) [2]string {
				return [2]string{c.Kind + " " + c.Surface + " " + c.Metric, c.Efforts[0] + " " + c.Efforts[1]}
			})
			if c.ReinforcingFrom() != nil {
				after++
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
