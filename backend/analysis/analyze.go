package analysis

import (
	"strings"
	"time"

	"tandem/backend/model"
)

// Options tune an analysis.
type Options struct {
	// Today is "now" when the roadmap has no asOf (SPEC §2). The zero
	// time means time.Now(). Only its calendar day in its location counts.
	Today time.Time
	// Checked, when not nil, is called once the analysis can no longer
	// fail (the schedule is made and within the years it may span, the
	// events' dates are read): from then on it returns its answer, not an
	// error. It is called on the analysis's goroutine, at most once,
	// and should return at once. The service starts the edit's durable
	// write there, beside the rest of the analysis.
	Checked func()
}

// today is Options.Today, or the clock's time when it is zero.
func (opt Options) today() time.Time {
	if opt.Today.IsZero() {
		return time.Now()
	}
	return opt.Today
}

// effortIDs lists the ids of r's efforts in file order, as slices of one
// string that holds them all, one after the other: the sorts and the
// writers read ids in any order, and a large roadmap's own id strings lie
// all over the heap (a cache miss each), where these lie together (1.4 MB
// for 200,000 efforts).
func effortIDs(r *model.Roadmap) []string {
	n := 0
	for i := range r.Efforts {
		n += len(r.Efforts[i].ID)
	}
	var all strings.Builder
	all.Grow(n)
	for i := range r.Efforts {
		all.WriteString(r.Efforts[i].ID)
	}
	s, ids := all.String(), make([]string, len(r.Efforts))
	for i := range r.Efforts {
		n := len(r.Efforts[i].ID)
		ids[i], s = s[:n], s[n:]
	}
	return ids
}

// Analyze computes every analysis of SPEC §3 for r in one call: the
// schedule and critical path, conflicts, reinforcement and coordination.
// r is expected to have passed model.Validate; Analyze does not repeat that
// validation: references it cannot resolve are left out. It fails with a
// *model.CycleError when the dependencies have a cycle, with a
// *model.ValidationError when the schedule runs outside the years
// model.MinYear..MaxYear (see CheckSchedule), and with a plain
// error naming the place when a date does not parse. r is not modified.
//
// Cost: O((n + E + T + M) log) time and linear memory for n efforts, E
// dependencies, T touches and M moves, plus the size of the answer (the
// conflicts and reinforcing pairs it lists). Nothing loops over all pairs.
func Analyze(r *model.Roadmap, opt Options) (*Result, error) {
	c, err := analyzeCompact(r, nil, opt, nil)
	if err != nil {
		return nil, err
	}
	return c.Result(), nil
}

