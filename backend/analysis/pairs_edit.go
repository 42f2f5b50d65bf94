package analysis

import "cmp"

// maxEditParts caps the via parts that pairs found after edits pile up
// (each edit adds one, see pairsAfterEdit): past it, the pairs are found
// anew, which also drops the via lists of pairs gone.
const maxEditParts = 64

// pairsAfterEdit returns the mutual pairs of h (sorted by ids, as
// mutualPairs returns them) from prev's, the analysis before an edit,
// when only the efforts changed (see rescheduled) may have other pairs:
// only their pairs are searched; the others are prev's. from[i] tells
// where pair i comes from (see Compact.ReinforcingFrom). It sets
// h.viaLists: prev's parts and one more for the pairs found here. When
// prev has maxEditParts via parts, it is mutualPairs, and from is nil.
// O(changed efforts' pairs + pairs).
func (h *helps) pairsAfterEdit(prev *Compact, changed []bool) (pairs []pair, from []int32) {
	x := h.x
	if len(prev.pv.via.vias) >= maxEditParts {
		return h.mutualPairs(), nil
	}
	h.viaLists = viaLists{
		vias:      append(prev.pv.via.vias[:len(prev.pv.via.vias):len(prev.pv.via.vias)], nil),
		metricVia: prev.pv.via.metricVia,
		linkVia:   prev.pv.via.linkVia,
	}
	part := len(h.vias) - 1
	f := &pairFinder{h: h, rev: h.deps.reverse(), part: uint8(part), only: changed,
		mark: make([]uint32, x.n), surfaceVia: map[int32]string{}}
	for i := range x.n {
		if changed[i] {
			f.findOf(int32(i))
		}
	}
	h.vias[part] = f.vias
	found := sortPairs([][]pair{f.pairs}, x.n)
	changedRank := make([]bool, x.n)
	for i := range x.n {
		if changed[i] {
			changedRank[h.order.rank[i]] = true
		}
	}
	return mergePairs(prev.pairs, found, changedRank)
}

// mergePairs returns old's pairs of no changed effort (changed[rank]) and
// found, merged in order, both sorted by (ra, rb), with where each comes
// from: from[i] = j when it is old[j], -2-j when it is found but old[j]
// has its efforts, -1 otherwise.
func mergePairs(old, found []pair, changed []bool) (pairs []pair, from []int32) {
	pairs = make([]pair, 0, len(old)+len(found))
	from = make([]int32, 0, len(old)+len(found))
	key := func(p *pair) [2]int32 { return [2]int32{p.ra, p.rb} }
	cmpKey := func(p, q *pair) int {
		if c := cmp.Compare(p.ra, q.ra); c != 0 {
			return c
		}
		return cmp.Compare(p.rb, q.rb)
	}
	j := 0
	for k := range found {
		f := &found[k]
		for ; j < len(old) && cmpKey(&old[j], f) < 0; j++ {
			if o := &old[j]; !changed[o.ra] && !changed[o.rb] {
				pairs, from = append(pairs, *o), append(from, int32(j))
			}
		}
		src := int32(-1)
		if j < len(old) && key(&old[j]) == key(f) {
			src = -2 - int32(j)
			j++
		}
		pairs, from = append(pairs, *f), append(from, src)
	}
	for ; j < len(old); j++ {
		if o := &old[j]; !changed[o.ra] && !changed[o.rb] {
			pairs, from = append(pairs, *o), append(from, int32(j))
		}
	}
	return pairs, from
}

// opportunitiesFrom returns OpportunitiesFrom (see ReinforcingFrom) for the
// opportunities opps (indexes in the pairs) of pairs kept as pairFrom says
// from the pairs of prev, whose opportunities are prevOpps. O(pairs).
func opportunitiesFrom(opps, pairFrom, prevOpps []int32, prevPairs int) []int32 {
	oppOf := make([]int32, prevPairs) // the opportunity of each pair before, + 1
	for k, p := range prevOpps {
		oppOf[p] = int32(k) + 1
	}
	from := make([]int32, len(opps))
	for k, p := range opps {
		switch f := pairFrom[p]; {
		case f >= 0 && oppOf[f] > 0:
			from[k] = oppOf[f] - 1
		case f < -1 && oppOf[-2-f] > 0:
			from[k] = -2 - (oppOf[-2-f] - 1)
		default:
			from[k] = -1
		}
	}
	return from
}
