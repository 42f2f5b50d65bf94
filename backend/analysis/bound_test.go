package analysis

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"tandem/backend/model"
)

// boundEffort is one effort of a boundCase: its planned start ("" none),
// duration and status.
type boundEffort struct {
	start  model.Date
	dur    int
	status string
}

// boundDep is a dependency between efforts by index.
type boundDep struct {
	from, to int
	typ      string
	lag      int
}

// boundOf returns the roadmap (no calendar, start or asOf, as from CSV) and
// the ScheduleBound of efforts and deps.
func boundOf(efforts []boundEffort, deps []boundDep) (*model.Roadmap, *ScheduleBound) {
	r := model.New("bound")
	r.Lanes = []model.Lane{{ID: "l", Name: "L"}}
	b := &ScheduleBound{}
	for i, e := range efforts {
		dur := e.dur
		r.Efforts = append(r.Efforts, model.Effort{ID: fmt.Sprint("e", i), Lane: "l", Start: e.start, DurationDays: &dur, Status: e.status})
		plan, err := model.ParseDate(e.start)
		var flags uint8
		switch e.status {
		case model.StatusDone:
			flags = BoundDone
		case model.StatusKilled:
			flags = BoundKilled
		}
		b.Add(plan, err == nil, dur, flags)
	}
	for _, d := range deps {
		r.Dependencies = append(r.Dependencies, model.Dependency{From: fmt.Sprint("e", d.from), To: fmt.Sprint("e", d.to), Type: d.typ, LagDays: d.lag})
		b.From, b.To, b.Lag = append(b.From, int32(d.from)), append(b.To, int32(d.to)), append(b.Lag, int32(d.lag))
	}
	return r, b
}

// TestScheduleBoundFits: Fits is true only when CheckSchedule passes, and
// true on the usual roadmap.
func TestScheduleBoundFits(t *testing.T) {
	today := model.DateOf(fixedToday)
	long := model.MaxDays
	tests := []struct {
		name    string
		efforts []boundEffort
		deps    []boundDep
		want    bool
	}{
		{"a chain", []boundEffort{{"2027-01-04", 5, ""}, {"", 3, ""}, {"", 2, model.StatusDone}}, []boundDep{{0, 1, "FS", 2}, {1, 2, "SS", -1}}, true},
		{"no planned start: today", []boundEffort{{"", 10, ""}, {"", 10, ""}}, []boundDep{{0, 1, "FF", 0}}, true},
		{"a cycle", []boundEffort{{"", 1, ""}, {"", 1, ""}, {"", 1, ""}}, []boundDep{{0, 1, "FS", 0}, {1, 2, "FS", 0}, {2, 0, "FS", 0}}, false},
		{"past 9999", []boundEffort{{"9990-01-01", long, ""}}, nil, false},
		{"a chain past 9999", []boundEffort{{"9800-01-01", long, ""}, {"", long, ""}}, []boundDep{{0, 1, "FS", 0}}, false},
		// The origin is the live efforts' earliest start: a killed effort's
		// earlier one would start e1 in year 1000, not 9900.
		{"a killed effort's start", []boundEffort{{"1000-01-01", 1, model.StatusKilled}, {"9900-01-01", 1, ""}, {"", long, ""}}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, b := boundOf(tc.efforts, tc.deps)
			if err := r.Validate(); err != nil && tc.name != "a cycle" {
				t.Fatalf("the roadmap should be valid: %v", err)
			}
			check := CheckSchedule(r, Options{Today: fixedToday})
			if got := b.Fits(today); got != tc.want || got && check != nil {
				t.Fatalf("Fits = %v, want %v (CheckSchedule: %v)", got, tc.want, check)
			}
			if !tc.want && check == nil {
				t.Fatal("CheckSchedule passes: the case tests nothing")
			}
		})
	}
}

// TestScheduleBoundNeverFitsWhatCheckScheduleRefuses, on random roadmaps
// whose schedules end around 9999.
func TestScheduleBoundNeverFitsWhatCheckScheduleRefuses(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	today := model.DateOf(fixedToday)
	types := []string{"FS", "SS", "FF", "SF"}
	statuses := []string{"", model.StatusDone, model.StatusKilled, model.StatusActive}
	fits, refused := 0, 0
	for range 3000 {
		n := 1 + rng.IntN(12)
		efforts := make([]boundEffort, n)
		for i := range efforts {
			efforts[i] = boundEffort{dur: rng.IntN(model.MaxDays + 1), status: statuses[rng.IntN(len(statuses))]}
			if rng.IntN(3) == 0 {
				efforts[i].start = model.DateFromDays(model.MaxDay - rng.IntN(4*model.MaxDays))
			}
		}
		var deps []boundDep
		seen := map[[2]int]bool{}
		for range rng.IntN(2 * n) {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b || seen[[2]int{a, b}] || seen[[2]int{b, a}] {
				continue
			}
			if rng.IntN(10) > 0 && a > b {
				a, b = b, a // mostly forward; a few make cycles
			}
			seen[[2]int{a, b}] = true
			deps = append(deps, boundDep{a, b, types[rng.IntN(4)], rng.IntN(2*model.MaxDays+1) - model.MaxDays})
		}
		r, b := boundOf(efforts, deps)
		check := CheckSchedule(r, Options{Today: fixedToday})
		if b.Fits(today) {
			fits++
			if check != nil {
				t.Fatalf("Fits, but CheckSchedule: %v\n%+v\n%+v", check, efforts, deps)
			}
		} else if check != nil {
			refused++
		}
	}
	if fits < 100 || refused < 100 {
		t.Fatalf("%d fit, %d refused: the cases test too little", fits, refused)
	}
}
