package analysis

import (
	"fmt"
	"slices"
	"strings"

	"tandem/backend/model"
)

// sharedMetrics returns each metric moved by live efforts of 2+ lanes, with
// those lanes (in the roadmap's lane order) and efforts (by id), the list
// sorted by metric id. O(moves + metrics log metrics).
func sharedMetrics(x *index, byMetric *groups, rank []int32) []SharedMetric {
	seen := make([]int, len(x.laneIDs)) // metric+1 when the lane moves it
	var out []SharedMetric
	var lanes []int32
	for m := range x.metricIDs {
		who, _ := byMetric.members(m)
		lanes = lanes[:0]
		for _, i := range who {
			if l := x.lane[i]; seen[l] != m+1 {
				seen[l] = m + 1
				lanes = append(lanes, l)
			}
		}
		if len(lanes) < 2 {
			continue
		}
		slices.Sort(lanes)
		sm := SharedMetric{Metric: x.metricIDs[m], Lanes: make([]string, len(lanes)), Efforts: make([]string, 0, len(who))}
		for k, l := range lanes {
			sm.Lanes[k] = x.laneIDs[l]
		}
		ws := slices.Clone(who)
		slices.SortFunc(ws, func(p, q int32) int { return int(rank[p] - rank[q]) })
		for k, i := range ws {
			if k == 0 || ws[k-1] != i {
				sm.Efforts = append(sm.Efforts, x.ids[i])
			}
		}
		out = append(out, sm)
	}
	slices.SortFunc(out, func(p, q SharedMetric) int { return strings.Compare(p.Metric, q.Metric) })
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
	type ev struct {
		effort int32
		day    int
		pos    int
	}
	evs := make([]ev, 0, len(x.r.Events))
	for k := range x.r.Events {
		e := &x.r.Events[k]
		i := x.effortOf(e.Effort)
		if i < 0 {
			continue
		}
		d, err := model.ParseDate(e.Date)
		if err != nil {
			return fmt.Errorf("events[%d].date: %v", k, err)
		}
		if d <= x.asOf {
			evs = append(evs, ev{i, d, k})
		}
	}
	slices.SortFunc(evs, func(p, q ev) int {
		if p.effort != q.effort {
			return int(p.effort - q.effort)
		}
		if p.day != q.day {
			return p.day - q.day
		}
		return p.pos - q.pos
	})
	for k, e := range evs {
		me := &x.r.Events[e.pos]
		if me.Status != model.StatusBlocked {
			continue
		}
		until := x.asOf
		if k+1 < len(evs) && evs[k+1].effort == e.effort {
			until = evs[k+1].day
		}
		days := max(0, x.cal.offset(until)-x.cal.offset(e.day))
		c.BlockedEvents++
		c.BlockedDays += days
		if b, ok := x.pos[me.BlockedBy]; ok && x.lane[b] != x.lane[e.effort] {
			c.CrossLaneBlockedEvents++
			c.CrossLaneBlockedDays += days
		}
	}
	return nil
}