// analyzeCompact computes every analysis of r (see Analyze), all but the
// rows of the four long lists; mx is r's model index, or nil. after, when
// not nil, is the analysis before an edit (see AnalyzeCompactAfter).
func analyzeCompact(r *model.Roadmap, mx *model.Index, opt Options, after *priorEdit) (*Compact, error) {
	var ids []string
	var prevCal *calendar // the calendar before the edit
	if after != nil {
		ids, prevCal = after.ids(r), after.prev.x.cal
	} else {
		ids = effortIDs(r)
	}
	kept := after.kept(r, ids) // what the edit left as it was, when known
	// The id sort on one core while the index is built on the other; then
	// the dependencies, touches and moves, which need only the first part
	// of the index, side by side.
	orderDone := make(chan *idOrder, 1)
	if kept != nil && kept.order != nil {
		orderDone <- kept.order
	} else {
		go func() { orderDone <- newIDOrder(ids) }()
	}
	x, err := newIndex(r, model.DateOf(opt.today()), ids, mx)
	if err != nil {
		<-orderDone
		return nil, err
	}
	var deps *depGraph
	if kept != nil {
		x.setRefs(kept)
		deps = kept.deps
	} else {
		together(x.n, func() { deps = newDepGraph(x) }, x.indexTouches, x.indexMoves)
	}
	// The schedule on one core; beside it what does not need it.
	out := &Compact{}
	res := &out.head
	c := &res.Coordination
	var s *schedule
	var acc *acceptances
	var links *linkAdj
	var order *idOrder
	var blockedErr error
	together(x.n,
		func() {
			if s, err = computeSchedule(x, deps); err == nil {
				err = checkYears(x, s)
			}
			if err == nil {
				x.cal.memoizeAfter(prevCal, s.first, max(0, s.finish))
			}
		},
		func() {
			links = newLinkAdj(x)
			if order = <-orderDone; order.lane == nil {
				order.setLanes(x)
			}
			blockedErr = blocked(x, c)
			acc = newAcceptances(x)
		},
	)
	if err != nil {
		return nil, err
	}
	if blockedErr != nil {
		return nil, blockedErr
	}
	if opt.Checked != nil { // no error past here
		opt.Checked()
	}
	var bySurface, byMetric *groups
	if kept != nil {
		bySurface, byMetric = kept.bySurface, kept.byMetric
	} else {
		together(x.n,
			func() { bySurface = x.bySurface() },
			func() { byMetric = x.byMetric() },
		)
	}

	// Every other part of the result is independent of the others: they
	// run together, and the long ones use every core inside. They only
	// read the shared state.
	res.Start = x.cal.date(0)
	res.Finish, res.DurationDays = finish(x, s)
	if len(s.order) == 0 && r.Start == "" && r.AsOf == "" {
		// Nothing dates an empty roadmap: no start, not today's date, so
		// that the same file always gives the same answer.
		res.Start, res.Finish = "", ""
	}
	h := &helps{x: x, s: s, deps: deps, links: links, byMetric: byMetric, bySurface: bySurface, order: order}
	// The pairs first, on every core, so that their working memory is
	// free before the conflicts take theirs.
	var changed []bool // when set, only these efforts' pairs and conflicts are found
	if after != nil {
		changed = after.rescheduled(x, s)
	}
	if changed != nil {
		out.pairs, out.pairFrom = h.pairsAfterEdit(after.prev, changed)
		out.pairFromPrev = len(after.prev.pairs)
		out.schedFrom = scheduleFrom(after.prev, x, s)
	} else {
		out.pairs = h.mutualPairs()
	}
	together(x.n,
		func() {
			out.opps = opportunityOrder(out.pairs)
			if out.pairFrom != nil {
				out.oppFrom = opportunitiesFrom(out.opps, out.pairFrom, after.prev.opps, len(after.prev.pairs))
			}
		},
		func() {
			if changed != nil {
				out.raw, out.conflictFrom = conflictsAfterEdit(x, s, deps, bySurface, byMetric, order, after.prev.raw, changed)
				out.conflictFromPrev = len(after.prev.raw)
			} else {
				out.raw = rawConflicts(x, s, deps, bySurface, byMetric, order)
			}
		},
		func() {
			if out.flywheelsKept = changed != nil && h.sameFlywheels(after.prev, changed); out.flywheelsKept {
				res.Flywheels = after.prev.head.Flywheels // the same edges: see sameFlywheels
			} else {
				res.Flywheels = h.flywheels()
			}
		},
		func() {
			res.Critical = criticalPath(x, s, order.rank)
			if after != nil { // they read no date
				res.SharedMetrics = after.prev.head.SharedMetrics
			} else {
				res.SharedMetrics = sharedMetrics(x, byMetric, order.rank)
			}
			out.live = liveList(x, len(s.order))
		},
	)
	out.x, out.s = rowIndex(x), s
	if after != nil { // only then: at a million efforts they weigh
		out.refs = refsOf(x, deps, order, bySurface, byMetric)
	}
	out.conf = conflictView{x: out.x, acc: acc}
	via := h.viaLists // a copy: a pointer into h would keep all of h alive
	out.pv = pairView{via: &via, byRank: order.byRank, laneOf: order.lane, laneIDs: x.laneIDs}
	c.Dependencies, c.CrossLaneDependencies = deps.count, deps.cross
	for i := range out.raw {
		k := &out.raw[i]
		if !out.conf.acc.accepted(k.a, k.b) {
			c.OpenConflicts++
			if x.lane[k.a] != x.lane[k.b] {
				c.CrossLaneConflicts++
			}
		}
	}
	c.Opportunities = len(out.opps)
	if res.Flywheels == nil {
		res.Flywheels = [][]string{}
	}
	if res.SharedMetrics == nil {
		res.SharedMetrics = []SharedMetric{}
	}
	return out, nil
}
