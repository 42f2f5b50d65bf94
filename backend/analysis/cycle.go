package analysis

import "tandem/backend/model"

// cycleError reports one dependency cycle after Kahn's sort stopped early:
// the live efforts it could not order (indeg > 0) hold every cycle, so the
// subgraph they induce goes to model.FindCycleIn, the cycle finder
// validation uses too (a shortest cycle through the smallest id on any
// cycle, in dependency order). This is the error path only: O(V+E) of the
// residual graph.
func cycleError(x *index, g *depGraph, indeg []int32) *model.CycleError {
	// Induced subgraph on the residual efforts, renumbered 0..k-1.
	var nodes []int32
	var names []string
	local := make(map[int32]int32)
	for u := range indeg {
		if indeg[u] > 0 && x.live(int32(u)) {
			local[int32(u)] = int32(len(nodes))
			nodes = append(nodes, int32(u))
			names = append(names, x.ids[u])
		}
	}
	var src, dst []int32
	for i, u := range nodes {
		for _, v := range g.succ(u) {
			if j, ok := local[v]; ok {
				src = append(src, int32(i))
				dst = append(dst, j)
			}
		}
	}
	if c := model.FindCycleIn(names, src, dst); c != nil {
		return c
	}
	return &model.CycleError{} // unreachable: Kahn left a node without a cycle
}
