package analysis

import "slices"

// span is an effort's scheduled window [es, ef) with one flag (changes for a
// surface, up for a metric). Milestones have an empty window and overlap
// nothing.
type span struct {
	es, ef int
	who    int32
	flag   bool
}

// sweeper finds overlapping pairs of spans by a sweep line. Its buffers are
// reused from group to group.
type sweeper struct {
	open [2][]span // open spans by flag (0: false, 1: true)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sweep reports every pair of spans that overlap by at least one day and
// whose flags the rule accepts (rule[f1][f2], symmetric), the earlier
// starting span first. It sorts the spans by start and keeps the open ones in
// one list per flag, dropping those that ended when it next walks that list:
// O(k log k + pairs reported) for k spans, never all pairs. spans is sorted
// in place.
func (sw *sweeper) sweep(spans []span, rule [2][2]bool, emit func(a, b *span)) {
	slices.SortFunc(spans, func(a, b span) int {
		if a.es != b.es {
			return a.es - b.es
		}
		return int(a.who - b.who)
	})
	sw.open[0], sw.open[1] = sw.open[0][:0], sw.open[1][:0]
	for i := range spans {
		s := &spans[i]
		if s.ef <= s.es {
			continue
		}
		f := b2i(s.flag)
		for g := 0; g < 2; g++ {
			if rule[f][g] {
				sw.open[g] = emitOpen(sw.open[g], s, emit)
			}
		}
		sw.open[f] = append(sw.open[f], *s)
	}
}

// emitOpen drops the spans of list that end at or before s starts and pairs
// every other one with s.
func emitOpen(list []span, s *span, emit func(a, b *span)) []span {
	keep := list[:0]
	for i := range list {
		if list[i].ef > s.es {
			keep = append(keep, list[i])
			emit(&keep[len(keep)-1], s)
		}
	}
	return keep
}
