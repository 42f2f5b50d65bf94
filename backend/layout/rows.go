package layout

import "slices"

// laneRows is the sub-rows of one lane as they fill: each row's days in use
// as sorted, disjoint intervals, and the first and last day it uses, kept
// apart so that a row an item clears at either end is found without a
// search. Reused from lane to lane.
type laneRows struct {
	first, last []int        // by row: the first and last day in use
	spans       [][]interval // by row: the intervals in use, sorted
}

// pack assigns rows to items, in their order, each to the lowest row free
// over its span (see Pack), sets rows[id] for each and returns the row
// count.
func (l *laneRows) pack(items []Item, rows map[string]int) int {
	l.first, l.last = l.first[:0], l.last[:0]
	for i := range l.spans {
		l.spans[i] = l.spans[i][:0]
	}
	n := 0
	for _, it := range items {
		s := span(it)
		r := l.place(s, n)
		if r == n {
			n++
		}
		rows[it.ID] = r
	}
	return n
}

// place puts s into the lowest of the n rows where it fits, or into row n
// (a new one), and returns the row.
func (l *laneRows) place(s interval, n int) int {
	for r := 0; r < n; r++ {
		switch {
		case s.from > l.last[r]:
			l.spans[r] = append(l.spans[r], s)
			l.last[r] = s.to
		case s.to < l.first[r]:
			l.spans[r] = slices.Insert(l.spans[r], 0, s)
			l.first[r] = s.from
		default:
			in := l.spans[r]
			// The first interval that starts after s ends; the one before it must end before s starts.
			k, _ := slices.BinarySearchFunc(in, s.to, func(x interval, to int) int {
				if x.from > to {
					return 1
				}
				return -1
			})
			if k > 0 && in[k-1].to >= s.from {
				continue
			}
			l.spans[r] = slices.Insert(in, k, s)
		}
		return r
	}
	l.first = append(l.first, s.from)
	l.last = append(l.last, s.to)
	if n < len(l.spans) {
		l.spans[n] = append(l.spans[n], s)
	} else {
		l.spans = append(l.spans, []interval{s})
	}
	return n
}
