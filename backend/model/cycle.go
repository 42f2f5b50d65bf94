package model

import "slices"

// FindCycle returns one cycle of the dependency graph that deps form (an
// effort id is a node, a dependency an edge From -> To, whatever its type and
// lag), or nil when there is none. The cycle does not depend on the order of
// deps: it is a shortest cycle through the smallest id that lies on any
// cycle, listed in dependency order from that id, ties broken by smaller ids
// first. A dependency of an effort on itself is a cycle of one. It runs in
// O(V+E) (plus sorting the successors inside the cycle's component when
// there is a cycle). Callers that leave some efforts out (the analysis skips
// killed ones) filter deps first.
func FindCycle(deps []Dependency) *CycleError {
	index := make(map[string]int32, len(deps))
	var names []string
	node := func(id string) int32 {
		i, ok := index[id]
		if !ok {
			i = int32(len(names))
			index[id] = i
			names = append(names, id)
		}
		return i
	}
	from := make([]int32, len(deps))
	to := make([]int32, len(deps))
	for i, d := range deps {
		from[i], to[i] = node(d.From), node(d.To)
	}
	return FindCycleIn(names, from, to)
}

// FindCycleIn is FindCycle over nodes 0..len(names)-1 named names, with
// edges from[i] -> to[i] (from and to have the same length; names are
// distinct). It is the one cycle finder: validation and the analysis (over
// the efforts its sort could not order) both report the cycle it picks, so
// they name the same one.
func FindCycleIn(names []string, from, to []int32) *CycleError {
	g := newDigraph(len(names), from, to)
	if g.acyclic() {
		return nil
	}
	// The smallest name on a cycle: in a component of 2+ nodes, or looping.
	comp, size := g.components()
	loops := make([]bool, len(names))
	for i, f := range from {
		if f == to[i] {
			loops[f] = true
		}
	}
	s := int32(-1)
	for v := range int32(len(names)) {
		if (size[comp[v]] > 1 || loops[v]) && (s < 0 || names[v] < names[s]) {
			s = v
		}
	}
	if loops[s] {
		return &CycleError{Efforts: []string{names[s]}}
	}
	path := g.shortestCycle(s, comp, names)
	ids := make([]string, len(path))
	for i, v := range path {
		ids[i] = names[v]
	}
	return &CycleError{Efforts: ids}
}

// digraph is a directed graph in compressed rows: the successors of v are
// adj[start[v]:start[v+1]], in edge order.
type digraph struct {
	start, adj []int32
}

func newDigraph(n int, from, to []int32) digraph {
	start := make([]int32, n+1)
	for _, f := range from {
		start[f+1]++
	}
	for i := range n {
		start[i+1] += start[i]
	}
	adj := make([]int32, len(from))
	fill := slices.Clone(start[:n])
	for i, f := range from {
		adj[fill[f]] = to[i]
		fill[f]++
	}
	return digraph{start: start, adj: adj}
}

func (g digraph) n() int               { return len(g.start) - 1 }
func (g digraph) succ(v int32) []int32 { return g.adj[g.start[v]:g.start[v+1]] }
func (g digraph) reverse() digraph     { return newDigraph(g.n(), g.adj, g.sources()) }
func (g digraph) sources() (src []int32) {
	src = make([]int32, len(g.adj))
	for v := range int32(g.n()) {
		for i := g.start[v]; i < g.start[v+1]; i++ {
			src[i] = v
		}
	}
	return src
}

// acyclic runs Kahn's algorithm: the graph is acyclic when every node can be
// removed once nothing points to it. O(V+E).
func (g digraph) acyclic() bool {
	indeg := make([]int32, g.n())
	for _, w := range g.adj {
		indeg[w]++
	}
	var queue []int32
	for v, d := range indeg {
		if d == 0 {
			queue = append(queue, int32(v))
		}
	}
	for i := 0; i < len(queue); i++ {
		for _, w := range g.succ(queue[i]) {
			if indeg[w]--; indeg[w] == 0 {
				queue = append(queue, w)
			}
		}
	}
	return len(queue) == g.n()
}

// components returns the strongly connected component of each node and the
// size of each component (Kosaraju, iterative: no recursion, so a chain of a
// million efforts is fine). O(V+E).
func (g digraph) components() (comp []int32, size []int32) {
	n := g.n()
	// Pass 1: nodes in order of DFS finish.
	order := make([]int32, 0, n)
	seen := make([]bool, n)
	next := slices.Clone(g.start[:n])
	var stack []int32
	for root := range int32(n) {
		if seen[root] {
			continue
		}
		seen[root] = true
		stack = append(stack[:0], root)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			if next[v] == g.start[v+1] {
				order = append(order, v)
				stack = stack[:len(stack)-1]
				continue
			}
			w := g.adj[next[v]]
			next[v]++
			if !seen[w] {
				seen[w] = true
				stack = append(stack, w)
			}
		}
	}
	// Pass 2: on the reverse graph, in reverse finish order.
	r := g.reverse()
	comp = make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	for i := n - 1; i >= 0; i-- {
		root := order[i]
		if comp[root] >= 0 {
			continue
		}
		c := int32(len(size))
		size = append(size, 0)
		comp[root] = c
		stack = append(stack[:0], root)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size[c]++
			for _, w := range r.succ(v) {
				if comp[w] < 0 {
					comp[w] = c
					stack = append(stack, w)
				}
			}
		}
	}
	return comp, size
}

// shortestCycle returns a shortest cycle s, ..., u (u -> s closes it) inside
// the component of s, by a breadth-first search that visits successors by
// name, so that ties go to smaller names whatever the edge order.
func (g digraph) shortestCycle(s int32, comp []int32, names []string) []int32 {
	parent := make(map[int32]int32)
	parent[s] = s
	queue := []int32{s}
	var succ []int32
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		succ = succ[:0]
		for _, w := range g.succ(u) {
			if comp[w] == comp[s] {
				succ = append(succ, w)
			}
		}
		slices.SortFunc(succ, func(a, b int32) int {
			switch {
			case names[a] < names[b]:
				return -1
			case names[a] > names[b]:
				return 1
			}
			return 0
		})
		for _, w := range succ {
			if w == s {
				var path []int32
				for v := u; v != s; v = parent[v] {
					path = append(path, v)
				}
				path = append(path, s)
				slices.Reverse(path)
				return path
			}
			if _, ok := parent[w]; !ok {
				parent[w] = u
				queue = append(queue, w)
			}
		}
	}
	return []int32{s} // unreachable: s is on a cycle of its component
}
