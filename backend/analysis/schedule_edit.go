package analysis

// scheduleFrom returns ScheduleFrom (see Compact.ReinforcingFrom) for the
// schedule rows of x and s after an edit that kept day 0 and today (see
// rescheduled), from prev's: row k is prev's row k when its effort has the
// same es, ef, ls, lf, duration, planned start and flags (all its row
// reads), else made anew (-2-k: the same effort). It returns nil when an
// effort became live or killed (the rows do not line up). O(efforts).
func scheduleFrom(prev *Compact, x *index, s *schedule) []int32 {
	px, ps := prev.x, prev.s
	from := make([]int32, 0, len(s.order))
	for i := range x.n {
		if x.live(int32(i)) != px.live(int32(i)) {
			return nil
		}
		if !x.live(int32(i)) {
			continue
		}
		k := int32(len(from))
		if ps.es[i] != s.es[i] || ps.ef[i] != s.ef[i] || ps.ls[i] != s.ls[i] || ps.lf[i] != s.lf[i] ||
			px.dur[i] != x.dur[i] || px.plan[i] != x.plan[i] || px.flags[i] != x.flags[i] || px.lane[i] != x.lane[i] {
			k = -2 - k
		}
		from = append(from, k)
	}
	return from
}
