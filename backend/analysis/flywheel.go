package analysis

import (
	"cmp"
	"slices"
)

// flywheels returns the strongly connected sets of 3+ active efforts in the
// helps graph (SPEC §3.3), each sorted by id, the list sorted by first id.
//
// The helps graph has as many edges as there are helping pairs, which grows
// with the square of a metric group; the SCCs are found on an equivalent
// graph of linear size instead, with the same reachability between efforts:
//   - a hub node per (metric, direction), with a -> hub -> a for every active
//     effort a that moves the metric that way (instead of a clique);
//   - a -> b and b -> a for every reinforces link;
//   - per surface, a chain over its active reliers sorted by start,
//     c1 -> c2 -> ... with ck -> (k-th relier), and a -> cj for each active
//     changer a, cj being the first relier that starts at or after a's
//     finish (instead of an edge to every later relier).
//
// O((n + moves + links + touches) log) for the per-surface sorts.
func (h *helps) flywheels() [][]string {
	x, s := h.x, h.s
	n := x.n
	hub := int32(n)
	next := hub + int32(2*len(x.metricIDs))
	// Every edge is counted in advance: 2 per move, 1 per link end, 2 per
	// surface touch (a chain node's two edges, or a changer's one).
	m := 2*len(x.mMetric) + len(h.links.who) + 2*len(x.tSurface)
	src, dst := make([]int32, 0, m), make([]int32, 0, m)
	edge := func(u, v int32) { src, dst = append(src, u), append(dst, v) }
	for a := int32(0); int(a) < n; a++ {
		if !x.active(a) {
			continue
		}
		for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
			hb := hub + 2*x.mMetric[p] + int32(b2i(x.mUp[p]))
			edge(a, hb)
			edge(hb, a)
		}
		for k := h.links.off[a]; k < h.links.off[a+1]; k++ {
			if b := h.links.who[k]; h.links.reinforces[k] && x.active(b) {
				edge(a, b)
			}
		}
	}
	var reliers, changers []int32
	for g := 0; g < len(x.surfaceIDs); g++ {
		who, changes := h.bySurface.members(g)
		reliers, changers = reliers[:0], changers[:0]
		for k, i := range who {
			switch {
			case !x.active(i):
			case changes[k]:
				changers = append(changers, i)
			default:
				reliers = append(reliers, i)
			}
		}
		if len(reliers) == 0 || len(changers) == 0 {
			continue
		}
		slices.SortFunc(reliers, func(p, q int32) int { return cmp.Compare(s.es[p], s.es[q]) })
		base := next
		for k, r := range reliers {
			if k+1 < len(reliers) {
				edge(base+int32(k), base+int32(k+1))
			}
			edge(base+int32(k), r)
		}
		next += int32(len(reliers))
		for _, a := range changers {
			j, _ := slices.BinarySearchFunc(reliers, s.ef[a], func(r int32, t int) int { return cmp.Compare(s.es[r], t) })
			if j < len(reliers) {
				edge(a, base+int32(j))
			}
		}
	}
	comp, count := stronglyConnected(newDigraph(int(next), src, dst))
	size := make([]int32, count)
	for a := 0; a < n; a++ {
		if x.active(int32(a)) {
			size[comp[a]]++
		}
	}
	slot := make([]int32, count)
	var out [][]string
	var members [][]int32
	for c := range slot {
		slot[c] = -1
	}
	for a := int32(0); int(a) < n; a++ {
		c := comp[a]
		if !x.active(a) || size[c] < 3 {
			continue
		}
		if slot[c] < 0 {
			slot[c] = int32(len(members))
			members = append(members, make([]int32, 0, size[c]))
		}
		members[slot[c]] = append(members[slot[c]], a)
	}
	for _, m := range members {
		slices.SortFunc(m, func(p, q int32) int { return int(h.order.rank[p] - h.order.rank[q]) })
	}
	slices.SortFunc(members, func(p, q []int32) int { return int(h.order.rank[p[0]] - h.order.rank[q[0]]) })
	out = make([][]string, len(members))
	for i, m := range members {
		out[i] = make([]string, len(m))
		for k, a := range m {
			out[i][k] = x.ids[a]
		}
	}
	return out
}
