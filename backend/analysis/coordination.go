package analysis

import (
	"fmt"
	"slices"

	"tandem/backend/model"
)

// sharedMetrics returns each metric moved by live efforts of 2+ lanes, with
// those lanes (in the roadmap's lane order) and efforts (by id), the list
// sorted by metric id. The lists share two backing arrays.
// O(moves log(moves of a metric) + metrics), the metric ids radix-sorted.
func sharedMetrics(x *index, byMetric *groups, rank []int32) []SharedMetric {
	seen := make([]int, len(x.laneIDs)) // metric+1 when the lane moves it
	shared := make([]bool, len(x.metricIDs))
	var lanes []int32
	laneTotal, effortTotal, count := 0, 0, 0
	for m := range x.metricIDs {
		who, _ := byMetric.members(m)
		n := 0
		for _, i := range who {
			if l := x.lane[i]; seen[l] != m+1 {
				seen[l] = m + 1
				n++
			}
		}
		if n >= 2 {
			shared[m] = true
			laneTotal += n
			effortTotal += len(who)
			count++
		}
	}
	metrics := make([]int32, 0, count) // the shared ones by id: a radix sort of all ids, filtered
	for _, m := range newIDOrder(x.metricIDs).perm {
		if shared[m] {
			metrics = append(metrics, m)
		}
	}
	laneBuf := make([]string, 0, laneTotal)
	effortBuf := make([]string, 0, effortTotal)
	var ws []int32
	out := make([]SharedMetric, len(metrics))
	for k, m := range metrics {
		who, _ := byMetric.members(int(m))
		lanes = lanes[:0]
		for _, i := range who {
			lanes = append(lanes, x.lane[i])
		}
		slices.Sort(lanes)
		lanes = slices.Compact(lanes)
		l0 := len(laneBuf)
		for _, l := range lanes {
			laneBuf = append(laneBuf, x.laneIDs[l])
		}
		ws = append(ws[:0], who...)
		slices.SortFunc(ws, func(p, q int32) int { return int(rank[p] - rank[q]) })
		ws = slices.Compact(ws)
		e0 := len(effortBuf)
		for _, i := range ws {
			effortBuf = append(effortBuf, x.ids[i])
		}
		o := &out[k] // field by field: see scheduleRows
		o.Metric = x.metricIDs[m]
		o.Lanes, o.Efforts = laneBuf[l0:len(laneBuf):len(laneBuf)], effortBuf[e0:len(effortBuf):len(effortBuf)]
	}
	return out
}

// blocked adds the blocked-time figures of SPEC §3.4 to c. Events of killed
// or unknown efforts, and events after asOf, are ignored. A blocked event
// counts from its date until the effort's next event (of any status) or
// asOf: a later blocked event takes over the rest of the interval, so that
// days are never counted twice, and a block ends at the first event of
// another status. Days are counted as [from, to), in working days with a
// calendar. A blocker in another lane makes it cross-lane (a killed blocker
// still has its lane). O(events log events).
func blocked(x *index, c *Coordination) error {
	evs, err := x.liveEvents()
	if err != nil {
		return err
	}
	for _, w := range x.waits(evs) {
		c.BlockedEvents++
		c.BlockedDays += w.days
		if w.crossLane(x) {
			c.CrossLaneBlockedEvents++
			c.CrossLaneBlockedDays += w.days
		}
	}
	return nil
}

// event is one event of a live effort, its day parsed: r.Events[pos].
type event struct {
	effort int32
	day    int // civil day
	pos    int
}

// liveEvents returns the events of live efforts dated up to asOf, sorted by
// effort, then date, then position in the file. O(E log E).
func (x *index) liveEvents() ([]event, error) {
	evs := make([]event, 0, len(x.r.Events))
	last := int32(-1) // the effort of the last event: an effort's events are often listed together
	for k := range x.r.Events {
		e := &x.r.Events[k]
		found := x.find(e.Effort, last)
		if found >= 0 {
			last = found
		}
		i := x.liveOrNone(found)
		if i < 0 {
			continue
		}
		d, err := model.ParseDate(e.Date)
		if err != nil {
			return nil, fmt.Errorf("events[%d].date: %v", k, err)
		}
		if d <= x.asOf {
			evs = append(evs, event{i, d, k})
		}
	}
	slices.SortFunc(evs, func(p, q event) int {
		if p.effort != q.effort {
			return int(p.effort - q.effort)
		}
		if p.day != q.day {
			return p.day - q.day
		}
		return p.pos - q.pos
	})
	return evs, nil
}

// wait is one blocked interval: effort waited on blocker (-1: none or
// unknown) over the civil days [from, to), days of them working days.
type wait struct {
	effort, blocker int32
	from, to        int
	days            int
	open            bool // still blocked at asOf
	ev              int  // its event's index in evs
}

// crossLane reports whether the wait is on an effort of another lane (a
// killed blocker still has its lane).
func (w *wait) crossLane(x *index) bool {
	return w.blocker >= 0 && x.lane[w.blocker] != x.lane[w.effort]
}

// waits returns every blocked interval of evs (liveEvents): from a blocked
// event until the effort's next event (of any status) or asOf, so that a
// later blocked event takes over the rest of the interval. O(E).
func (x *index) waits(evs []event) []wait {
	var out []wait
	for k, e := range evs {
		me := &x.r.Events[e.pos]
		if me.Status != model.StatusBlocked {
			continue
		}
		w := wait{effort: e.effort, blocker: x.effortAt(me.BlockedBy), from: e.day, to: x.asOf, open: true, ev: k}
		if k+1 < len(evs) && evs[k+1].effort == e.effort {
			w.to, w.open = evs[k+1].day, false
		}
		w.days = max(0, x.cal.offset(w.to)-x.cal.offset(w.from))
		out = append(out, w)
	}
	return out
}
