package analysis

import (
	"math/bits"
	"slices"
	"strings"
)

// pair is a mutually reinforcing pair in dense form, by the ranks of its
// efforts, ra < rb (sorting pairs by ids is sorting them by ranks, and the
// rows read their ids from order.byRank): its via list is
// vias[part][via : via+nvia] (or, when it is just one metric or "link",
// shared: see viaOf), its score pct/100.
type pair struct {
	ra, rb int32
	via    int32
	nvia   uint8
	part   uint8 // the finder whose vias hold the via list
	flags  uint8 // pairLinked, pairCross
	pct    uint8
}

const (
	pairLinked     = 1 << iota // a dependency or a link joins the pair
	pairCross                  // the two efforts are in different lanes
	pairOnlyMetric             // via is just metric p.via
	pairOnlyLink               // via is just "link"
)

func (p *pair) linked() bool { return p.flags&pairLinked != 0 }
func (p *pair) cross() bool  { return p.flags&pairCross != 0 }

// helps holds what the helps graph needs besides the index and schedule.
type helps struct {
	x         *index
	s         *schedule
	deps      *depGraph
	links     *linkAdj
	byMetric  *groups
	bySurface *groups
	order     *idOrder // with lanes

	viaLists
}

// viaLists holds the via lists of the pairs (see viaOf), apart from the
// rest of helps so that a Compact keeps only them.
type viaLists struct {
	vias      [][]string // per finder: its pairs' via lists, back to back
	metricVia []string   // "metric:ID" of every metric
	linkVia   []string   // just "link"
}

// viaOf returns the via list of p. Via lists share backing arrays, their
// capacity capped so that appending to one copies it: most pairs have just
// one signal, a metric or a link, and share one list per metric (a slice of
// metricVia) or linkVia, which keeps a million via lists from costing a
// million strings to build and to scan in every garbage collection.
func (h *viaLists) viaOf(p *pair) []string {
	switch {
	case p.flags&pairOnlyMetric != 0:
		return h.metricVia[p.via : p.via+1 : p.via+1]
	case p.flags&pairOnlyLink != 0:
		return h.linkVia
	}
	end := p.via + int32(p.nvia)
	return h.vias[p.part][p.via:end:end]
}

// mutualPairs lists every mutually reinforcing pair of active efforts (SPEC
// §3.3), sorted by ids. A helps B, and B helps A, when they move a metric
// the same way or a reinforces link joins them; a pair helped only by
// sequenced surfaces (A changes what B relies on and finishes before B
// starts) is mutual only when that holds both ways, which needs two
// milestones on one day.
//
// It never looks at all pairs: for each effort a (in file order, which keeps
// neighbours in cache) it gathers the candidates b > a from its metric
// groups, its links and (for a milestone) the changers of what it relies on,
// deduplicates them with a stamp array and inspects each once. The efforts
// are cut into one range per core, searched concurrently, and the pairs are
// put in id order by a radix sort on (rank, rank). O(sum over metric groups
// of size^2 + links + touches + pairs), the size of the answer.
func (h *helps) mutualPairs() []pair {
	x := h.x
	var rev *digraph // the dependencies reversed, unless they all point forward
	if !h.deps.forward {
		rev = h.deps.reverse()
	}
	bound := h.pairBound()
	h.metricVia = make([]string, len(x.metricIDs))
	for m, id := range x.metricIDs {
		h.metricVia[m] = "metric:" + id
	}
	h.linkVia = []string{"link"}
	parts := chunks(x.n)
	found := make([][]pair, parts)
	h.vias = make([][]string, parts)
	parallel(parts, x.n, func(part, lo, hi int) {
		share := (bound + bound/16) / parts // a part takes more than its share rarely
		f := &pairFinder{h: h, rev: rev, part: uint8(part), mark: make([]uint32, x.n),
			surfaceVia: map[int32]string{}, pairs: make([]pair, 0, share)}
		f.find(int32(lo), int32(hi))
		found[part], h.vias[part] = f.pairs, f.vias
	})
	return sortPairs(found, x.n)
}

// pairFinder finds the mutual pairs whose first effort (in file order) is
// in one range, with buffers of its own.
type pairFinder struct {
	h    *helps
	rev  *digraph // the dependencies reversed, or nil when all point forward
	part uint8
	only []bool // when set, the efforts searched (see takes); rev is then set

	// mark[b] holds stamp | bits for the effort a being searched: b is a
	// candidate already, a reinforces link joins a and b, a dependency or a
	// link joins them. A stale stamp means no bits.
	mark  []uint32
	stamp uint32

	surfaceVia map[int32]string // "surface:ID", built on first use (few pairs have one)
	vias       []string
	pairs      []pair
	cand       []int32
}

