package analysis

import (
	"io"

	"tandem/backend/model"
)

// Compact is a whole analysis (SPEC §3) whose four long lists, the
// schedule, the conflicts, the reinforcing pairs and the opportunities,
// are kept as indexes (a few ints a row) and made into rows only when they
// are read: all at once by Result, a block at a time by WriteJSON and
// WriteText. At a million efforts the rows of a Result take about 650 MB,
// a Compact about a quarter of that. Its writers write the bytes WriteJSON
// and WriteText write for its Result. A Compact reads the roadmap it was
// made from: the roadmap must not change while the Compact is in use.
type Compact struct {
	head Result // all but the four long lists, which stay nil

	x     *index    // only what the rows read (see rowIndex)
	refs  *refs     // the touches and moves when AnalyzeCompactAfter made it, for the next
	s     *schedule // es, ef, ls, lf
	live  []int32   // the live efforts in file order, nil when all are
	raw   []rawConflict
	conf  conflictView
	pairs []pair
	opps  []int32 // indexes of the opportunities in pairs, in order
	// pairFrom and oppFrom, when the pairs were kept from the analysis
	// before an edit, are ReinforcingFrom and OpportunitiesFrom;
	// pairFromPrev is how many pairs that one had. conflictFrom and
	// conflictFromPrev are the same for the conflicts.
	pairFrom, oppFrom []int32
	pairFromPrev      int
	conflictFrom      []int32
	conflictFromPrev  int
	schedFrom         []int32 // ScheduleFrom
	flywheelsKept     bool    // the flywheels are the ones of the analysis before (sameFlywheels)
	pv                pairView
}

// AnalyzeCompact is Analyze returning a Compact: the same analysis, errors
// and cost, without the rows.
func AnalyzeCompact(r *model.Roadmap, opt Options) (*Compact, error) {
	return analyzeCompact(r, nil, opt, nil)
}

// AnalyzeCompactIndexed is AnalyzeCompact with mx, r's model index (made
// by model.LoadIndexed as r was read, or by model.NewIndex): the analysis
// then looks up no effort id of its own, and reads the dependencies' ends
// from mx. The same answer as AnalyzeCompact for a valid roadmap; mx must
// describe r as it is now. A nil mx is AnalyzeCompact.
func AnalyzeCompactIndexed(r *model.Roadmap, mx *model.Index, opt Options) (*Compact, error) {
	return analyzeCompact(r, mx, opt, nil)
}

// AnalyzeCompactAfter is AnalyzeCompactIndexed for r after an edit of the
// roadmap prev analysed that changed only the efforts at places edited
// (any field but their id, lane, status, touches and moves) and nothing
// else: the same answer, with the reinforcing pairs of the efforts the
// edit did not reschedule kept from prev (see ReinforcingFrom), and
// prev's touches, moves and shared metrics, which read no date. prev is
// read, not changed, and may be used again. The answer shares prev's effort ids and
// dates (the same strings), which makes comparing their rows quick.
func AnalyzeCompactAfter(r *model.Roadmap, mx *model.Index, opt Options, prev *Compact, edited []int) (*Compact, error) {
	return analyzeCompact(r, mx, opt, &priorEdit{prev: prev, edited: edited})
}

// ReinforcingFrom tells, for each reinforcing row of c, where the same
// row is in prev.Result().Reinforcing, prev being the analysis
// AnalyzeCompactAfter made c from: from[i] = j when row i is row j of
// prev; -2-j when row j of prev has the same efforts but the row was made
// anew (it may differ); -1 when prev has no row of these efforts. It is
// nil when c was made from scratch.
func (c *Compact) ReinforcingFrom() []int32 { return c.pairFrom }

// OpportunitiesFrom is ReinforcingFrom for the opportunities.
func (c *Compact) OpportunitiesFrom() []int32 { return c.oppFrom }

// ConflictsFrom is ReinforcingFrom for the conflicts (told apart by kind,
// efforts and surface or metric).
func (c *Compact) ConflictsFrom() []int32 { return c.conflictFrom }

// ScheduleFrom is ReinforcingFrom for the schedule rows.
func (c *Compact) ScheduleFrom() []int32 { return c.schedFrom }

// ResultAfter is Result, taking the rows ReinforcingFrom,
// OpportunitiesFrom, ConflictsFrom and ScheduleFrom name from prev, the
// Result of the analysis c was made from, instead of making them again.
func (c *Compact) ResultAfter(prev *Result) *Result {
	return c.result(c.rowMakers(prev))
}

// ResultAfterThen is ResultAfter (Result when prev is nil) that returns
// once the schedule rows are made, the conflicts, reinforcing pairs and
// opportunities being made meanwhile on other goroutines: those three
// lists of res may be read only once rest has returned (it waits for
// them; it may be called more than once), the rest of res at once. The
// service lays the bars out from the schedule while they are made.
func (c *Compact) ResultAfterThen(prev *Result) (res *Result, rest func()) {
	schedule, conflicts, reinforcing, opportunities := c.rowMakers(prev)
	out := c.head
	done := make(chan struct{})
	go func() {
		together(c.x.n,
			func() { out.Conflicts = conflicts() },
			func() { out.Reinforcing = reinforcing() },
			func() { out.Opportunities = opportunities() },
		)
		close(done)
	}()
	out.Schedule = schedule()
	return &out, func() { <-done }
}

