package analysis

import (
	"cmp"
	"slices"
)

// flywheels returns the strongly connected sets of 3+ active efforts in the
// helps graph (SPEC §3.3), each sorted by id, the list sorted by first id.
//
// The helps graph has as many edges as there are helping pairs, which grows
// with the square of a metric group; the SCCs are found on a smaller graph
// with the same reachability between efforts instead:
//   - efforts that move a metric the same way, or that a reinforces link
//     joins, help each other both ways, so they are in one SCC: a
//     union-find merges them first, and the graph has one node per merged
//     set, its root;
//   - per surface, a chain over its active reliers sorted by start,
//     c1 -> c2 -> ... with ck -> (the root of the k-th relier), and
//     (the root of a) -> cj for each active changer a, cj being the first
//     relier that starts at or after a's finish (instead of an edge to
//     every later relier).
//
// The graph is built in CSR form directly: the out-degrees are counted,
// then the edges placed, without an edge list in between.
// O((n + moves + links + touches) log) for the per-surface sorts and the
// union-find.
func (h *helps) flywheels() [][]string {
	x, s := h.x, h.s
	n := x.n
	root := h.mutualSets()

	// The chains: each surface's active reliers sorted by start, one surface
	// after the other (chain node n+k stands for relier chain[k]), and the
	// edges from changers into them, as (root of the changer, chain node).
	nRely, nChange := 0, 0
	for k, i := range h.bySurface.who {
		if x.active(i) {
			if h.bySurface.flag[k] {
				nChange++
			} else {
				nRely++
			}
		}
	}
	chain, into := make([]int32, 0, nRely), make([]int32, 0, 2*nChange)
	chainEnd := make([]int32, 0, len(x.surfaceIDs)) // where each chain ends
	var changers []int32
	for g := 0; g < len(x.surfaceIDs); g++ {
		who, changes := h.bySurface.members(g)
		first := int32(len(chain))
		changers = changers[:0]
		for k, i := range who {
			switch {
			case !x.active(i):
			case changes[k]:
				changers = append(changers, i)
			default:
				chain = append(chain, i)
			}
		}
		reliers := chain[first:]
		if len(changers) == 0 {
			chain = chain[:first] // no changer: no edge into the chain
			continue
		}
		if len(reliers) == 0 {
			continue
		}
		slices.SortFunc(reliers, func(p, q int32) int { return cmp.Compare(s.es[p], s.es[q]) })
		for _, a := range changers {
			j, _ := slices.BinarySearchFunc(reliers, s.ef[a], func(r int32, t int) int { return cmp.Compare(s.es[r], t) })
			if j < len(reliers) {
				into = append(into, root[a], int32(n)+first+int32(j))
			}
		}
		chainEnd = append(chainEnd, int32(len(chain)))
	}
	nodes := n + len(chain)

	// off[v] counts v's edges, then their end, then (as edges are placed from
	// the end) their start.
	off := make([]int32, nodes+1)
	for k := 0; k < len(into); k += 2 {
		off[into[k]]++
	}
	for c := n; c < nodes; c++ {
		off[c] = 2 // to its relier and to the next node of its chain...
	}
	for _, end := range chainEnd {
		off[n+int(end)-1] = 1 // ...but for the last
	}
	for v := 1; v <= nodes; v++ {
		off[v] += off[v-1]
	}
	adj := make([]int32, off[nodes])
	edge := func(u, v int32) {
		off[u]--
		adj[off[u]] = v
	}
	for k := 0; k < len(into); k += 2 {
		edge(into[k], into[k+1])
	}
	end := 0
	for k, r := range chain {
		c := int32(n + k)
		edge(c, root[r])
		if int32(k+1) != chainEnd[end] {
			edge(c, c+1)
		} else {
			end++
		}
	}
	comp, count := stronglyConnected(&digraph{off: off, adj: adj})
	// fw[a] is the component of active effort a (-1 for others); size[c]
	// counts the active efforts of component c, then, for a flywheel, holds
	// -1 - its place in the list.
	fw := root          // the roots are no longer needed
	size := off[:count] // off is free again and longer
	clear(size)
	for a, r := range root {
		fw[a] = -1
		if x.active(int32(a)) {
			fw[a] = comp[r]
			size[fw[a]]++
		}
	}
	for a, c := range fw { // in file order: only flywheel members keep theirs
		if c >= 0 && size[c] < 3 {
			fw[a] = -1
		}
	}
	// Visiting the efforts in id order fills every flywheel in id order and
	// numbers the flywheels in the order of their first ids: no sorting.
	var members [][]string
	for r, a := range h.order.perm {
		c := fw[a]
		if c < 0 {
			continue
		}
		if size[c] >= 0 {
			members = append(members, make([]string, 0, size[c]))
			size[c] = -int32(len(members))
		}
		m := -size[c] - 1
		members[m] = append(members[m], h.order.byRank[r])
	}
	return members
}

// mutualSets returns root[a], the same for every two active efforts that a
// chain of shared metrics (moved the same way) and reinforces links joins:
// a union-find with path halving, every set flattened to its root.
// O((moves + links) log n).
func (h *helps) mutualSets() []int32 {
	x := h.x
	root := make([]int32, x.n)
	for a := range root {
		root[a] = int32(a)
	}
	find := func(a int32) int32 {
		for root[a] != a {
			root[a] = root[root[a]]
			a = root[a]
		}
		return a
	}
	union := func(a, b int32) {
		if ra, rb := find(a), find(b); ra != rb {
			root[max(ra, rb)] = min(ra, rb)
		}
	}
	for g := 0; g < len(x.metricIDs); g++ {
		who, up := h.byMetric.members(g)
		first := [2]int32{-1, -1} // the first active effort moving it down, up
		for k, a := range who {
			if !x.active(a) {
				continue
			}
			if d := b2i(up[k]); first[d] < 0 {
				first[d] = a
			} else {
				union(first[d], a)
			}
		}
	}
	for a := int32(0); int(a) < x.n; a++ {
		for k := h.links.off[a]; k < h.links.off[a+1]; k++ {
			if b := h.links.who[k]; b > a && h.links.reinforces[k] && x.active(a) && x.active(b) {
				union(a, b)
			}
		}
	}
	for a := range root {
		root[a] = find(int32(a))
	}
	return root
}
