package layout

import "slices"

// laneRows is the sub-rows of one lane as they fill: each row's days in use
// as sorted, disjoint intervals, and the first and last day it uses, kept
// apart so that a row an item clears at either end is found without a
// search. Reused from lane to lane.
type laneRows struct {
	first, last []int        // by row: the first and last day in use
	spans       [][]interval // by row: the intervals in use, sorted
	changed     rowSet       // packAgain's rows whose items differ from the packing before
}

// reset empties l for the next lane.
func (l *laneRows) reset() {
	l.first, l.last = l.first[:0], l.last[:0]
	for i := range l.spans {
		l.spans[i] = l.spans[i][:0]
	}
}

// pack assigns rows to items, in their order, each to the lowest row free
// over its span (see Pack), sets rows[id] for each and returns the row
// count.
func (l *laneRows) pack(items []Item, rows map[string]int) int {
	l.reset()
	for _, it := range items {
		s := span(it)
		r := l.lowestFree(s, 0)
		l.take(r, s)
		rows[it.ID] = r
	}
	return len(l.first)
}

// lowestFree is the lowest row from row `from` on that is free over s, or
// the row count (a new row) when none is.
func (l *laneRows) lowestFree(s interval, from int) int {
	first, last := l.first, l.last[:len(l.first)]
	for r := from; r < len(first); r++ {
		// free(r, s), written out: the call is not inlined, and this loop is packing's time
		if s.from > last[r] || s.to < first[r] || l.inGap(r, s) {
			return r
		}
	}
	return len(first)
}

// free reports whether row r (an existing one) has no interval that meets s.
func (l *laneRows) free(r int, s interval) bool {
	return s.from > l.last[r] || s.to < l.first[r] || l.inGap(r, s)
}

// inGap reports whether s falls between two intervals of row r.
func (l *laneRows) inGap(r int, s interval) bool {
	in := l.spans[r]
	k := startsAfter(in, s.to)
	return k == 0 || in[k-1].to < s.from
}

// startsAfter is the index of the first of the sorted intervals in that
// starts after day (len(in) if none does).
func startsAfter(in []interval, day int) int {
	lo, hi := 0, len(in)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if in[m].from > day {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// take puts s into row r, which is free over it or the row count (a new
// row).
func (l *laneRows) take(r int, s interval) {
	if r == len(l.first) {
		l.first = append(l.first, s.from)
		l.last = append(l.last, s.to)
		if r == len(l.spans) {
			l.spans = append(l.spans, nil)
		}
	}
	switch in := l.spans[r]; {
	case len(in) == 0 || s.from > l.last[r]:
		l.spans[r] = append(in, s)
	default:
		l.spans[r] = slices.Insert(in, startsAfter(in, s.to), s)
	}
	l.first[r], l.last[r] = min(l.first[r], s.from), max(l.last[r], s.to)
}