// rowMakers returns the makers of the rows of the four long lists, taking
// from prev (when not nil) the rows ResultAfter says.
func (c *Compact) rowMakers(prev *Result) (func() []Scheduled, func() []Conflict, func() []Reinforcing, func() []Opportunity) {
	schedule := func() []Scheduled { return scheduleRows(c.x, c.s) }
	reinforcing, opportunities := c.pairRows()
	conflicts := func() []Conflict { return c.conf.rows(c.raw) }
	if prev == nil {
		return schedule, conflicts, reinforcing, opportunities
	}
	if c.schedFrom != nil && len(prev.Schedule) == len(c.schedFrom) {
		schedule = func() []Scheduled {
			return rowsFrom(len(c.schedFrom), c.schedFrom, prev.Schedule, func(row *Scheduled, k int) {
				i := int32(k)
				if c.live != nil {
					i = c.live[k]
				}
				scheduleRow(row, c.x, c.s, i)
			})
		}
	}
	if c.pairFrom != nil && len(prev.Reinforcing) == c.pairFromPrev {
		reinforcing = func() []Reinforcing {
			return rowsFrom(len(c.pairs), c.pairFrom, prev.Reinforcing, func(row *Reinforcing, k int) {
				c.pv.reinforcing(row, &c.pairs[k])
			})
		}
		opportunities = func() []Opportunity {
			return rowsFrom(len(c.opps), c.oppFrom, prev.Opportunities, func(row *Opportunity, k int) {
				c.pv.opportunity(row, &c.pairs[c.opps[k]])
			})
		}
	}
	if c.conflictFrom != nil && len(prev.Conflicts) == c.conflictFromPrev {
		conflicts = func() []Conflict {
			return rowsFrom(len(c.raw), c.conflictFrom, prev.Conflicts, func(row *Conflict, k int) {
				c.conf.row(row, &c.raw[k])
			})
		}
	}
	return schedule, conflicts, reinforcing, opportunities
}

// Result makes every row, on every core, and returns the whole Result.
func (c *Compact) Result() *Result { return c.result(c.rowMakers(nil)) }

// pairRows returns the makers of the reinforcing rows and opportunities.
func (c *Compact) pairRows() (func() []Reinforcing, func() []Opportunity) {
	return func() []Reinforcing { return c.pv.reinforcingRows(c.pairs) },
		func() []Opportunity { return c.pv.opportunityRows(c.pairs, c.opps) }
}

// result is Result with the rows of the four long lists the functions
// make.
func (c *Compact) result(schedule func() []Scheduled, conflicts func() []Conflict, reinforcing func() []Reinforcing,
	opportunities func() []Opportunity) *Result {
	res := c.head
	together(c.x.n,
		func() { res.Schedule = schedule() },
		func() { res.Conflicts = conflicts() },
		func() { res.Reinforcing = reinforcing() },
		func() { res.Opportunities = opportunities() },
	)
	return &res
}

// WriteJSON writes the analysis as WriteJSON writes its Result.
func (c *Compact) WriteJSON(w io.Writer) error { return writeJSON(w, c.view(), "}\n") }

// WriteText writes the analysis of r as WriteText writes its Result.
func (c *Compact) WriteText(w io.Writer, r *model.Roadmap) error {
	return writeText(w, r, c.view())
}

// view shows the rows as they are made.
func (c *Compact) view() view {
	return view{
		head: &c.head,
		schedule: rows[Scheduled]{n: len(c.s.order), fill: func(lo, hi int, out []Scheduled) {
			for k := lo; k < hi; k++ {
				i := int32(k)
				if c.live != nil {
					i = c.live[k]
				}
				scheduleRow(&out[k-lo], c.x, c.s, i)
			}
		}},
		conflicts: rows[Conflict]{n: len(c.raw), fill: func(lo, hi int, out []Conflict) {
			for k := lo; k < hi; k++ {
				c.conf.row(&out[k-lo], &c.raw[k])
			}
		}},
		reinforcing: rows[Reinforcing]{n: len(c.pairs), fill: func(lo, hi int, out []Reinforcing) {
			for k := lo; k < hi; k++ {
				c.pv.reinforcing(&out[k-lo], &c.pairs[k])
			}
		}},
		opportunities: rows[Opportunity]{n: len(c.opps), fill: func(lo, hi int, out []Opportunity) {
			for k := lo; k < hi; k++ {
				c.pv.opportunity(&out[k-lo], &c.pairs[c.opps[k]])
			}
		}},
	}
}

// rowIndex returns a copy of x with only what the rows read, so that a
// Compact does not keep the id table and the touches and moves alive.
func rowIndex(x *index) *index {
	return &index{
		n: x.n, ids: x.ids,
		flags: x.flags, lane: x.lane, dur: x.dur, plan: x.plan,
		laneIDs: x.laneIDs, surfaceIDs: x.surfaceIDs, metricIDs: x.metricIDs,
		cal: x.cal, asOf: x.asOf,
	}
}

// liveList lists the live efforts in file order, or returns nil when all
// of them are live.
func liveList(x *index, live int) []int32 {
	if live == x.n {
		return nil
	}
	out := make([]int32, 0, live)
	for i := int32(0); int(i) < x.n; i++ {
		if x.live(i) {
			out = append(out, i)
		}
	}
	return out
}
