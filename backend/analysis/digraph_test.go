package analysis

import (
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// TestDigraphIsGonumDirected checks the graph.Directed contract of the
// compact graph, and that gonum's topo.Sort orders a DAG on it.
func TestDigraphIsGonumDirected(t *testing.T) {
	// 0 -> 1 -> 3, 0 -> 2 -> 3, 4 alone.
	g := newDigraph(5, []int32{0, 0, 1, 2}, []int32{1, 2, 3, 3})
	ids := func(it graph.Nodes) []int64 {
		var out []int64
		for it.Next() {
			out = append(out, it.Node().ID())
		}
		return out
	}
	nodes := g.Nodes()
	if nodes.Len() != 5 {
		t.Errorf("Len %d", nodes.Len())
	}
	wantEqual(t, "nodes", ids(nodes), []int64{0, 1, 2, 3, 4})
	if nodes.Len() != 0 {
		t.Error("Len after the end")
	}
	nodes.Reset()
	wantEqual(t, "nodes after Reset", ids(nodes), []int64{0, 1, 2, 3, 4})
	from := g.From(0)
	wantEqual(t, "From(0) Len", from.Len(), 2)
	wantEqual(t, "From(0)", ids(from), []int64{1, 2})
	from.Reset()
	wantEqual(t, "From(0) after Reset", ids(from), []int64{1, 2})
	wantEqual(t, "To(3)", ids(g.To(3)), []int64{1, 2})
	wantEqual(t, "From(9)", ids(g.From(9)), []int64(nil))
	wantEqual(t, "To(-1)", ids(g.To(-1)), []int64(nil))
	if g.Node(4) == nil || g.Node(5) != nil {
		t.Error("Node")
	}
	if !g.HasEdgeFromTo(0, 1) || g.HasEdgeFromTo(1, 0) || !g.HasEdgeBetween(1, 0) || g.HasEdgeBetween(0, 3) || g.HasEdgeFromTo(0, 7) {
		t.Error("HasEdge*")
	}
	e := g.Edge(2, 3)
	if e == nil || e.From().ID() != 2 || e.To().ID() != 3 || e.ReversedEdge().From().ID() != 3 || g.Edge(3, 2) != nil {
		t.Error("Edge")
	}
	sorted, err := topo.Sort(g)
	if err != nil {
		t.Fatal(err)
	}
	at := map[int64]int{}
	for i, n := range sorted {
		at[n.ID()] = i
	}
	for u := 0; u < 5; u++ {
		for _, v := range g.succ(int32(u)) {
			if at[int64(u)] > at[int64(v)] {
				t.Errorf("topo.Sort puts %d after %d", u, v)
			}
		}
	}
}
