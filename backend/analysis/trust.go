package analysis

import (
	"cmp"
	"slices"

	"tandem/backend/model"
)

// TrustPair is the trust ledger of one ordered pair of lanes: of the
// dependencies from an effort of lane From to one of lane To, how many
// handoffs From delivered on time, late, or not yet due (package doc,
// "Trust ledger"). Missed lists the latest of the late handoffs, most days
// late first, at most maxMissed of them (Late counts them all).
type TrustPair struct {
	From    string    `json:"from"`
	To      string    `json:"to"`
	OnTime  int       `json:"onTime"`
	Late    int       `json:"late"`
	Pending int       `json:"pending"`
	Missed  []Handoff `json:"missed"`
}

// Handoff is one late handoff: the dependency from effort From to effort
// To, due on NeedBy (the last day the predecessor could finish, or start for
// SS and SF, to keep the successor's plan), delivered on Delivered ("" when
// not yet), DaysLate (working) days late (so far, when not delivered).
type Handoff struct {
	From      string     `json:"from"`
	To        string     `json:"to"`
	Type      string     `json:"type"`
	NeedBy    model.Date `json:"needBy"`
	Delivered model.Date `json:"delivered,omitempty"`
	DaysLate  int        `json:"daysLate"`
}

// trust builds the ledger from the cross-lane dependencies between live
// efforts, sorted by the lanes' order. O(n + E + D log D).
func (b *base) trust() []TrustPair {
	x := b.x
	finished, started := b.milestones()
	type key struct{ from, to int32 }
	pairs := map[key]*TrustPair{}
	var keys []key
	asOfOff := b.asOfOff
	ends := x.dependencyEnds()
	for k := range x.r.Dependencies {
		d := &x.r.Dependencies[k]
		p, s := x.liveOrNone(ends[k][0]), x.liveOrNone(ends[k][1])
		if p < 0 || s < 0 || x.lane[p] == x.lane[s] || !b.inSchedule[p] || !b.inSchedule[s] {
			continue
		}
		typ := d.EffectiveType()
		// The successor's plan: its planned start (else its scheduled one),
		// and its planned finish (exclusive) after its duration.
		planStart := b.es[s]
		if x.flags[s]&flagPlan != 0 {
			planStart = x.plan[s]
		}
		gate := planStart // the successor's start, or its finish for FF and SF
		if typ == model.DepFF || typ == model.DepSF {
			gate = planStart + x.dur[s]
		}
		need := gate - d.LagDays // the predecessor's finish (exclusive) or start must be <= need
		actual, soonest := finished[p], asOfOff+1
		byStart := typ == model.DepSS || typ == model.DepSF
		if byStart {
			actual, soonest = started[p], asOfOff
		}
		c := key{x.lane[p], x.lane[s]}
		tp := pairs[c]
		if tp == nil {
			tp = &TrustPair{From: x.laneIDs[c.from], To: x.laneIDs[c.to], Missed: []Handoff{}}
			pairs[c] = tp
			keys = append(keys, c)
		}
		switch {
		case actual != noMilestone && actual <= need:
			tp.OnTime++
		case actual == noMilestone && soonest <= need:
			tp.Pending++
		default:
			tp.Late++
			h := Handoff{From: x.ids[p], To: x.ids[s], Type: typ}
			if byStart {
				h.NeedBy = x.cal.date(need)
			} else {
				h.NeedBy = x.cal.date(need - 1) // the last day it could finish on
			}
			if actual != noMilestone {
				h.DaysLate = actual - need
				h.Delivered = x.cal.date(actual)
				if !byStart {
					h.Delivered = x.cal.date(actual - 1)
				}
			} else {
				h.DaysLate = soonest - need
			}
			tp.Missed = append(tp.Missed, h)
		}
	}
	slices.SortFunc(keys, func(p, q key) int { return cmp.Or(cmp.Compare(p.from, q.from), cmp.Compare(p.to, q.to)) })
	out := make([]TrustPair, len(keys))
	for k, c := range keys {
		out[k] = *pairs[c]
		slices.SortFunc(out[k].Missed, func(p, q Handoff) int {
			return cmp.Or(cmp.Compare(q.DaysLate, p.DaysLate), cmp.Compare(p.From, q.From), cmp.Compare(p.To, q.To))
		})
		out[k].Missed = out[k].Missed[:min(len(out[k].Missed), maxMissed)]
	}
	return out
}

// maxMissed bounds the late handoffs a pair lists.
const maxMissed = 5

// noMilestone marks an effort that has not finished (or started) yet.
const noMilestone = int(^uint(0) >> 1)

// milestones returns, per effort, the offset at which it finished
// (exclusive: the day after its last done event up to asOf, unless a later
// event reopened it) and the one at which it started (its first event of a
// status other than planned), or noMilestone. An effort whose status is done (or, for the
// start, anything but planned) without such an event takes its scheduled
// dates: done efforts keep their dates. O(n + E).
func (b *base) milestones() (finished, started []int) {
	x := b.x
	finished = make([]int, x.n)
	started = make([]int, x.n)
	for i := range x.n {
		finished[i], started[i] = noMilestone, noMilestone
		if !b.inSchedule[i] {
			continue
		}
		for _, e := range b.eventsOf(int32(i)) {
			status := x.r.Events[e.pos].Status
			if status == model.StatusDone {
				finished[i] = x.cal.offset(e.day + 1)
			} else {
				finished[i] = noMilestone // reopened: not delivered after all
			}
			if status != model.StatusPlanned && started[i] == noMilestone {
				started[i] = x.cal.offset(e.day)
			}
		}
		status := x.r.Efforts[i].EffectiveStatus()
		if status == model.StatusDone && finished[i] == noMilestone {
			finished[i] = b.ef[i]
		}
		if status != model.StatusPlanned && started[i] == noMilestone {
			started[i] = b.es[i]
		}
	}
	return finished, started
}
