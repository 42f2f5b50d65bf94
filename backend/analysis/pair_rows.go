package analysis

// pairRows converts the mutual pairs, sorted by ids, to the reinforcing
// pairs and the opportunities (see opportunityOrder), each core converting
// a range of them. An opportunity shares its efforts and via list with its
// reinforcing row. O(pairs).
func (h *helps) pairRows(pairs []pair) ([]Reinforcing, []Opportunity) {
	rows := pairView{via: &h.viaLists, byRank: h.order.byRank, laneOf: h.order.lane, laneIDs: h.x.laneIDs}
	return rows.reinforcingRows(pairs), rows.opportunityRows(pairs, opportunityOrder(pairs))
}

// pairView turns pairs into rows: the ids by rank, the lanes, the vias.
type pairView struct {
	via     *viaLists
	byRank  []string
	laneOf  []int32 // the lane of each rank
	laneIDs []string
}

// reinforcing writes the reinforcing row of p, field by field: a whole
// struct stored while the garbage collector marks goes through a slower
// write barrier.
func (v *pairView) reinforcing(row *Reinforcing, p *pair) {
	row.Efforts[0], row.Efforts[1] = v.byRank[p.ra], v.byRank[p.rb]
	row.Via, row.Linked, row.Score = v.via.viaOf(p), p.linked(), float64(p.pct)/100
}

// opportunity writes the opportunity row of p (see reinforcing).
func (v *pairView) opportunity(o *Opportunity, p *pair) {
	o.Efforts[0], o.Efforts[1] = v.byRank[p.ra], v.byRank[p.rb]
	o.Lanes[0], o.Lanes[1] = v.laneIDs[v.laneOf[p.ra]], v.laneIDs[v.laneOf[p.rb]]
	o.Via, o.Score = v.via.viaOf(p), float64(p.pct)/100
}

func (v *pairView) reinforcingRows(pairs []pair) []Reinforcing {
	rows := make([]Reinforcing, len(pairs))
	parallel(chunks(len(pairs)), len(pairs), func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			v.reinforcing(&rows[k], &pairs[k])
		}
	})
	return rows
}

// rowsFrom returns n rows, row k being prev[from[k]] when from[k] >= 0
// (see Compact.ReinforcingFrom), else made by build, each core filling a
// range of them.
func rowsFrom[T any](n int, from []int32, prev []T, build func(row *T, k int)) []T {
	rows := make([]T, n)
	parallel(chunks(n), n, func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			if j := from[k]; j >= 0 {
				rows[k] = prev[j]
			} else {
				build(&rows[k], k)
			}
		}
	})
	return rows
}

func (v *pairView) opportunityRows(pairs []pair, order []int32) []Opportunity {
	opps := make([]Opportunity, len(order))
	parallel(chunks(len(order)), len(order), func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			v.opportunity(&opps[k], &pairs[order[k]])
		}
	})
	return opps
}

// opportunityOrder lists the opportunities among the pairs (sorted by ids):
// the indexes of the cross-lane pairs that nothing joins, by score (highest
// first), then ids. They are put in order by a stable counting sort on the
// score in hundredths; each core counts a range of the pairs, then places
// its opportunities after those of the ranges before it. O(pairs).
func opportunityOrder(pairs []pair) []int32 {
	parts := chunks(len(pairs))
	counts := make([][102]int, parts) // bucket 1 holds score 1.00
	parallel(parts, len(pairs), func(part, lo, hi int) {
		var c [102]int // here, not in counts: the parts' counts share cache lines
		for k := lo; k < hi; k++ {
			if p := &pairs[k]; p.cross() && !p.linked() {
				c[101-int(p.pct)]++
			}
		}
		counts[part] = c
	})
	total := 0
	for b := range 102 {
		for part := range counts {
			c := &counts[part]
			c[b], total = total, total+c[b]
		}
	}
	order := make([]int32, total)
	parallel(parts, len(pairs), func(part, lo, hi int) {
		c := counts[part] // the first place of each bucket; a copy, as above
		for k := lo; k < hi; k++ {
			p := &pairs[k]
			if !p.cross() || p.linked() {
				continue
			}
			b := 101 - int(p.pct)
			order[c[b]] = int32(k)
			c[b]++
		}
	})
	return order
}
