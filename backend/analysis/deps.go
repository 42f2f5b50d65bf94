package analysis

import "tandem/backend/model"

// Dependency types as stored in depGraph.typ.
const (
	depFS uint8 = iota
	depSS
	depFF
	depSF
)

// depGraph is the dependency graph over live efforts: edge k of the digraph
// (predecessor -> successor) has type typ[k] and lag lag[k]. Dependencies
// that touch a killed effort, or name an unknown one, are left out. count
// and cross are the dependencies kept and those whose ends are in two lanes.
type depGraph struct {
	*digraph
	typ   []uint8
	lag   []int
	count int
	cross int
}

// newDepGraph builds the dependency graph of x. Cost: up to two table
// look-ups per dependency and an O(V+E) counting sort.
func newDepGraph(x *index) *depGraph {
	deps := x.r.Dependencies
	src := make([]int32, 0, len(deps))
	dst := make([]int32, 0, len(deps))
	pos := make([]int32, 0, len(deps)) // index in deps of each kept edge
	g := &depGraph{}
	lastFrom, lastA := "", int32(-1) // files often list dependencies by predecessor
	for k := range deps {
		d := &deps[k]
		a := lastA
		if d.From != lastFrom || k == 0 {
			a = x.effortOf(d.From)
			lastFrom, lastA = d.From, a
		}
		b := x.effortOf(d.To)
		if a < 0 || b < 0 {
			continue
		}
		src, dst, pos = append(src, a), append(dst, b), append(pos, int32(k))
		if x.lane[a] != x.lane[b] {
			g.cross++
		}
	}
	g.count = len(src)
	g.digraph = newDigraph(x.n, src, dst)
	// The edge attributes in CSR order, as newDigraph placed dst.
	g.typ = make([]uint8, len(src))
	g.lag = make([]int, len(src))
	next := dst[:0:0]
	if x.n > 0 {
		next = make([]int32, x.n)
		copy(next, g.off[:x.n])
	}
	for e, s := range src {
		p := next[s]
		next[s]++
		d := &deps[pos[e]]
		g.typ[p] = depType(d.Type)
		g.lag[p] = d.LagDays
	}
	return g
}

// depType maps a dependency type to its code; empty or unknown means FS.
func depType(t string) uint8 {
	switch t {
	case model.DepSS:
		return depSS
	case model.DepFF:
		return depFF
	case model.DepSF:
		return depSF
	}
	return depFS
}

// earliestStart returns the earliest start of the successor of edge k
// allowed by that edge, given the predecessor's es and ef and the
// successor's duration d (SPEC §3.1).
func (g *depGraph) earliestStart(k int32, es, ef, d int) int {
	switch g.typ[k] {
	case depSS:
		return es + g.lag[k]
	case depFF:
		return ef + g.lag[k] - d
	case depSF:
		return es + g.lag[k] - d
	}
	return ef + g.lag[k]
}

// latestFinish returns the latest finish of the predecessor of edge k
// allowed by that edge, given the successor's ls and lf and the
// predecessor's duration d.
func (g *depGraph) latestFinish(k int32, ls, lf, d int) int {
	switch g.typ[k] {
	case depSS:
		return ls - g.lag[k] + d
	case depFF:
		return lf - g.lag[k]
	case depSF:
		return lf - g.lag[k] + d
	}
	return ls - g.lag[k]
}
