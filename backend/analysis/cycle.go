package analysis

import (
	"errors"

	"gonum.org/v1/gonum/graph/topo"

	"tandem/backend/model"
)

// cycleError reports one dependency cycle after Kahn's sort stopped early:
// the efforts it could not order (indeg > 0) hold every cycle. gonum's
// topo.Sort over the induced subgraph returns their cyclic components; the
// one holding the smallest effort id is chosen, and a shortest cycle through
// that effort (BFS inside the component) is reported in dependency order,
// starting with it. A self-dependency is a cycle of one effort. This is the
// error path only: O(V+E) of the residual graph plus gonum's map-based cost.
func cycleError(x *index, g *depGraph, indeg []int32) *model.CycleError {
	// Induced subgraph on the residual efforts, renumbered 0..k-1.
	var nodes []int32
	local := make(map[int32]int32)
	for u := range indeg {
		if indeg[u] > 0 && x.live(int32(u)) {
			local[int32(u)] = int32(len(nodes))
			nodes = append(nodes, int32(u))
		}
	}
	var src, dst []int32
	best := int32(-1) // the smallest id on a self-loop
	for i, u := range nodes {
		for _, v := range g.succ(u) {
			if j, ok := local[v]; ok {
				src = append(src, int32(i))
				dst = append(dst, j)
				if v == u && (best < 0 || x.ids[u] < x.ids[best]) {
					best = u
				}
			}
		}
	}
	sub := newDigraph(len(nodes), src, dst)
	_, err := topo.Sort(sub)
	var comps topo.Unorderable
	if !errors.As(err, &comps) || len(comps) == 0 {
		if best < 0 {
			return &model.CycleError{} // unreachable: Kahn left a node without a cycle
		}
		return &model.CycleError{Efforts: []string{x.ids[best]}}
	}
	// The component with the smallest id, and that id.
	var comp []int32
	start := int32(-1)
	for _, c := range comps {
		for _, nd := range c {
			u := nodes[nd.ID()]
			if start < 0 || x.ids[u] < x.ids[nodes[start]] {
				start = int32(nd.ID())
				comp = comp[:0]
				for _, m := range c {
					comp = append(comp, int32(m.ID()))
				}
			}
		}
	}
	if best >= 0 && x.ids[best] < x.ids[nodes[start]] {
		return &model.CycleError{Efforts: []string{x.ids[best]}}
	}
	path := shortestCycle(sub, comp, start)
	ids := make([]string, len(path))
	for i, v := range path {
		ids[i] = x.ids[nodes[v]]
	}
	return &model.CycleError{Efforts: ids}
}

// shortestCycle returns a shortest cycle through start inside the strongly
// connected set comp of g, as start, ..., last (last -> start is an edge).
func shortestCycle(g *digraph, comp []int32, start int32) []int32 {
	in := make(map[int32]bool, len(comp))
	for _, v := range comp {
		in[v] = true
	}
	parent := map[int32]int32{}
	queue := []int32{start}
	for h := 0; h < len(queue); h++ {
		u := queue[h]
		for _, v := range g.succ(u) {
			if !in[v] {
				continue
			}
			if v == start {
				var rev []int32
				for w := u; w != start; w = parent[w] {
					rev = append(rev, w)
				}
				path := []int32{start}
				for i := len(rev) - 1; i >= 0; i-- {
					path = append(path, rev[i])
				}
				return path
			}
			if _, seen := parent[v]; !seen {
				parent[v] = u
				queue = append(queue, v)
			}
		}
	}
	return []int32{start}
}