const (
	markSeen = 1 << iota
	markLink
	markJoin
	markBits = 7
)

// set adds bits to b's marks and returns the marks it had.
func (f *pairFinder) set(b int32, bits uint32) uint32 {
	m := f.mark[b]
	if m&^markBits != f.stamp {
		m = f.stamp
	}
	f.mark[b] = m | bits
	return m & markBits
}

// marks returns b's marks.
func (f *pairFinder) marks(b int32) uint32 {
	if m := f.mark[b]; m&^markBits == f.stamp {
		return m & markBits
	}
	return 0
}

// find appends the mutual pairs of every active a in [lo, hi) with a later b.
func (f *pairFinder) find(lo, hi int32) {
	for a := lo; a < hi; a++ {
		f.findOf(a)
	}
}

// takes reports whether the pair of a and b is a's to find: b comes later,
// or, when the finder searches only some efforts (only is set), b is any
// other effort but one of those that comes before a (whose search found
// the pair).
func (f *pairFinder) takes(a, b int32) bool {
	if f.only == nil {
		return b > a
	}
	return b != a && !(f.only[b] && b < a)
}

// findOf appends the mutual pairs of a, if active, with the b it takes.
func (f *pairFinder) findOf(a int32) {
	h, x := f.h, f.h.x
	s := h.s
	if !x.active(a) {
		return
	}
	f.stamp = uint32(a+1) << 3 // a < 2^29: a file under 1 GiB has fewer efforts
	cand := f.cand[:0]
	for _, b := range h.deps.succ(a) {
		f.set(b, markJoin)
	}
	if f.rev != nil { // else a dependency between a and a later b is a's
		for _, b := range f.rev.succ(a) {
			f.set(b, markJoin)
		}
	}
	for k := h.links.off[a]; k < h.links.off[a+1]; k++ {
		b := h.links.who[k]
		if !h.links.reinforces[k] {
			f.set(b, markJoin)
			continue
		}
		if old := f.set(b, markJoin|markLink); f.takes(a, b) && old&markSeen == 0 && x.active(b) {
			f.set(b, markSeen)
			cand = append(cand, b)
		}
	}
	for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
		who, up := h.byMetric.members(int(x.mMetric[p]))
		dir := x.mUp[p]
		for k, b := range who {
			if f.takes(a, b) && up[k] == dir && x.active(b) && f.set(b, markSeen)&markSeen == 0 {
				cand = append(cand, b)
			}
		}
	}
	if x.dur[a] == 0 {
		for p := x.tOff[a]; p < x.tOff[a+1]; p++ {
			if x.tChanges[p] {
				continue
			}
			who, changes := h.bySurface.members(int(x.tSurface[p]))
			for k, b := range who {
				if f.takes(a, b) && changes[k] && x.dur[b] == 0 && s.es[b] == s.es[a] && x.active(b) && f.set(b, markSeen)&markSeen == 0 {
					cand = append(cand, b)
				}
			}
		}
	}
	for _, b := range cand {
		m := f.marks(b)
		if p, ok := f.inspect(a, b, m&markLink != 0); ok {
			if m&markJoin != 0 {
				p.flags |= pairLinked
			}
			f.pairs = append(f.pairs, p)
		}
	}
	f.cand = cand
}

// pairBound returns an upper bound of the number of mutual pairs that
// metric groups and links make (two milestones on one day may add a few):
// the sum over (metric, direction) of k(k-1)/2 for k active efforts, plus
// the reinforces links. O(moves + links).
func (h *helps) pairBound() int {
	x := h.x
	bound := 0
	for g := 0; g < len(x.metricIDs); g++ {
		who, up := h.byMetric.members(g)
		var k [2]int
		for j, i := range who {
			if x.active(i) {
				k[b2i(up[j])]++
			}
		}
		bound += k[0]*(k[0]-1)/2 + k[1]*(k[1]-1)/2
	}
	for _, r := range h.links.reinforces {
		if r {
			bound++ // each link is listed at both ends: half of this is enough
		}
	}
	return bound
}

