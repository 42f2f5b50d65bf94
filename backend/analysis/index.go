package analysis

import (
	"fmt"

	"tandem/backend/model"
)

// Effort state flags.
const (
	flagKilled = 1 << iota // left out of every analysis
	flagDone               // keeps its dates, never critical, not active
	flagPlan               // has a planned start
)

// index is a roadmap mapped once to dense ints: effort i is r.Efforts[i];
// lanes, surfaces and metrics are numbered in file order (references to ids
// the file does not declare get the next numbers, so an unvalidated roadmap
// still analyses). Per-effort data lives in parallel slices and adjacency in
// CSR form (off[i]..off[i+1]), so that every analysis walks slices, not maps.
type index struct {
	r   *model.Roadmap
	n   int
	ids []string
	pos *idTable     // effort id -> i; nil when mx is given
	mx  *model.Index // r's model index when the caller has it (see AnalyzeCompactIndexed)

	flags []uint8
	lane  []int32
	dur   []int // duration in (working) days, >= 0
	plan  []int // planned start offset when flagPlan

	laneIDs  []string
	laneName []string

	surfaceIDs []string
	metricIDs  []string

	// touches of live efforts: surface and whether it changes it (else relies).
	tOff     []int32
	tSurface []int32
	tChanges []bool
	// moves of live efforts: metric and direction.
	mOff    []int32
	mMetric []int32
	mUp     []bool

	cal  *calendar
	asOf int // civil day number of asOf
}

// live reports whether effort i takes part in the analyses (not killed).
func (x *index) live(i int32) bool { return x.flags[i]&flagKilled == 0 }

// active reports whether effort i is active for helps and declared conflicts:
// neither killed nor done.
func (x *index) active(i int32) bool { return x.flags[i]&(flagKilled|flagDone) == 0 }

// newIndex maps the efforts of r to dense ints, parses every effort date
// once and builds the calendar; indexTouches and indexMoves complete it.
// ids[i] is r.Efforts[i].ID. Effort ids are looked up in mx, r's model
// index, when it is not nil; else an id table is built on another core
// meanwhile. It fails on a date it cannot parse (an error that leaves the
// table's goroutine to finish on its own).
// Cost: O(efforts) table operations.
func newIndex(r *model.Roadmap, today model.Date, ids []string, mx *model.Index) (*index, error) {
	n := len(r.Efforts)
	posDone := make(chan *idTable, 1)
	if mx == nil {
		go func() { posDone <- tableOf(ids) }() // on the other core, for the end
	} else {
		posDone <- nil
	}
	x := &index{
		r: r, n: n, mx: mx,
		ids:   ids,
		flags: make([]uint8, n),
		lane:  make([]int32, n),
		dur:   make([]int, n),
		plan:  make([]int, n),
	}
	laneOf := newIDTable(len(r.Lanes))
	for _, l := range r.Lanes {
		if _, added := laneOf.add(l.ID, -1); added {
			x.laneName = append(x.laneName, l.Name)
		}
	}
	// Pass 1: ids, lanes, status, civil dates.
	startDay := make([]int32, n) // civil days, year 0 to 9999: int32 holds them
	endDay := make([]int32, n)
	lo, hi := 0, 0
	haveDay := false
	for i := range r.Efforts {
		e := &r.Efforts[i]
		l, added := laneOf.add(e.Lane, -1)
		if added {
			x.laneName = append(x.laneName, e.Lane)
		}
		x.lane[i] = l
		switch e.Status {
		case model.StatusKilled:
			x.flags[i] |= flagKilled
			continue
		case model.StatusDone:
			x.flags[i] |= flagDone
		}
		if e.Start != "" {
			d, err := model.ParseDate(e.Start)
			if err != nil {
				return nil, fmt.Errorf("efforts[%d] (id %q).start: %v", i, e.ID, err)
			}
			startDay[i] = int32(d)
			x.flags[i] |= flagPlan
			if !haveDay || d < lo {
				lo = d
			}
			if !haveDay || d > hi {
				hi = d
			}
			haveDay = true
			if e.End != "" {
				d2, err := model.ParseDate(e.End)
				if err != nil {
					return nil, fmt.Errorf("efforts[%d] (id %q).end: %v", i, e.ID, err)
				}
				endDay[i] = int32(d2)
				hi = max(hi, d2)
			}
		}
	}
	asOf := r.AsOf
	if asOf == "" {
		asOf = today
	}
	d, err := model.ParseDate(asOf)
	if err != nil {
		return nil, fmt.Errorf("asOf: %v", err)
	}
	x.asOf = d
	origin := lo
	switch {
	case r.Start != "":
		if origin, err = model.ParseDate(r.Start); err != nil {
			return nil, fmt.Errorf("start: %v", err)
		}
	case !haveDay:
		origin = x.asOf
	}
	if !haveDay {
		lo, hi = origin, origin
	}
	x.laneIDs = laneOf.keys
	x.cal = newCalendar(r.Calendar, min(lo, origin, x.asOf), max(hi, origin, x.asOf), origin)
	// Pass 2: offsets and durations.
	for i := range r.Efforts {
		f := x.flags[i]
		if f&flagKilled != 0 {
			continue
		}
		e := &r.Efforts[i]
		switch {
		case f&flagPlan != 0 && e.End != "":
			x.dur[i] = x.cal.span(int(startDay[i]), int(endDay[i]))
		case e.DurationDays != nil:
			x.dur[i] = max(0, *e.DurationDays)
		}
		if f&flagPlan != 0 {
			x.plan[i] = x.cal.offset(int(startDay[i]))
		}
	}
	x.pos = <-posDone
	return x, nil
}

// effortOf returns the index of a live effort id, or -1 when the id is
// unknown or names a killed effort.
func (x *index) effortOf(id string) int32 { return x.liveOrNone(x.effortAt(id)) }

// effortAt returns the index of the effort id (killed or not), or -1.
func (x *index) effortAt(id string) int32 {
	if x.mx != nil {
		return int32(x.mx.Effort(id))
	}
	return x.pos.get(id)
}

// find is effortAt for an id that is likely listed close to effort hint
// (see idTable.near).
func (x *index) find(id string, hint int32) int32 {
	if x.mx != nil {
		return int32(x.mx.Effort(id))
	}
	return x.pos.near(id, hint)
}

// dependencyEnds returns the indexes of the two efforts each dependency
// joins (killed or not; -1 when unknown): the model index's when the caller
// gave one, else looked up with find (the predecessor once for a run of
// dependencies that share it, each end near the predecessor).
func (x *index) dependencyEnds() [][2]int32 {
	if x.mx != nil {
		return x.mx.DependencyEnds()
	}
	deps := x.r.Dependencies
	ends := make([][2]int32, len(deps))
	lastFrom, a := "", int32(-1)
	for k := range deps {
		d := &deps[k]
		if d.From != lastFrom || k == 0 {
			a, lastFrom = x.find(d.From, a), d.From
		}
		ends[k] = [2]int32{a, x.find(d.To, a)}
	}
	return ends
}

// liveOrNone returns i when it is a live effort, else -1.
func (x *index) liveOrNone(i int32) int32 {
	if i < 0 || x.flags[i]&flagKilled != 0 {
		return -1
	}
	return i
}
