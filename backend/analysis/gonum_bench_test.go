package analysis

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/graph/topo"

	"tandem/backend/model/modeltest"
)

// BenchmarkGonum sets gonum's graph algorithms beside Tandem's own on the
// compact dependency graph (digraph.go implements gonum's graph.Directed,
// so gonum runs on the same slices, with no copy) of generated roadmaps:
//
//   - order: the CPM's topological order. Own: computeSchedule, which finds
//     the order (Kahn's, or the file order when every dependency points
//     forward) AND runs both CPM passes; gonum: topo.Sort alone, the order
//     without any pass. Gonum is only worth using here if the second is
//     within 1.5x of the first.
//   - scc: the strongly connected components, on the dependency graph with
//     one edge in 50 also added backwards so that there are cycles to find.
//     Own: stronglyConnected (Pearce's, over the slices); gonum:
//     topo.TarjanSCC.
//
// The figures, and the choice they led to, are in doc.go ("gonum").
// Run: go test -run '^$' -bench Gonum -benchmem ./backend/analysis/
func BenchmarkGonum(b *testing.B) {
	for _, n := range benchSizes {
		if n >= 1_000_000 && testing.Short() {
			continue
		}
		r := modeltest.Generate(n, 1)
		x := indexOf(b, r)
		g := newDepGraph(x)
		cyclic := withBackEdges(g.digraph, 50)
		b.Run(fmt.Sprintf("N=%s/order/own-cpm", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := computeSchedule(x, g); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("N=%s/order/gonum-sort", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := topo.Sort(g.digraph); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("N=%s/scc/own", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				stronglyConnected(cyclic)
			}
		})
		b.Run(fmt.Sprintf("N=%s/scc/gonum", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				topo.TarjanSCC(cyclic)
			}
		})
	}
}

// withBackEdges returns g with every every-th edge also added reversed.
func withBackEdges(g *digraph, every int) *digraph {
	var src, dst []int32
	for u := int32(0); int(u) < g.order(); u++ {
		for k, v := range g.succ(u) {
			src, dst = append(src, u), append(dst, v)
			if (int(g.off[u])+k)%every == 0 {
				src, dst = append(src, v), append(dst, u)
			}
		}
	}
	return newDigraph(g.order(), src, dst)
}
