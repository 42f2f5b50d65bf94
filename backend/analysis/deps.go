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
	typ     []uint8
	lag     []int
	count   int
	cross   int
	forward bool // every edge goes to a later effort in the file
}

// newDepGraph builds the dependency graph of x. Cost: O(V+E), with the
// ends of the dependencies as dependencyEnds finds them, and a counting
// sort unless the file lists the dependencies by predecessor in effort
// order, as generated and exported files do.
func newDepGraph(x *index) *depGraph {
	deps := x.r.Dependencies
	ends := x.dependencyEnds()
	src := make([]int32, 0, len(deps))
	dst := make([]int32, 0, len(deps))
	typ := make([]uint8, 0, len(deps))
	lag := make([]int, 0, len(deps))
	g := &depGraph{}
	bySrc := true // src is non-decreasing: the edges are in CSR order already
	g.forward = true
	for k := range deps {
		d := &deps[k]
		a, b := x.liveOrNone(ends[k][0]), x.liveOrNone(ends[k][1])
		if a < 0 || b < 0 {
			continue
		}
		if len(src) > 0 && a < src[len(src)-1] {
			bySrc = false
		}
		g.forward = g.forward && a < b
		src, dst = append(src, a), append(dst, b)
		typ, lag = append(typ, depType(d.Type)), append(lag, d.LagDays)
		if x.lane[a] != x.lane[b] {
			g.cross++
		}
	}
	g.count = len(src)
	g.digraph = newDigraph(x.n, src, dst)
	if bySrc {
		g.typ, g.lag = typ, lag
		return g
	}
	// The edge attributes in CSR order, as newDigraph placed dst.
	g.typ = make([]uint8, len(src))
	g.lag = make([]int, len(src))
	next := make([]int32, x.n)
	copy(next, g.off[:x.n])
	for e, s := range src {
		p := next[s]
		next[s]++
		g.typ[p], g.lag[p] = typ[e], lag[e]
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
