package analysis

// sameFlywheels reports whether the flywheels after an edit are prev's,
// for an edit that AnalyzeCompactAfter takes (no effort's lane, status,
// touches or moves changed, nor any dependency, link or decision) and
// changed, the efforts it rescheduled (see priorEdit.rescheduled): every
// other effort has prev's flags, es and ef.
//
// The flywheels are the strongly connected sets of the helps graph over
// active efforts (see flywheels), whose edges are the mutual sets (shared
// metrics and reinforces links: no date, and the same when no effort
// became active or stopped being so) and, per surface, a changer a to
// each relier r that starts at or after a's finish (es[r] >= ef[a]). So
// when each changed effort is active before and after, or neither, and
// each pair of a changer and a relier of a surface that a changed active
// effort touches tells es[r] >= ef[a] the same way before and after, the
// graph has the same edges between the same efforts, and the flywheels
// are the same. O(touches of the changed efforts × their surfaces'
// members).
func (h *helps) sameFlywheels(prev *Compact, changed []bool) bool {
	x, s, px, ps := h.x, h.s, prev.x, prev.s
	for c, ch := range changed {
		if !ch {
			continue
		}
		i := int32(c)
		if x.active(i) != px.active(i) {
			return false
		}
		if !x.active(i) {
			continue // no edge, before or after
		}
		for p := x.tOff[i]; p < x.tOff[i+1]; p++ {
			who, changes := h.bySurface.members(int(x.tSurface[p]))
			for k, o := range who {
				if changes[k] == x.tChanges[p] || !x.active(o) {
					continue // two changers or two reliers: no edge between them
				}
				a, r := i, o // changer, relier
				if !x.tChanges[p] {
					a, r = o, i
				}
				if (s.es[r] >= s.ef[a]) != (ps.es[r] >= ps.ef[a]) {
					return false
				}
			}
		}
	}
	return true
}
