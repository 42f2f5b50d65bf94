package analysis

// stronglyConnected returns comp[v], the strongly connected component of
// every node of g, numbered 0..count-1. It is Pearce's space-efficient
// variant of Tarjan's algorithm ("A space-efficient algorithm for finding
// strongly connected components", 2016) with an explicit stack over the
// CSR slices: one int32 per node (rindex, which ends up holding the
// component), O(V+E), no recursion, no maps. It gives the same components
// as gonum's topo.TarjanSCC (a test checks this), which is recursive and
// keeps its state in maps keyed by int64 and so is too slow and too deep
// for a million efforts.
//
// rindex[v] is 0 before v is visited, then its visit index (from 1), which
// drops to the least index v reaches; when v's component completes, its
// members get the component's number counted down from n-1, above every
// visit index still in use, so that a finished node never lowers another's.
func stronglyConnected(g *digraph) (comp []int32, count int) {
	n := int32(g.order())
	rindex := make([]int32, n)
	type frame struct {
		v    int32
		k    int32 // next edge position
		root bool  // no successor has reached below v yet
	}
	var call []frame
	var stack []int32 // visited nodes whose component is not complete, below the open ones
	index, c := int32(1), n-1
	for r := int32(0); r < n; r++ {
		if rindex[r] != 0 {
			continue
		}
		rindex[r] = index
		index++
		call = append(call, frame{r, g.off[r], true})
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.k < g.off[v+1] {
				w := g.adj[f.k]
				f.k++
				if rindex[w] == 0 {
					rindex[w] = index
					index++
					call = append(call, frame{w, g.off[w], true})
					continue
				}
				if rindex[w] < rindex[v] {
					rindex[v], f.root = rindex[w], false
				}
				continue
			}
			// v is done: close its component, or leave it for its root.
			root := f.root
			call = call[:len(call)-1]
			if root {
				index--
				for len(stack) > 0 && rindex[v] <= rindex[stack[len(stack)-1]] {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					rindex[w] = c
					index--
				}
				rindex[v] = c
				c--
			} else {
				stack = append(stack, v)
			}
			if len(call) > 0 { // back in the caller: w == v was its edge's end
				p := &call[len(call)-1]
				if rindex[v] < rindex[p.v] {
					rindex[p.v], p.root = rindex[v], false
				}
			}
		}
	}
	// Components were numbered n-1 down to c+1: count from 0.
	for v := range rindex {
		rindex[v] = n - 1 - rindex[v]
	}
	return rindex, int(n - 1 - c)
}
