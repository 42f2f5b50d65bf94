package layout

import (
	"maps"
	"slices"
)

// Repack is Pack(lanes, items) computed from prev, the result of
// Pack(prevLanes, prevItems) for any prevLanes, where item IDs are unique in
// each list: a lane's packing depends only on its own items, so a lane of
// prev whose items are the same, in the same order, in both lists keeps its
// row count and rows; only the other lanes are packed again, and a lane
// whose items are the same by ID, in the same order, from its rows before
// (laneRows.packAgain: the rows an edit changed are looked at, not all).
// After an edit that moves a few efforts this packs a lane or two instead
// of all.
// Lanes is the list of lanes that were packed again (in lanes' order); the
// rows of the other lanes' items are unchanged. prev is not modified.
func Repack(prev *Layout, prevItems []Item, lanes []string, items []Item) (out *Layout, repacked []string) {
	count := make(map[string]int, len(prev.Lanes)) // prev's lanes and their row counts
	for _, l := range prev.Lanes {
		count[l.ID] = l.Rows
	}
	in := make(map[string]bool, len(lanes))
	for _, id := range lanes {
		in[id] = true
	}
	dirty := changedLanes(prevItems, items)
	for _, id := range lanes {
		if _, ok := count[id]; !ok {
			dirty[id] = true // new: nothing to keep
		}
	}
	for id := range count {
		if !in[id] {
			dirty[id] = true // gone: its rows go
		}
	}
	out = &Layout{Lanes: make([]Lane, len(lanes)), Rows: maps.Clone(prev.Rows)}
	if out.Rows == nil {
		out.Rows = map[string]int{}
	}
	byLane, before := ofDirtyLanes(items, dirty), ofDirtyLanes(prevItems, dirty)
	// A dirty lane of the same items by ID in the same order is packed
	// again from its rows before (packAgain), which writes only the rows
	// that changed; the other dirty lanes' items lose their rows first.
	again := make(map[string]bool, len(dirty))
	for _, id := range lanes {
		if dirty[id] && sameIDs(byLane[id], before[id]) {
			again[id] = true
		}
	}
	if len(dirty) > len(again) {
		for _, it := range prevItems {
			if dirty[it.Lane] && !again[it.Lane] {
				delete(out.Rows, it.ID)
			}
		}
	}
	var rows laneRows
	for i, id := range lanes {
		if !dirty[id] {
			out.Lanes[i] = Lane{ID: id, Rows: count[id]}
			continue
		}
		var n int
		if now, was := byLane[id], before[id]; again[id] {
			n = rows.packAgain(now, was, prev.Rows, out.Rows)
		} else {
			n = rows.pack(now, out.Rows)
		}
		out.Lanes[i] = Lane{ID: id, Rows: max(1, n)}
		repacked = append(repacked, id)
	}
	return out, repacked
}

// ofDirtyLanes is the items of the lanes in dirty, by lane, in order.
func ofDirtyLanes(items []Item, dirty map[string]bool) map[string][]Item {
	if len(dirty) == 0 {
		return nil
	}
	byLane := make(map[string][]Item, len(dirty))
	for _, it := range items {
		if dirty[it.Lane] {
			byLane[it.Lane] = append(byLane[it.Lane], it)
		}
	}
	return byLane
}

// sameIDs reports whether a and b are items of the same IDs in the same
// order (and not none: a lane packed anew has nothing to keep).
func sameIDs(a, b []Item) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}

// changedLanes is the set of lanes whose items differ between a and b (IDs
// unique in each): those whose items, in order, are not the same in both.
// When both lists hold the same IDs at the same places (an edit that moved
// or changed items but added, removed and reordered none), these are the
// lanes of the items that differ, found in one walk; otherwise each lane's
// items are compared.
func changedLanes(a, b []Item) map[string]bool {
	dirty := map[string]bool{}
	if len(a) == len(b) {
		for i := range a {
			if a[i] == b[i] {
				continue
			}
			if a[i].ID != b[i].ID {
				return changedLanesByLane(a, b)
			}
			dirty[a[i].Lane] = true
			dirty[b[i].Lane] = true
		}
		return dirty
	}
	return changedLanesByLane(a, b)
}

// changedLanesByLane is changedLanes comparing each lane's items.
func changedLanesByLane(a, b []Item) map[string]bool {
	group := func(list []Item) map[string][]Item {
		m := map[string][]Item{}
		for _, it := range list {
			m[it.Lane] = append(m[it.Lane], it)
		}
		return m
	}
	ga, gb := group(a), group(b)
	dirty := map[string]bool{}
	for lane, x := range ga {
		if !slices.Equal(x, gb[lane]) {
			dirty[lane] = true
		}
	}
	for lane := range gb {
		if _, ok := ga[lane]; !ok {
			dirty[lane] = true
		}
	}
	return dirty
}
