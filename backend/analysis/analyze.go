package analysis

import (
	"time"

	"tandem/backend/model"
)

// Options tune an analysis.
type Options struct {
	// Today is "now" when the roadmap has no asOf (SPEC §2). The zero
	// time means time.Now(). Only its calendar day in its location counts.
	Today time.Time
}

// Analyze computes every analysis of SPEC §3 for r in one call: the
// schedule and critical path, conflicts, reinforcement and coordination.
// r is expected to have passed model.Validate; Analyze does not repeat that
// validation: references it cannot resolve are left out. It fails with a
// *model.CycleError when the dependencies have a cycle and with a plain
// error naming the place when a date does not parse. r is not modified.
//
// Cost: O((n + E + T + M) log) time and linear memory for n efforts, E
// dependencies, T touches and M moves, plus the size of the answer (the
// conflicts and reinforcing pairs it lists). Nothing loops over all pairs.
func Analyze(r *model.Roadmap, opt Options) (*Result, error) {
	today := opt.Today
	if today.IsZero() {
		today = time.Now()
	}
	ids := make([]string, len(r.Efforts))
	for i := range r.Efforts {
		ids[i] = r.Efforts[i].ID
	}
	orderDone := make(chan idOrder, 1)
	go func() { orderDone <- newIDOrder(ids) }()
	x, err := newIndex(r, model.DateOf(today), ids)
	if err != nil {
		<-orderDone
		return nil, err
	}
	// References: dependencies on the other core, touches and moves here.
	depsDone := make(chan *depGraph, 1)
	go func() { depsDone <- newDepGraph(x) }()
	x.indexTouches()
	x.indexMoves()
	deps := <-depsDone
	s, err := computeSchedule(x, deps)
	if err != nil {
		<-orderDone
		return nil, err
	}
	lo, hi := 0, s.finish
	for _, i := range s.order {
		lo = min(lo, s.es[i])
	}
	x.cal.memoize(lo, hi)
	bySurface, byMetric := x.bySurface(), x.byMetric()
	links := newLinkAdj(x)
	order := <-orderDone

	// Two independent halves, one per core: conflicts, the per-effort lists
	// and flywheels; and the reinforcing pairs. Both only read the shared
	// state (the dependency graph's reverse is built by mutualPairs alone).
	res := &Result{Start: x.cal.date(0)}
	res.Finish, res.DurationDays = finish(x, s)
	c := &res.Coordination
	var blockedErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		raw := surfaceConflicts(x, s, bySurface, nil)
		raw = sequenceConflicts(x, deps, s, raw)
		raw = metricConflicts(x, s, byMetric, raw)
		raw = declaredConflicts(x, s, raw)
		res.Conflicts = buildConflicts(x, order.rank, raw)
		res.Critical = criticalPath(x, s, order.rank)
		res.Schedule = scheduleRows(x, s)
		res.SharedMetrics = sharedMetrics(x, byMetric, order.rank)
		blockedErr = blocked(x, c)
		fw := &helps{x: x, s: s, deps: deps, links: links, byMetric: byMetric, bySurface: bySurface, order: order}
		res.Flywheels = fw.flywheels()
	}()
	h := &helps{x: x, s: s, deps: deps, links: links, byMetric: byMetric, bySurface: bySurface, order: order}
	pairs := h.mutualPairs()
	res.Reinforcing = h.reinforcingRows(pairs)
	res.Opportunities = h.opportunityRows(pairs)
	<-done
	if blockedErr != nil {
		return nil, blockedErr
	}
	c.Dependencies, c.CrossLaneDependencies = deps.count, deps.cross
	for i := range res.Conflicts {
		if k := &res.Conflicts[i]; !k.Accepted {
			c.OpenConflicts++
			if k.CrossLane {
				c.CrossLaneConflicts++
			}
		}
	}
	c.Opportunities = len(res.Opportunities)
	if res.Flywheels == nil {
		res.Flywheels = [][]string{}
	}
	if res.SharedMetrics == nil {
		res.SharedMetrics = []SharedMetric{}
	}
	return res, nil
}
