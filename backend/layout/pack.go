// Package layout computes where efforts sit on the swimlane timeline: each
// lane's sub-rows, packed so that no two bars overlap. It is computed once
// in the backend and used by the UI and by every exporter alike, so that a
// picture and the app always agree. Pure: it imports nothing of Tandem's.
package layout

import (
	"cmp"
	"slices"
)

// Item is one bar to place: an effort in a lane covering days From..To
// (inclusive day numbers), or a milestone on day From == To.
type Item struct {
	ID        string
	Lane      string
	From, To  int
	Milestone bool
}

// Lane is the packing of one lane: how many sub-rows it needs (at least 1,
// so an empty lane still shows).
type Lane struct {
	ID   string `json:"id"`
	Rows int    `json:"rows"`
}

// Layout is the packing of a roadmap: its lanes in display order and the
// sub-row of every placed effort by id.
type Layout struct {
	Lanes []Lane         `json:"lanes"`
	Rows  map[string]int `json:"rows"`
}

// MilestoneMargin is the room in days kept free on each side of a
// milestone, so that its diamond never touches a neighbouring bar.
const MilestoneMargin = 1

// Pack places items into as few sub-rows per lane as possible: within a
// lane, an item goes to the lowest-numbered row that is free from its first
// day, in order of (From, To, ID). For intervals this greedy order is
// optimal: a lane gets exactly as many rows as its deepest overlap. Items of
// a lane not in lanes are left out. Deterministic; O(n log n).
func Pack(lanes []string, items []Item) *Layout {
	byLane := make(map[string][]Item, len(lanes))
	for _, it := range items {
		byLane[it.Lane] = append(byLane[it.Lane], it)
	}
	out := &Layout{Lanes: make([]Lane, len(lanes)), Rows: make(map[string]int, len(items))}
	for i, id := range lanes {
		out.Lanes[i] = Lane{ID: id, Rows: max(1, packLane(byLane[id], out.Rows))}
	}
	return out
}

// packLane assigns rows to the items of one lane and returns the row count.
func packLane(items []Item, rows map[string]int) int {
	type entry struct {
		interval
		id string
	}
	es := make([]entry, len(items))
	for i, it := range items {
		es[i] = entry{span(it), it.ID}
	}
	slices.SortFunc(es, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(a.id, b.id))
	})
	busy := minHeap[taken]{less: taken.before}                       // rows in use, by the last day they are taken
	free := minHeap[int]{less: func(a, b int) bool { return a < b }} // rows free again, by number
	n := 0
	for _, e := range es {
		for len(busy.items) > 0 && busy.items[0].to < e.from {
			free.push(busy.pop().row)
		}
		row := n
		if len(free.items) > 0 {
			row = free.pop()
		} else {
			n++
		}
		rows[e.id] = row
		busy.push(taken{to: e.to, row: row})
	}
	return n
}

type interval struct{ from, to int }

// span is the days an item keeps for itself, margins included.
func span(it Item) interval {
	if it.Milestone {
		return interval{it.From - MilestoneMargin, it.To + MilestoneMargin}
	}
	return interval{it.From, it.To}
}

type taken struct{ to, row int }

// before orders taken rows by their last day, then row number.
func (a taken) before(b taken) bool { return a.to < b.to || a.to == b.to && a.row < b.row }

// minHeap is a binary min-heap of T by less, without container/heap's
// boxing of every pushed and popped value (an allocation each).
type minHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *minHeap[T]) push(x T) {
	h.items = append(h.items, x)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *minHeap[T]) pop() T {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < last && h.less(h.items[l], h.items[m]) {
			m = l
		}
		if r := l + 1; r < last && h.less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}
