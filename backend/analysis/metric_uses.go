package analysis

import (
	"cmp"
	"slices"

	"tandem/backend/model"
)

// MetricUse is one metric that live efforts move, with every mover. Lanes
// are the movers' lanes in the roadmap's order. Shared: 2+ lanes move it
// (SPEC §3.4). Opposed: two of its movers move it in opposite directions at
// the same time (a metric conflict). Joint: it is shared and every mover is
// joined to an effort of another lane by a dependency or a reinforces link,
// so it only moves when lanes work together.
type MetricUse struct {
	Metric  string   `json:"metric"`
	Lanes   []string `json:"lanes"`
	Movers  []Mover  `json:"movers"`
	Shared  bool     `json:"shared"`
	Opposed bool     `json:"opposed"`
	Joint   bool     `json:"joint"`
}

// Mover is an effort moving a metric: its lane, Direction ("up" or "down"),
// scheduled window (Start..End, inclusive), whether it is in a metric
// conflict on this metric, and whether a dependency or a reinforces link
// joins it to an effort of another lane.
type Mover struct {
	Effort    string     `json:"effort"`
	Lane      string     `json:"lane"`
	Direction string     `json:"direction"`
	Start     model.Date `json:"start"`
	End       model.Date `json:"end"`
	Opposed   bool       `json:"opposed"`
	Joined    bool       `json:"joined"`
}

// metricUses lists every metric moved by a live effort, in the roadmap's
// metric order, movers by scheduled start then id. O(n + M log M + D + L +
// conflicts).
func (b *base) metricUses(res *Result) []MetricUse {
	x := b.x
	x.indexMoves()
	byMetric := x.byMetric()
	joined := b.crossLaneJoined()
	opposed := map[[2]string]bool{} // metric, effort
	for k := range res.Conflicts {
		if c := &res.Conflicts[k]; c.Kind == KindMetric {
			opposed[[2]string{c.Metric, c.Efforts[0]}] = true
			opposed[[2]string{c.Metric, c.Efforts[1]}] = true
		}
	}
	out := []MetricUse{}
	seen := make([]int, len(x.laneIDs)) // metric+1 when the lane moves it
	for m := range x.metricIDs {
		who, up := byMetric.members(m)
		if len(who) == 0 {
			continue
		}
		id := x.metricIDs[m]
		u := MetricUse{Metric: id, Movers: make([]Mover, len(who)), Joint: true}
		order := make([]int, len(who))
		var lanes []int32
		for k, i := range who {
			order[k] = k
			if l := x.lane[i]; seen[l] != m+1 {
				seen[l] = m + 1
				lanes = append(lanes, l)
			}
			dir := model.DirectionDown
			if up[k] {
				dir = model.DirectionUp
			}
			u.Movers[k] = Mover{Effort: x.ids[i], Lane: x.laneIDs[x.lane[i]], Direction: dir, Start: b.start[i], End: b.end[i],
				Opposed: opposed[[2]string{id, x.ids[i]}], Joined: joined[i]}
			u.Opposed = u.Opposed || u.Movers[k].Opposed
			u.Joint = u.Joint && joined[i]
		}
		slices.SortFunc(order, func(p, q int) int {
			return cmp.Or(cmp.Compare(b.es[who[p]], b.es[who[q]]), cmp.Compare(x.ids[who[p]], x.ids[who[q]]))
		})
		sorted := make([]Mover, len(order))
		for k, j := range order {
			sorted[k] = u.Movers[j]
		}
		u.Movers = sorted
		slices.Sort(lanes)
		u.Lanes = make([]string, len(lanes))
		for k, l := range lanes {
			u.Lanes[k] = x.laneIDs[l]
		}
		u.Shared = len(lanes) >= 2
		u.Joint = u.Joint && u.Shared
		out = append(out, u)
	}
	return out
}

// crossLaneJoined reports per effort whether a dependency (either way) or a
// reinforces link joins it to a live effort of another lane. O(n + D + L).
func (b *base) crossLaneJoined() []bool {
	x := b.x
	joined := make([]bool, x.n)
	join := func(a, c string) {
		i, j := x.effortOf(a), x.effortOf(c)
		if i >= 0 && j >= 0 && x.lane[i] != x.lane[j] {
			joined[i], joined[j] = true, true
		}
	}
	for k := range x.r.Dependencies {
		join(x.r.Dependencies[k].From, x.r.Dependencies[k].To)
	}
	for k := range x.r.Links {
		if l := &x.r.Links[k]; l.Kind == model.LinkReinforces {
			join(l.A, l.B)
		}
	}
	return joined
}
