package analysis

import (
	"slices"

	"gonum.org/v1/gonum/graph"
)

// digraph is a compact directed graph on the nodes 0..n-1 in CSR form: the
// successors of u are adj[off[u]:off[u+1]]. It satisfies gonum's
// graph.Directed, so that gonum's algorithms (topo.Sort, topo.TarjanSCC) run
// on it without copying it into a map-based graph. Node, From and
// HasEdgeFromTo are O(1) or O(out-degree); To builds the reverse adjacency
// once, O(V+E).
type digraph struct {
	off []int32
	adj []int32
	rev *digraph
}

var _ graph.Directed = (*digraph)(nil)

// newDigraph returns the graph on n nodes with the edges src[k] -> dst[k],
// successors in edge order. O(V+E) by a counting sort; when the edges are
// listed by source already (src non-decreasing), dst itself becomes the
// adjacency, so the caller must not change it afterwards.
func newDigraph(n int, src, dst []int32) *digraph {
	g := &digraph{off: make([]int32, n+1)}
	for _, s := range src {
		g.off[s+1]++
	}
	for i := 0; i < n; i++ {
		g.off[i+1] += g.off[i]
	}
	if slices.IsSorted(src) {
		g.adj = dst
		return g
	}
	g.adj = make([]int32, len(src))
	next := make([]int32, n)
	copy(next, g.off[:n])
	for k, s := range src {
		g.adj[next[s]] = dst[k]
		next[s]++
	}
	return g
}

// order returns the number of nodes.
func (g *digraph) order() int { return len(g.off) - 1 }

// succ returns the successors of u.
func (g *digraph) succ(u int32) []int32 { return g.adj[g.off[u]:g.off[u+1]] }

// node is a gonum node: its ID is the dense index.
type node int64

func (n node) ID() int64 { return int64(n) }

// edge is a gonum edge between two nodes.
type edge struct{ f, t node }

func (e edge) From() graph.Node         { return e.f }
func (e edge) To() graph.Node           { return e.t }
func (e edge) ReversedEdge() graph.Edge { return edge{e.t, e.f} }

// nodeRange iterates the nodes 0..n-1.
type nodeRange struct{ cur, n int64 }

func (it *nodeRange) Next() bool {
	if it.cur+1 >= it.n {
		it.cur = it.n
		return false
	}
	it.cur++
	return true
}
func (it *nodeRange) Len() int {
	if it.cur >= it.n {
		return 0
	}
	return int(it.n - it.cur - 1)
}
func (it *nodeRange) Reset()           { it.cur = -1 }
func (it *nodeRange) Node() graph.Node { return node(it.cur) }

// nodeList iterates a slice of dense indices.
type nodeList struct {
	ids []int32
	cur int
}

func (it *nodeList) Next() bool {
	if it.cur+1 >= len(it.ids) {
		it.cur = len(it.ids)
		return false
	}
	it.cur++
	return true
}
func (it *nodeList) Len() int {
	if it.cur >= len(it.ids) {
		return 0
	}
	return len(it.ids) - it.cur - 1
}
func (it *nodeList) Reset()           { it.cur = -1 }
func (it *nodeList) Node() graph.Node { return node(it.ids[it.cur]) }

func (g *digraph) has(id int64) bool { return id >= 0 && id < int64(g.order()) }

// Node returns the node with the given ID, or nil.
func (g *digraph) Node(id int64) graph.Node {
	if !g.has(id) {
		return nil
	}
	return node(id)
}

// Nodes returns all nodes in ascending ID order.
func (g *digraph) Nodes() graph.Nodes { return &nodeRange{cur: -1, n: int64(g.order())} }

// From returns the successors of the node id.
func (g *digraph) From(id int64) graph.Nodes {
	if !g.has(id) {
		return &nodeList{cur: -1}
	}
	return &nodeList{ids: g.succ(int32(id)), cur: -1}
}

// To returns the predecessors of the node id.
func (g *digraph) To(id int64) graph.Nodes {
	if !g.has(id) {
		return &nodeList{cur: -1}
	}
	return g.reverse().From(id)
}

// HasEdgeFromTo reports whether u -> v is an edge.
func (g *digraph) HasEdgeFromTo(u, v int64) bool {
	if !g.has(u) || !g.has(v) {
		return false
	}
	for _, w := range g.succ(int32(u)) {
		if int64(w) == v {
			return true
		}
	}
	return false
}

// HasEdgeBetween reports whether x -> y or y -> x is an edge.
func (g *digraph) HasEdgeBetween(x, y int64) bool {
	return g.HasEdgeFromTo(x, y) || g.HasEdgeFromTo(y, x)
}

// Edge returns the edge u -> v, or nil.
func (g *digraph) Edge(u, v int64) graph.Edge {
	if !g.HasEdgeFromTo(u, v) {
		return nil
	}
	return edge{node(u), node(v)}
}

// reverse returns the graph with every edge reversed, built once.
func (g *digraph) reverse() *digraph {
	if g.rev == nil {
		n := g.order()
		src := make([]int32, len(g.adj))
		for u := 0; u < n; u++ {
			for k := g.off[u]; k < g.off[u+1]; k++ {
				src[k] = int32(u)
			}
		}
		g.rev = newDigraph(n, g.adj, src)
	}
	return g.rev
}
