// Package layout computes where efforts sit on the swimlane timeline: each
// lane's sub-rows, packed so that no two bars overlap. It is computed once
// in the backend and used by the UI and by every exporter alike, so that a
// picture and the app always agree. Pure: it imports nothing of Tandem's.
package layout

import (
	"cmp"
	"container/heap"
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
	var busy busyRows // rows in use, by the last day they are taken
	var free intHeap  // rows free again, by number
	n := 0
	for _, e := range es {
		for len(busy) > 0 && busy[0].to < e.from {
			heap.Push(&free, heap.Pop(&busy).(taken).row)
		}
		row := n
		if len(free) > 0 {
			row = heap.Pop(&free).(int)
		} else {
			n++
		}
		rows[e.id] = row
		heap.Push(&busy, taken{to: e.to, row: row})
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

// busyRows is a min-heap of taken rows by their last day, then row number.
type busyRows []taken

func (h busyRows) Len() int { return len(h) }
func (h busyRows) Less(i, j int) bool {
	return h[i].to < h[j].to || h[i].to == h[j].to && h[i].row < h[j].row
}
func (h busyRows) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *busyRows) Push(x any)   { *h = append(*h, x.(taken)) }
func (h *busyRows) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// intHeap is a min-heap of row numbers.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
