// Package layout computes where efforts sit on the swimlane timeline: each
// lane's sub-rows, packed so that no two bars overlap. It is computed once
// in the backend and used by the UI and by every exporter alike, so that a
// picture and the app always agree. Pure: it imports nothing of Tandem's.
package layout

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

// Pack places items into sub-rows per lane so that no two bars of a row
// overlap: within a lane, in the order given (the roadmap's order), each
// item goes to the lowest-numbered row that is free over all its days. An
// item's row depends only on the items before it in its lane, so moving a
// bar keeps it in its row wherever it still fits and moves only later
// bars that overlapped its old or new days (a greedy in start order, which
// is optimal in rows, re-rowed hundreds of bars of a lane for a one-day
// move); adding an item at the end never moves another. Items of a lane
// not in lanes are left out. Deterministic; O(n * rows) at worst.
func Pack(lanes []string, items []Item) *Layout {
	byLane := make(map[string][]Item, len(lanes))
	for _, it := range items {
		byLane[it.Lane] = append(byLane[it.Lane], it)
	}
	out := &Layout{Lanes: make([]Lane, len(lanes)), Rows: make(map[string]int, len(items))}
	var rows laneRows
	for i, id := range lanes {
		out.Lanes[i] = Lane{ID: id, Rows: max(1, rows.pack(byLane[id], out.Rows))}
	}
	return out
}

type interval struct{ from, to int }

// span is the days an item keeps for itself, margins included.
func span(it Item) interval {
	if it.Milestone {
		return interval{it.From - MilestoneMargin, it.To + MilestoneMargin}
	}
	return interval{it.From, it.To}
}
