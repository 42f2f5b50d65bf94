package analysis

import (
	"cmp"
	"math"
	"slices"

	"tandem/backend/model"
)

// Debt is coordination debt measured from the events (package doc,
// "Measures"): per lane, who waits on whom, week by week, the efforts that
// waited most and the waits still open at asOf. Days are working days with
// a calendar.
type Debt struct {
	Lanes      []LaneDebt   `json:"lanes"`
	Waits      []LaneWait   `json:"waits"`
	Weeks      []WeekDebt   `json:"weeks"`
	MostWaited []EffortWait `json:"mostWaited"`
	Open       []OpenWait   `json:"open"`
}

// LaneDebt is one lane's waiting. WorkingDays is the effort-days its live
// efforts were scheduled between day 0 and asOf; Impact is
// CrossLaneBlockedDays / WorkingDays (0 without working days), to 3 decimals.
type LaneDebt struct {
	Lane                   string  `json:"lane"`
	WorkingDays            int     `json:"workingDays"`
	BlockedEvents          int     `json:"blockedEvents"`
	BlockedDays            int     `json:"blockedDays"`
	CrossLaneBlockedEvents int     `json:"crossLaneBlockedEvents"`
	CrossLaneBlockedDays   int     `json:"crossLaneBlockedDays"`
	Impact                 float64 `json:"impact"`
}

// LaneWait is one cell of the who-waits-on-whom matrix: efforts of lane
// Waiter were blocked Events times, Days in all, by efforts of lane Blocker
// ("" when the event names no known blocker). Same-lane cells are listed too.
type LaneWait struct {
	Waiter  string `json:"waiter"`
	Blocker string `json:"blocker"`
	Events  int    `json:"events"`
	Days    int    `json:"days"`
}

// WeekDebt is one week of the trend, from Start (a Monday) for seven days:
// the blocked days that fell in it (all, and those waiting on another lane)
// and the number of waits on another lane in effect during it (a wait that
// began on a day of the week counts even when it has no day yet). Past is
// false for the weeks that start after asOf, which have no events yet.
type WeekDebt struct {
	Start         model.Date `json:"start"`
	Days          int        `json:"days"`
	CrossLaneDays int        `json:"crossLaneDays"`
	Waits         int        `json:"waits"`
	Past          bool       `json:"past"`
}

// EffortWait is an effort's waiting in all: blocked Events times for Days
// (CrossLaneDays of them on another lane), by Blockers (ids, in the order
// they first blocked it).
type EffortWait struct {
	Effort        string   `json:"effort"`
	Lane          string   `json:"lane"`
	Events        int      `json:"events"`
	Days          int      `json:"days"`
	CrossLaneDays int      `json:"crossLaneDays"`
	Blockers      []string `json:"blockers"`
}

// OpenWait is an effort blocked at asOf: by BlockedBy (of lane BlockerLane;
// both "" when unknown) since Since, the first day of the run of blocked
// events that is still open, Days (working) days ago.
type OpenWait struct {
	Effort      string     `json:"effort"`
	Lane        string     `json:"lane"`
	BlockedBy   string     `json:"blockedBy"`
	BlockerLane string     `json:"blockerLane"`
	Since       model.Date `json:"since"`
	Days        int        `json:"days"`
}

// mostWaitedLimit is how many efforts Debt.MostWaited lists.
const mostWaitedLimit = 10

// maxWeeks bounds the trend: twenty years of weeks from the start.
const maxWeeks = 20 * 53

// debt computes the Debt. O(n + E log E + weeks).
func (b *base) debt(res *Result) Debt {
	ws := b.x.waits(b.evs)
	return Debt{
		Lanes:      b.laneDebt(ws),
		Waits:      b.laneWaits(ws),
		Weeks:      b.weeks(ws, res),
		MostWaited: b.mostWaited(ws),
		Open:       b.openWaits(ws),
	}
}

// laneOf returns the id of lane l, "" for -1.
func (b *base) laneOf(l int32) string {
	if l < 0 {
		return ""
	}
	return b.x.laneIDs[l]
}

// laneDebt sums the waits and the scheduled effort-days per lane, every lane
// in the roadmap's lane order. O(n + waits).
func (b *base) laneDebt(ws []wait) []LaneDebt {
	x := b.x
	out := make([]LaneDebt, len(x.laneIDs))
	for l := range out {
		out[l].Lane = x.laneIDs[l]
	}
	for i := 0; i < x.n; i++ {
		if b.inSchedule[i] {
			out[x.lane[i]].WorkingDays += max(0, min(b.ef[i], b.asOfOff)-max(b.es[i], 0))
		}
	}
	for k := range ws {
		w := &ws[k]
		d := &out[x.lane[w.effort]]
		d.BlockedEvents++
		d.BlockedDays += w.days
		if w.crossLane(b.x) {
			d.CrossLaneBlockedEvents++
			d.CrossLaneBlockedDays += w.days
		}
	}
	for l := range out {
		if d := &out[l]; d.WorkingDays > 0 {
			d.Impact = math.Round(float64(d.CrossLaneBlockedDays)/float64(d.WorkingDays)*1000) / 1000
		}
	}
	return out
}

