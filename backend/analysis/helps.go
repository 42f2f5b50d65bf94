package analysis

import (
	"slices"
	"strings"
)

// pair is a mutually reinforcing pair in dense form: rank[a] < rank[b], its
// via list is vias[via : via+nvia], its score pct/100.
type pair struct {
	a, b          int32
	via           int32
	nvia          uint8
	linked, cross bool
	pct           uint8
}

// helps holds what the helps graph needs besides the index and schedule.
type helps struct {
	x         *index
	s         *schedule
	deps      *depGraph
	links     *linkAdj
	byMetric  *groups
	bySurface *groups
	order     idOrder

	metricVia  []string // "metric:ID", built on first use
	surfaceVia []string // "surface:ID", built on first use
	vias       []string // every pair's via list, back to back
}

// viaOf returns the via list of p (sharing the backing array, capacity
// capped so that appending to it copies).
func (h *helps) viaOf(p *pair) []string {
	end := p.via + int32(p.nvia)
	return h.vias[p.via:end:end]
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
// deduplicates them with a stamp array and inspects each once. The pairs are
// then put in id order by a radix sort on (rank, rank). O(sum over metric
// groups of size^2 + links + touches + pairs), the size of the answer.
func (h *helps) mutualPairs() []pair {
	x, s := h.x, h.s
	n := x.n
	seen := make([]int32, n) // a+1: b is already a candidate of a
	lnk := make([]int32, n)  // a+1: a reinforces link joins a and b
	join := make([]int32, n) // a+1: a dependency or link joins a and b
	h.metricVia = make([]string, len(x.metricIDs))
	h.surfaceVia = make([]string, len(x.surfaceIDs))
	bound := h.pairBound()
	out := make([]pair, 0, bound)
	h.vias = make([]string, 0, bound+bound/4)
	var cand []int32
	rev := h.deps.reverse()
	for a := int32(0); int(a) < n; a++ {
		if !x.active(a) {
			continue
		}
		stamp := a + 1
		cand = cand[:0]
		for _, b := range h.deps.succ(a) {
			join[b] = stamp
		}
		for _, b := range rev.succ(a) {
			join[b] = stamp
		}
		for k := h.links.off[a]; k < h.links.off[a+1]; k++ {
			b := h.links.who[k]
			join[b] = stamp
			if h.links.reinforces[k] {
				lnk[b] = stamp
				if b > a && seen[b] != stamp && x.active(b) {
					seen[b] = stamp
					cand = append(cand, b)
				}
			}
		}
		for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
			who, up := h.byMetric.members(int(x.mMetric[p]))
			dir := x.mUp[p]
			for k, b := range who {
				if b > a && up[k] == dir && seen[b] != stamp && x.active(b) {
					seen[b] = stamp
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
					if b > a && changes[k] && x.dur[b] == 0 && s.es[b] == s.es[a] && seen[b] != stamp && x.active(b) {
						seen[b] = stamp
						cand = append(cand, b)
					}
				}
			}
		}
		for _, b := range cand {
			if p, ok := h.inspect(a, b, lnk[b] == stamp); ok {
				p.linked = join[b] == stamp
				out = append(out, p)
			}
		}
	}
	return h.sortPairs(out)
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

// sortPairs orders pairs by (rank a, rank b) with a radix sort. O(pairs).
func (h *helps) sortPairs(pairs []pair) []pair {
	if len(pairs) < 2 {
		return pairs
	}
	rank := h.order.rank
	keys := make([]uint64, len(pairs))
	perm := make([]int32, len(pairs))
	for k := range pairs {
		keys[k] = uint64(rank[pairs[k].a])<<32 | uint64(rank[pairs[k].b])
		perm[k] = int32(k)
	}
	radixSort(keys, perm, make([]uint64, len(keys)), make([]int32, len(perm)))
	sorted := make([]pair, len(pairs))
	for k, i := range perm {
		sorted[k] = pairs[i]
	}
	return sorted
}

// inspect collects the signals between a and b and reports whether they
// make a mutually reinforcing pair, oriented so that rank[a] < rank[b]. On
// success their via list is appended to h.vias. O(moves(a)*moves(b) + touches(a)*touches(b)).
func (h *helps) inspect(a, b int32, linked bool) (pair, bool) {
	x, s := h.x, h.s
	start := len(h.vias)
	if linked {
		h.vias = append(h.vias, "link")
	}
	nm := 0
	for p := x.mOff[a]; p < x.mOff[a+1]; p++ {
		for q := x.mOff[b]; q < x.mOff[b+1]; q++ {
			if x.mMetric[p] == x.mMetric[q] && x.mUp[p] == x.mUp[q] {
				h.vias = append(h.vias, h.metric(x.mMetric[p]))
				nm++
			}
		}
	}
	sortTail(h.vias, len(h.vias)-nm)
	ab, ba := false, false
	first := len(h.vias)
	for p := x.tOff[a]; p < x.tOff[a+1]; p++ {
		for q := x.tOff[b]; q < x.tOff[b+1]; q++ {
			if x.tSurface[p] != x.tSurface[q] {
				continue
			}
			cp, cq := x.tChanges[p], x.tChanges[q]
			fwd := cp && !cq && s.ef[a] <= s.es[b]
			bwd := cq && !cp && s.ef[b] <= s.es[a]
			if fwd || bwd {
				h.vias = append(h.vias, h.surface(x.tSurface[p]))
			}
			ab, ba = ab || fwd, ba || bwd
		}
	}
	sortTail(h.vias, first)
	if !linked && nm == 0 && !(ab && ba) {
		h.vias = h.vias[:start]
		return pair{}, false
	}
	nvia := min(len(h.vias)-start, 255)
	h.vias = h.vias[:start+nvia]
	if h.order.rank[a] > h.order.rank[b] {
		a, b = b, a
	}
	gap := max(0, max(s.es[a], s.es[b])-min(s.ef[a], s.ef[b]))
	return pair{
		a: a, b: b,
		via: int32(start), nvia: uint8(nvia),
		cross: x.lane[a] != x.lane[b],
		pct:   scorePct(nvia, gap),
	}, true
}

// sortTail sorts via[from:] (a handful of strings).
func sortTail(via []string, from int) {
	if len(via)-from > 1 {
		slices.SortFunc(via[from:], strings.Compare)
	}
}

func (h *helps) metric(m int32) string {
	if h.metricVia[m] == "" {
		h.metricVia[m] = "metric:" + h.x.metricIDs[m]
	}
	return h.metricVia[m]
}

func (h *helps) surface(g int32) string {
	if h.surfaceVia[g] == "" {
		h.surfaceVia[g] = "surface:" + h.x.surfaceIDs[g]
	}
	return h.surfaceVia[g]
}
