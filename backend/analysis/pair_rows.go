package analysis

// pairRows converts the mutual pairs, sorted by ids, to the reinforcing
// pairs and the opportunities: the cross-lane pairs that nothing joins, by
// score (highest first), then ids. The opportunities are put in order by a
// stable counting sort on the score in hundredths, counted while the
// reinforcing rows are written; each core converts a range of the pairs,
// and places its opportunities after those of the ranges before it. An
// opportunity shares its efforts and via list with its reinforcing row.
// O(pairs).
func (h *helps) pairRows(pairs []pair) ([]Reinforcing, []Opportunity) {
	x, byRank, laneOf := h.x, h.order.byRank, h.order.lane
	parts := chunks(len(pairs))
	rows := make([]Reinforcing, len(pairs))
	counts := make([][102]int, parts) // bucket 1 holds score 1.00
	parallel(parts, len(pairs), func(part, lo, hi int) {
		var c [102]int // here, not in counts: the parts' counts share cache lines
		defer func() { counts[part] = c }()
		for k := lo; k < hi; k++ {
			// Field by field: a whole struct stored while the garbage
			// collector marks goes through a slower write barrier.
			p, row := &pairs[k], &rows[k]
			row.Efforts[0], row.Efforts[1] = byRank[p.ra], byRank[p.rb]
			row.Via, row.Linked, row.Score = h.viaOf(p), p.linked(), float64(p.pct)/100
			if p.cross() && !p.linked() {
				c[101-int(p.pct)]++
			}
		}
	})
	total := 0
	for b := range 102 {
		for part := range counts {
			c := &counts[part]
			c[b], total = total, total+c[b]
		}
	}
	opps := make([]Opportunity, total)
	parallel(parts, len(pairs), func(part, lo, hi int) {
		c := counts[part] // the first place of each bucket; a copy, as above
		for k := lo; k < hi; k++ {
			p := &pairs[k]
			if !p.cross() || p.linked() {
				continue
			}
			b := 101 - int(p.pct)
			o, row := &opps[c[b]], &rows[k]
			c[b]++
			o.Efforts[0], o.Efforts[1] = row.Efforts[0], row.Efforts[1]
			o.Lanes[0], o.Lanes[1] = x.laneIDs[laneOf[p.ra]], x.laneIDs[laneOf[p.rb]]
			o.Via, o.Score = row.Via, row.Score
		}
	})
	return rows, opps
}
