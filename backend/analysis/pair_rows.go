package analysis

// reinforcingRows converts the mutual pairs, already sorted by ids.
func (h *helps) reinforcingRows(pairs []pair) []Reinforcing {
	x := h.x
	out := make([]Reinforcing, len(pairs))
	for k := range pairs {
		p := &pairs[k]
		out[k] = Reinforcing{Efforts: [2]string{x.ids[p.a], x.ids[p.b]}, Via: h.viaOf(p), Linked: p.linked, Score: float64(p.pct) / 100}
	}
	return out
}

// opportunityRows returns the cross-lane pairs that nothing joins, by score
// (highest first), then ids: a stable counting sort on the score in
// hundredths over pairs already in id order. O(pairs).
func (h *helps) opportunityRows(pairs []pair) []Opportunity {
	x := h.x
	var count [102]int
	for k := range pairs {
		if p := &pairs[k]; p.cross && !p.linked {
			count[101-int(p.pct)]++ // bucket 1 holds score 1.00
		}
	}
	total := 0
	for b := range count {
		count[b], total = total, total+count[b]
	}
	out := make([]Opportunity, total)
	for k := range pairs {
		p := &pairs[k]
		if !p.cross || p.linked {
			continue
		}
		b := 101 - int(p.pct)
		out[count[b]] = Opportunity{
			Efforts: [2]string{x.ids[p.a], x.ids[p.b]},
			Lanes:   [2]string{x.laneIDs[x.lane[p.a]], x.laneIDs[x.lane[p.b]]},
			Via:     h.viaOf(p), Score: float64(p.pct) / 100,
		}
		count[b]++
	}
	return out
}
