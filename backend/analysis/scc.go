package analysis

// stronglyConnected returns comp[v], the strongly connected component of
// every node of g, numbered in the order Tarjan's algorithm completes them
// (reverse topological order of the condensation). It is Tarjan's algorithm
// with an explicit stack over the CSR slices: O(V+E), no recursion, no maps.
// It gives the same components as gonum's topo.TarjanSCC (a test checks
// this), which is recursive and keeps its state in maps keyed by int64 and
// so is too slow and too deep for a million efforts.
func stronglyConnected(g *digraph) (comp []int32, count int) {
	n := g.order()
	index := make([]int32, n) // 0: unvisited, else visit order + 1
	low := make([]int32, n)
	comp = make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	var stack []int32 // Tarjan's stack of open nodes
	type frame struct {
		v int32
		k int32 // next edge position
	}
	var call []frame
	next := int32(0)
	for root := 0; root < n; root++ {
		if index[root] != 0 {
			continue
		}
		next++
		index[root], low[root] = next, next
		stack = append(stack, int32(root))
		call = append(call, frame{int32(root), g.off[root]})
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.k < g.off[v+1] {
				w := g.adj[f.k]
				f.k++
				switch {
				case index[w] == 0:
					next++
					index[w], low[w] = next, next
					stack = append(stack, w)
					call = append(call, frame{w, g.off[w]})
				case comp[w] < 0: // w is on the stack
					low[v] = min(low[v], index[w])
				}
				continue
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					comp[w] = int32(count)
					if w == v {
						break
					}
				}
				count++
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				u := call[len(call)-1].v
				low[u] = min(low[u], low[v])
			}
		}
	}
	return comp, count
}