// laneWaits is the matrix as a sorted list of its non-empty cells: by the
// waiting lane's order, then the blocking lane's (unknown last). O(waits log).
func (b *base) laneWaits(ws []wait) []LaneWait {
	type key struct{ waiter, blocker int32 }
	cells := map[key]*LaneWait{}
	var keys []key
	for k := range ws {
		w := &ws[k]
		bl := int32(-1)
		if w.blocker >= 0 {
			bl = b.x.lane[w.blocker]
		}
		c := key{b.x.lane[w.effort], bl}
		cell := cells[c]
		if cell == nil {
			cell = &LaneWait{Waiter: b.laneOf(c.waiter), Blocker: b.laneOf(c.blocker)}
			cells[c] = cell
			keys = append(keys, c)
		}
		cell.Events++
		cell.Days += w.days
	}
	unknownLast := func(l int32) int32 {
		if l < 0 {
			return math.MaxInt32
		}
		return l
	}
	slices.SortFunc(keys, func(p, q key) int {
		return cmp.Or(cmp.Compare(p.waiter, q.waiter), cmp.Compare(unknownLast(p.blocker), unknownLast(q.blocker)))
	})
	out := make([]LaneWait, len(keys))
	for k, c := range keys {
		out[k] = *cells[c]
	}
	return out
}

// weeks is the weekly trend over the roadmap's span: from the Monday on or
// before day 0 to the later of the finish and asOf (at most maxWeeks). The
// days of each wait are spread over the days it covers with a difference
// array, so the cost is O(waits + days of the span).
func (b *base) weeks(ws []wait, res *Result) []WeekDebt {
	x := b.x
	start := x.cal.day(0)
	w0 := start - (int(model.Weekday(start))+6)%7 // the Monday on or before
	end := x.asOf
	if f, err := model.ParseDate(res.Finish); err == nil {
		end = max(end, f)
	}
	n := min((end-w0)/7+1, maxWeeks)
	if end < w0 {
		n = 1
	}
	span := n * 7
	all := make([]int32, span+1) // difference arrays over the civil days of the span
	cross := make([]int32, span+1)
	waits := make([]int32, n+1) // difference array over the weeks
	for k := range ws {
		w := &ws[k]
		isCross := w.crossLane(b.x)
		from, to := max(w.from-w0, 0), min(w.to-w0, span)
		if from < to {
			all[from]++
			all[to]--
			if isCross {
				cross[from]++
				cross[to]--
			}
		}
		if !isCross {
			continue
		}
		last := max(w.to, w.from+1) - 1 - w0 // the last day it is in effect (a day at least)
		if first := max(w.from-w0, 0); first <= last && first < span {
			waits[first/7]++
			waits[min(last/7, n-1)+1]--
		}
	}
	out := make([]WeekDebt, n)
	var a, c, open int32
	for wk := range out {
		o := &out[wk]
		day := w0 + wk*7
		o.Start = model.DateFromDays(day)
		o.Past = day <= x.asOf
		open += waits[wk]
		o.Waits = int(open)
		for d := wk * 7; d < wk*7+7; d++ {
			a += all[d]
			c += cross[d]
			if b.works(w0 + d) {
				o.Days += int(a)
				o.CrossLaneDays += int(c)
			}
		}
	}
	return out
}

// works reports whether civil day d is a working day. O(1).
func (b *base) works(d int) bool {
	return b.x.cal.every || b.x.cal.offset(d+1)-b.x.cal.offset(d) == 1
}

// mostWaited returns the efforts with the most blocked days (then events,
// then id), at most mostWaitedLimit; efforts never blocked are left out.
// O(waits + w log w) for the w efforts that waited.
func (b *base) mostWaited(ws []wait) []EffortWait {
	x := b.x
	at := map[int32]int{}
	var list []EffortWait
	for k := range ws {
		w := &ws[k]
		j, ok := at[w.effort]
		if !ok {
			j = len(list)
			at[w.effort] = j
			list = append(list, EffortWait{Effort: x.ids[w.effort], Lane: x.laneIDs[x.lane[w.effort]], Blockers: []string{}})
		}
		e := &list[j]
		e.Events++
		e.Days += w.days
		if w.crossLane(b.x) {
			e.CrossLaneDays += w.days
		}
		if w.blocker >= 0 && !slices.Contains(e.Blockers, x.ids[w.blocker]) {
			e.Blockers = append(e.Blockers, x.ids[w.blocker])
		}
	}
	slices.SortFunc(list, func(p, q EffortWait) int {
		return cmp.Or(cmp.Compare(q.Days, p.Days), cmp.Compare(q.Events, p.Events), cmp.Compare(p.Effort, q.Effort))
	})
	return list[:min(len(list), mostWaitedLimit)]
}

// openWaits lists the efforts still blocked at asOf, by id: the blocker of
// the last blocked event and the first day of the run of blocked events that
// ends open. O(waits + w log w).
func (b *base) openWaits(ws []wait) []OpenWait {
	x := b.x
	out := []OpenWait{}
	for k := range ws {
		w := &ws[k]
		if !w.open {
			continue
		}
		since := w.from
		for j := k - 1; j >= 0 && ws[j].effort == w.effort && ws[j].ev == ws[j+1].ev-1; j-- {
			since = ws[j].from // the blocked event just before, of the same effort
		}
		o := OpenWait{Effort: x.ids[w.effort], Lane: x.laneIDs[x.lane[w.effort]],
			Since: model.DateFromDays(since), Days: max(0, x.cal.offset(x.asOf)-x.cal.offset(since))}
		if w.blocker >= 0 {
			o.BlockedBy, o.BlockerLane = x.ids[w.blocker], x.laneIDs[x.lane[w.blocker]]
		}
		out = append(out, o)
	}
	slices.SortFunc(out, func(p, q OpenWait) int { return cmp.Compare(p.Effort, q.Effort) })
	return out
}
