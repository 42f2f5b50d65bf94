package analysis

import "cmp"

// conflictsAfterEdit returns the raw conflicts (sorted as rawConflicts
// sorts them) from old, the analysis's before an edit, when only the
// efforts changed (see rescheduled) may have other conflicts: old's
// conflicts between two other efforts are kept, and only those of the
// changed efforts are found (the surface and metric ones from their
// groups; the sequence and declared ones, O(dependencies + links), all
// found and those of no changed effort left). from[i] tells where conflict
// i comes from (see Compact.ConflictsFrom).
// O(changed efforts' group members + dependencies + links + conflicts).
func conflictsAfterEdit(x *index, s *schedule, deps *depGraph, bySurface, byMetric *groups, order *idOrder,
	old []rawConflict, changed []bool) (raw []rawConflict, from []int32) {
	var found, all blocks[rawConflict]
	for a := int32(0); int(a) < x.n; a++ {
		if changed[a] {
			groupConflictsOf(a, kSurface, x.tOff, x.tSurface, x.tChanges, bySurface, surfaceRule, s, changed, &found)
			groupConflictsOf(a, kMetric, x.mOff, x.mMetric, x.mUp, byMetric, metricRule, s, changed, &found)
		}
	}
	sequenceConflicts(x, deps, s, &all)
	declaredConflicts(x, s, &all)
	for _, part := range all.parts() {
		for _, c := range part {
			if changed[c.a] || changed[c.b] {
				found.add(c)
			}
		}
	}
	var sorted []rawConflict
	if found.len() > 0 {
		sorted = sortRaw(order.rank, found.parts())
	}
	return mergeConflicts(old, sorted, changed)
}

// groupConflictsOf adds the conflicts of kind (kSurface or kMetric) of
// effort a with the members b of its groups that it takes (any other b
// but a changed one before a, which found the conflict): those sweep
// reports, two windows that overlap by a day or more and whose flags rule
// accepts. off, key and flag are a's entries in the index (touches or
// moves), by the groups.
func groupConflictsOf(a int32, kind uint8, off, key []int32, flag []bool, by *groups, rule [2][2]bool,
	s *schedule, changed []bool, out *blocks[rawConflict]) {
	if s.ef[a] <= s.es[a] {
		return
	}
	for p := off[a]; p < off[a+1]; p++ {
		who, flags := by.members(int(key[p]))
		fa := b2i(flag[p])
		for k, b := range who {
			if b == a || changed[b] && b < a || !rule[fa][b2i(flags[k])] {
				continue
			}
			lo, hi := max(s.es[a], s.es[b]), min(s.ef[a], s.ef[b])
			if hi <= lo { // (an empty window overlaps nothing)
				continue
			}
			c := rawConflict{kind: kind, a: a, b: b, subject: key[p], from: int32(lo), to: int32(hi)}
			if kind == kSurface {
				c.sev = sevDisruption
				if flag[p] && flags[k] {
					c.sev = sevCollision
				}
			}
			out.add(c)
		}
	}
}

// rawOrder compares conflicts as sortConflicts orders them: by kind,
// window start, ids and subject.
func rawOrder(p, q *rawConflict) int {
	if c := cmp.Compare(p.kind, q.kind); c != 0 {
		return c
	}
	if c := cmp.Compare(p.from, q.from); c != 0 {
		return c
	}
	if c := cmp.Compare(p.ra, q.ra); c != 0 {
		return c
	}
	if c := cmp.Compare(p.rb, q.rb); c != 0 {
		return c
	}
	return cmp.Compare(p.subject, q.subject)
}

// conflictKey is what tells a conflict from another in the rows (the
// service's delta keys them so): its kind, efforts and subject.
type conflictKey struct {
	kind    uint8
	ra, rb  int32
	subject int32
}

func keyOf(c *rawConflict) conflictKey { return conflictKey{c.kind, c.ra, c.rb, c.subject} }

// mergeConflicts returns old's conflicts of no changed effort and found
// (all of changed efforts), both sorted, merged in order, with where each
// comes from: from[i] = j when it is old[j], -2-j when it is found but
// old[j] has its key, -1 otherwise.
func mergeConflicts(old, found []rawConflict, changed []bool) (raw []rawConflict, from []int32) {
	gone := map[conflictKey]int32{} // old's conflicts of changed efforts
	for j := range old {
		if c := &old[j]; changed[c.a] || changed[c.b] {
			gone[keyOf(c)] = int32(j)
		}
	}
	raw = make([]rawConflict, 0, len(old)-len(gone)+len(found))
	from = make([]int32, 0, cap(raw))
	j := 0
	keep := func(upTo *rawConflict) {
		for ; j < len(old) && (upTo == nil || rawOrder(&old[j], upTo) < 0); j++ {
			if c := &old[j]; !changed[c.a] && !changed[c.b] {
				raw, from = append(raw, *c), append(from, int32(j))
			}
		}
	}
	for k := range found {
		c := &found[k]
		keep(c)
		src := int32(-1)
		if g, ok := gone[keyOf(c)]; ok {
			src = -2 - g
		}
		raw, from = append(raw, *c), append(from, src)
	}
	keep(nil)
	return raw, from
}
