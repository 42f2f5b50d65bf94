package analysis

import (
	"tandem/backend/model"
)

// Measures is what the coordination views show beyond the Result of SPEC §4
// (which stays as it is): coordination debt (who waits on whom, per-lane
// impact, a weekly trend, the efforts that waited most, the waits open now),
// the trust ledger of cross-lane handoffs, and every moved metric with its
// movers. See the package doc for every definition.
type Measures struct {
	// From is the date of day 0 and AsOf the roadmap's "now": the period the
	// debt and the ledger measure.
	From    model.Date  `json:"from"`
	AsOf    model.Date  `json:"asOf"`
	Debt    Debt        `json:"debt"`
	Trust   []TrustPair `json:"trust"`
	Metrics []MetricUse `json:"metrics"`
}

// Measure computes the Measures of r from its analysis res (Analyze(r, opt)
// with the same opt). r is not modified. Cost: O((n + E + D + L + M) log)
// for n efforts, E events, D dependencies, L links and M moves, plus the
// weeks of the roadmap's span. Its errors are those of Analyze (a date that
// does not parse).
func Measure(r *model.Roadmap, res *Result, opt Options) (*Measures, error) {
	b, err := newBase(r, res, opt)
	if err != nil {
		return nil, err
	}
	m := &Measures{From: b.x.cal.date(0), AsOf: model.DateFromDays(b.x.asOf)}
	m.Debt = b.debt(res)
	m.Trust = b.trust()
	m.Metrics = b.metricUses(res)
	return m, nil
}

// base is what every measure reads: the index of the roadmap, the scheduled
// window [es, ef) of each live effort (from the Result), and the events of
// live efforts dated up to asOf, grouped by effort in date order.
type base struct {
	x      *index
	es, ef []int
	// start and end are the scheduled dates of each live effort (Result.Schedule).
	start, end []model.Date
	// inSchedule is false for efforts the Result does not list (killed).
	inSchedule []bool
	evs        []event
	evOff      []int32 // evs[evOff[i]:evOff[i+1]] are effort i's events
	asOfOff    int     // the offset of asOf
}

// newBase indexes r and takes the schedule from res. O(n + E log E).
func newBase(r *model.Roadmap, res *Result, opt Options) (*base, error) {
	ids := effortIDs(r)
	x, err := newIndex(r, model.DateOf(opt.today()), ids, nil)
	if err != nil {
		return nil, err
	}
	b := &base{x: x, es: make([]int, x.n), ef: make([]int, x.n), inSchedule: make([]bool, x.n),
		start: make([]model.Date, x.n), end: make([]model.Date, x.n)}
	// The schedule lists live efforts in file order: walk both together,
	// looking an id up only when they part.
	k := 0
	for i := 0; i < x.n && k < len(res.Schedule); i++ {
		if !x.live(int32(i)) {
			continue
		}
		s := &res.Schedule[k]
		j := int32(i)
		if s.ID != ids[i] {
			if j = x.effortAt(s.ID); j < 0 {
				k++
				continue
			}
		}
		b.es[j], b.ef[j], b.inSchedule[j] = s.ES, s.EF, true
		b.start[j], b.end[j] = s.Start, s.End
		k++
	}
	b.asOfOff = x.cal.offset(x.asOf)
	if err := b.gatherEvents(); err != nil {
		return nil, err
	}
	return b, nil
}

// gatherEvents collects the events of live efforts dated up to asOf, sorted
// by effort, then date, then file position, with a CSR offset per effort.
func (b *base) gatherEvents() error {
	x := b.x
	var err error
	if b.evs, err = x.liveEvents(); err != nil {
		return err
	}
	b.evOff = make([]int32, x.n+1)
	for _, e := range b.evs {
		b.evOff[e.effort+1]++
	}
	for i := 0; i < x.n; i++ {
		b.evOff[i+1] += b.evOff[i]
	}
	return nil
}

// eventsOf returns effort i's events in date order.
func (b *base) eventsOf(i int32) []event { return b.evs[b.evOff[i]:b.evOff[i+1]] }
