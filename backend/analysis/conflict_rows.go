package analysis

import (
	"cmp"
	"math/bits"
	"slices"

	"tandem/backend/model"
)

// acceptances maps each effort named by an `accept` decision to the
// indexes of those decisions. A conflict is accepted when one accept
// decision names both of its efforts (the decision's date does not matter).
// named marks those efforts, so that the conflicts of all the others (most
// of them) are told apart without a map look-up.
type acceptances struct {
	named []bool
	by    map[int32][]int
}

func newAcceptances(x *index) *acceptances {
	acc := &acceptances{by: map[int32][]int{}}
	for d, dec := range x.r.Decisions {
		if dec.Kind != model.DecisionAccept {
			continue
		}
		for _, id := range dec.Efforts {
			if i := x.effortAt(id); i >= 0 {
				if acc.named == nil {
					acc.named = make([]bool, x.n)
				}
				acc.named[i] = true
				if l := acc.by[i]; len(l) == 0 || l[len(l)-1] != d {
					acc.by[i] = append(l, d)
				}
			}
		}
	}
	return acc
}

func (acc *acceptances) accepted(a, b int32) bool {
	if acc.named == nil || !acc.named[a] || !acc.named[b] {
		return false
	}
	da, db := acc.by[a], acc.by[b]
	for _, d := range da {
		if slices.Contains(db, d) {
			return true
		}
	}
	return false
}

// conflicts finds every conflict (SPEC §3.2) and converts them to rows.
func conflicts(x *index, s *schedule, deps *depGraph, bySurface, byMetric *groups, order *idOrder) []Conflict {
	v := conflictView{x: x, acc: newAcceptances(x)}
	return v.rows(rawConflicts(x, s, deps, bySurface, byMetric, order))
}

// rawConflicts finds every conflict (SPEC §3.2): surface conflicts on one
// core while the metric, sequence and declared ones are found on the
// other; then sorts them all (see sortRaw).
func rawConflicts(x *index, s *schedule, deps *depGraph, bySurface, byMetric *groups, order *idOrder) []rawConflict {
	var surface, other blocks[rawConflict]
	together(x.n,
		func() { surfaceConflicts(x, s, bySurface, &surface) },
		func() {
			metricConflicts(x, s, byMetric, &other)
			sequenceConflicts(x, deps, s, &other)
			declaredConflicts(x, s, &other)
		},
	)
	return sortRaw(order.rank, append(surface.parts(), other.parts()...))
}

// buildConflicts sorts raw conflicts (see sortRaw) and converts them to
// Conflicts on every core. O(conflicts).
func buildConflicts(x *index, rank []int32, parts [][]rawConflict) []Conflict {
	v := conflictView{x: x, acc: newAcceptances(x)}
	return v.rows(sortRaw(rank, parts))
}

// sortRaw sets the ranks of every raw conflict's efforts and puts them in
// id order, then sorts the conflicts by kind, window start, ids and subject
// (see sortConflicts).
func sortRaw(rank []int32, parts [][]rawConflict) []rawConflict {
	for _, part := range parts {
		for i := range part {
			c := &part[i]
			c.ra, c.rb = rank[c.a], rank[c.b]
			if c.ra > c.rb {
				c.a, c.b, c.ra, c.rb = c.b, c.a, c.rb, c.ra
			}
		}
	}
	return sortConflicts(parts, len(rank))
}

// conflictView turns raw conflicts into Conflicts.
type conflictView struct {
	x   *index
	acc *acceptances
}

// rows converts sorted raw conflicts on every core.
func (v *conflictView) rows(raw []rawConflict) []Conflict {
	out := make([]Conflict, len(raw))
	parallel(chunks(len(raw)), len(raw), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			v.row(&out[i], &raw[i])
		}
	})
	return out
}

// row writes the Conflict of c, field by field: a whole struct stored while
// the garbage collector marks goes through a slower write barrier.
func (v *conflictView) row(o *Conflict, c *rawConflict) {
	x := v.x
	la, lb := x.lane[c.a], x.lane[c.b]
	o.Kind, o.Severity = kindNames[c.kind], severityNames[c.sev]
	o.Efforts[0], o.Efforts[1] = x.ids[c.a], x.ids[c.b]
	o.Lanes[0], o.Lanes[1] = x.laneIDs[la], x.laneIDs[lb]
	o.CrossLane = la != lb
	o.Days = int(c.to - c.from)
	o.Surface, o.Metric = "", ""
	switch c.kind {
	case kSurface:
		o.Surface = x.surfaceIDs[c.subject]
	case kMetric:
		o.Metric = x.metricIDs[c.subject]
	}
	o.From, o.To = "", ""
	if c.to > c.from {
		o.From, o.To = x.cal.date(int(c.from)), x.cal.date(int(c.to-1))
	}
	o.Accepted = v.acc.accepted(c.a, c.b)
}

// sortConflicts sorts raw conflicts by kind, window start, ids (ranks of n
// efforts) and subject. They are scattered by the top bits of (kind,
// start); then each bucket, a few hundred conflicts in cache when they are
// spread over time, is sorted by the ids and then, stably, by the rest of
// (kind, start), by radix passes; last, the rare runs of conflicts between
// one pair that agree on all that are sorted by subject.
// O(conflicts * bytes of the keys).
func sortConflicts(parts [][]rawConflict, n int) []rawConflict {
	var minFrom, maxFrom int32
	first := true
	for _, part := range parts {
		for i := range part {
			c := &part[i]
			if first {
				minFrom, maxFrom, first = c.from, c.from, false
			}
			minFrom, maxFrom = min(minFrom, c.from), max(maxFrom, c.from)
		}
	}
	fb := uint(bits.Len64(uint64(int64(maxFrom) - int64(minFrom))))
	when := func(c *rawConflict) uint64 { return uint64(c.kind)<<fb | uint64(int64(c.from)-int64(minFrom)) }
	rb := uint(max(1, bits.Len(uint(n))))
	ids := func(c *rawConflict) uint64 { return uint64(c.ra)<<rb | uint64(c.rb) }
	out, start, shift := scatter(parts, 2+fb, when)
	scratch := make([]rawConflict, largestBucket(start))
	for d := 0; d+1 < len(start); d++ {
		bucket := out[start[d]:start[d+1]]
		lsd(bucket, scratch, 2*rb, ids)
		lsd(bucket, scratch, shift, when)
		for i := 0; i < len(bucket); {
			j := i + 1
			for j < len(bucket) && when(&bucket[j]) == when(&bucket[i]) && ids(&bucket[j]) == ids(&bucket[i]) {
				j++
			}
			if j-i > 1 {
				slices.SortFunc(bucket[i:j], func(p, q rawConflict) int { return cmp.Compare(p.subject, q.subject) })
			}
			i = j
		}
	}
	return out
}
