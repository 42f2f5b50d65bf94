package analysis

import "tandem/backend/model"

// ScheduleBound is what CheckSchedule needs to know of a roadmap without a
// calendar, a start or an asOf (as a CSV file gives), held in a few bytes
// an effort rather than as a model.Roadmap, so that a large import can
// check it while its efforts stream to the store: per effort (in the
// roadmap's order) its planned start and duration and whether it is done
// or killed; per dependency its two efforts and its lag.
type ScheduleBound struct {
	Plan  []int32 // planned start, a civil day (model.ParseDate), when Flags has BoundPlanned
	Dur   []int32 // duration in days: the larger of durationDays and start..end
	Flags []uint8 // BoundPlanned, BoundDone, BoundKilled

	From, To, Lag []int32 // dependencies: efforts by index, lag in days
}

// ScheduleBound's flags of an effort.
const (
	BoundPlanned uint8 = 1 << iota // has a planned start
	BoundDone                      // status done
	BoundKilled                    // status killed
)

// Add appends an effort with its planned start (ok false: none), its
// duration in days and its flags but BoundPlanned.
func (b *ScheduleBound) Add(plan int, planned bool, dur int, flags uint8) {
	if planned {
		flags |= BoundPlanned
	}
	b.Plan = append(b.Plan, int32(plan))
	b.Dur = append(b.Dur, int32(min(dur, 1<<30)))
	b.Flags = append(b.Flags, flags)
}

// Fits reports whether CheckSchedule surely passes on the roadmap b
// describes, today being "today" (a roadmap without planned starts begins
// then): true when no dependency cycle exists and a bound on every
// effort's end is within model.MaxDay. False says "maybe not", not "no":
// the caller then runs CheckSchedule on the whole roadmap to know, and to
// word its refusal. O(efforts + dependencies).
//
// The bound: an effort starts at its planned start (or the schedule's
// origin) or after the end of every predecessor plus its lag when
// positive, whatever the dependency's type (an SS, FF or SF constraint
// asks for less), and ends its duration later. Killed efforts, which the
// schedule leaves out, count as the others do, which only raises the bound;
// the origin, which the schedule takes from the live efforts' planned
// starts, is taken the same way (an earlier one would lower the bound).
// No effort starts before the origin (starts only move later from it), so
// the schedule's first day is the origin.
func (b *ScheduleBound) Fits(today model.Date) bool {
	n := len(b.Flags)
	origin, have := 0, false
	for i := range n {
		if b.Flags[i]&(BoundPlanned|BoundKilled) == BoundPlanned && (!have || int(b.Plan[i]) < origin) {
			origin, have = int(b.Plan[i]), true
		}
	}
	if !have {
		d, err := model.ParseDate(today)
		if err != nil {
			return false
		}
		origin = d
	}
	if origin < model.MinDay {
		return false
	}
	// Successors in CSR form, and each effort's count of predecessors.
	off := make([]int32, n+1)
	for _, u := range b.From {
		off[u+1]++
	}
	for i := range n {
		off[i+1] += off[i]
	}
	adj, lag := make([]int32, len(b.From)), make([]int32, len(b.From))
	next := append([]int32(nil), off[:n]...)
	indeg := make([]int32, n)
	for k, u := range b.From {
		adj[next[u]], lag[next[u]] = b.To[k], max(b.Lag[k], 0)
		next[u]++
		indeg[b.To[k]]++
	}
	next = nil
	// Kahn's order; es holds each effort's bound on its start (days from
	// the origin), final once the effort is taken.
	es := make([]int64, n)
	for i := range n {
		if b.Flags[i]&BoundPlanned != 0 {
			es[i] = max(0, int64(b.Plan[i])-int64(origin))
		}
	}
	limit := int64(model.MaxDay - origin)
	stack := make([]int32, 0, 64)
	for i := range n {
		if indeg[i] == 0 {
			stack = append(stack, int32(i))
		}
	}
	taken := 0
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		taken++
		ef := es[u] + int64(b.Dur[u])
		if ef > limit {
			return false
		}
		for k := off[u]; k < off[u+1]; k++ {
			v := adj[k]
			es[v] = max(es[v], ef+int64(lag[k]))
			if indeg[v]--; indeg[v] == 0 {
				stack = append(stack, v)
			}
		}
	}
	return taken == n // else a cycle: CheckSchedule's refusal
}