// sortPairs returns the pairs of all parts sorted by (ra, rb), ranks of n
// efforts: a radix sort (sortItems) with, at 1M efforts, one pass over the
// pairs and three over each bucket of a thousand, in cache.
func sortPairs(parts [][]pair, n int) []pair {
	bits := uint(max(1, bits.Len(uint(n))))
	return sortItems(parts, 2*bits, func(p *pair) uint64 { return uint64(p.ra)<<bits | uint64(p.rb) })
}

// inspect collects the signals between a and b and reports whether they
// make a mutually reinforcing pair. Most pairs have one signal, a metric or
// a link, and share a via list (see viaOf); the others get theirs appended
// to f.vias. O(moves(a)*moves(b) + touches(a)*touches(b)).
func (f *pairFinder) inspect(a, b int32, linked bool) (pair, bool) {
	h, x := f.h, f.h.x
	s := h.s
	nm, metric := 0, int32(0)
	for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
		for q := x.mOff[b]; q < x.mOff[b+1]; q++ {
			if x.mMetric[p] == x.mMetric[q] && x.mUp[p] == x.mUp[q] {
				metric = x.mMetric[p]
				nm++
			}
		}
	}
	ns, ab, ba := 0, false, false
	for p := x.tOff[a]; p < x.tOff[a+1]; p++ {
		for q := x.tOff[b]; q < x.tOff[b+1]; q++ {
			if x.tSurface[p] != x.tSurface[q] {
				continue
			}
			cp, cq := x.tChanges[p], x.tChanges[q]
			fwd := cp && !cq && s.ef[a] <= s.es[b]
			bwd := cq && !cp && s.ef[b] <= s.es[a]
			if fwd || bwd {
				ns++
			}
			ab, ba = ab || fwd, ba || bwd
		}
	}
	if !linked && nm == 0 && !(ab && ba) {
		return pair{}, false
	}
	nvia := min(b2i(linked)+nm+ns, 255)
	ra, rb := h.order.rank[a], h.order.rank[b]
	if ra > rb {
		ra, rb = rb, ra
	}
	p := pair{ra: ra, rb: rb, nvia: uint8(nvia), part: f.part,
		pct: scorePct(nvia, max(0, max(s.es[a], s.es[b])-min(s.ef[a], s.ef[b])))}
	if x.lane[a] != x.lane[b] {
		p.flags |= pairCross
	}
	switch {
	case nvia == 1 && linked:
		p.flags |= pairOnlyLink
	case nvia == 1 && nm == 1:
		p.flags, p.via = p.flags|pairOnlyMetric, metric
	default:
		p.via = int32(len(f.vias))
		f.appendVias(a, b, linked)
		f.vias = f.vias[:int(p.via)+nvia]
	}
	return p, true
}

// appendVias appends the sorted via list of a and b to f.vias: "link",
// then their metrics, then their sequenced surfaces (in this order the
// whole list is sorted).
func (f *pairFinder) appendVias(a, b int32, linked bool) {
	h, x := f.h, f.h.x
	s := h.s
	if linked {
		f.vias = append(f.vias, "link")
	}
	first := len(f.vias)
	for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
		for q := x.mOff[b]; q < x.mOff[b+1]; q++ {
			if x.mMetric[p] == x.mMetric[q] && x.mUp[p] == x.mUp[q] {
				f.vias = append(f.vias, h.metricVia[x.mMetric[p]])
			}
		}
	}
	sortTail(f.vias, first)
	first = len(f.vias)
	for p := x.tOff[a]; p < x.tOff[a+1]; p++ {
		for q := x.tOff[b]; q < x.tOff[b+1]; q++ {
			if x.tSurface[p] != x.tSurface[q] {
				continue
			}
			cp, cq := x.tChanges[p], x.tChanges[q]
			if cp && !cq && s.ef[a] <= s.es[b] || cq && !cp && s.ef[b] <= s.es[a] {
				f.vias = append(f.vias, f.surface(x.tSurface[p]))
			}
		}
	}
	sortTail(f.vias, first)
}

// sortTail sorts via[from:] (a handful of strings).
func sortTail(via []string, from int) {
	if len(via)-from > 1 {
		slices.SortFunc(via[from:], strings.Compare)
	}
}

func (f *pairFinder) surface(g int32) string {
	v, ok := f.surfaceVia[g]
	if !ok {
		v = "surface:" + f.h.x.surfaceIDs[g]
		f.surfaceVia[g] = v
	}
	return v
}
