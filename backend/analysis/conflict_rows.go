package analysis

import (
	"slices"

	"tandem/backend/model"
)

// acceptances maps each effort named by an `accept` decision to the indexes
// of those decisions. A conflict is accepted when one accept decision names
// both of its efforts (the decision's date does not matter).
type acceptances map[int32][]int

func newAcceptances(x *index) acceptances {
	acc := acceptances{}
	for d, dec := range x.r.Decisions {
		if dec.Kind != model.DecisionAccept {
			continue
		}
		for _, id := range dec.Efforts {
			if i := x.pos.get(id); i >= 0 {
				if l := acc[i]; len(l) == 0 || l[len(l)-1] != d {
					acc[i] = append(l, d)
				}
			}
		}
	}
	return acc
}

func (acc acceptances) accepted(a, b int32) bool {
	da, db := acc[a], acc[b]
	for _, d := range da {
		if slices.Contains(db, d) {
			return true
		}
	}
	return false
}

// buildConflicts orients every raw conflict by id, sorts them by kind, window
// start, ids and subject, and converts them to Conflicts. O(conflicts).
func buildConflicts(x *index, rank []int32, raw []rawConflict) []Conflict {
	for i := range raw {
		if rank[raw[i].a] > rank[raw[i].b] {
			raw[i].a, raw[i].b = raw[i].b, raw[i].a
		}
	}
	raw = sortConflicts(raw, rank)
	acc := newAcceptances(x)
	out := make([]Conflict, len(raw))
	for i := range raw {
		c := &raw[i]
		la, lb := x.lane[c.a], x.lane[c.b]
		o := Conflict{
			Kind:      kindNames[c.kind],
			Severity:  severityNames[c.sev],
			Efforts:   [2]string{x.ids[c.a], x.ids[c.b]},
			Lanes:     [2]string{x.laneIDs[la], x.laneIDs[lb]},
			CrossLane: la != lb,
			Days:      int(c.to - c.from),
		}
		switch c.kind {
		case kSurface:
			o.Surface = x.surfaceIDs[c.subject]
		case kMetric:
			o.Metric = x.metricIDs[c.subject]
		}
		if c.to > c.from {
			o.From, o.To = x.cal.date(int(c.from)), x.cal.date(int(c.to-1))
		}
		o.Accepted = len(acc) > 0 && acc.accepted(c.a, c.b)
		out[i] = o
	}
	return out
}

// sortConflicts sorts raw conflicts by kind, window start, ids (as ranks)
// and subject: three stable radix passes, least significant key first.
// O(conflicts).
func sortConflicts(raw []rawConflict, rank []int32) []rawConflict {
	n := len(raw)
	if n < 2 {
		return raw
	}
	keys, perm := make([]uint64, n), make([]int32, n)
	tk, tp := make([]uint64, n), make([]int32, n)
	minFrom := raw[0].from
	for i := range raw {
		minFrom = min(minFrom, raw[i].from)
		perm[i] = int32(i)
	}
	pass := func(key func(c *rawConflict) uint64) {
		for i, p := range perm {
			keys[i] = key(&raw[p])
		}
		radixSort(keys, perm, tk, tp)
	}
	pass(func(c *rawConflict) uint64 { return uint64(uint32(c.subject + 1)) })
	pass(func(c *rawConflict) uint64 { return uint64(rank[c.a])<<32 | uint64(rank[c.b]) })
	pass(func(c *rawConflict) uint64 { return uint64(c.kind)<<40 | uint64(c.from-minFrom) })
	sorted := make([]rawConflict, n)
	for i, p := range perm {
		sorted[i] = raw[p]
	}
	return sorted
}
