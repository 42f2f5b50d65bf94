package layout

import "slices"

// packAgain is pack(items, rows) for a lane that was packed before with the
// same items, by ID in the same order, some of them with other days: old
// are those items as they were, oldRows their rows then. An item's row
// depends only on the items before it, so it is found from the packing
// before without searching every row: in that packing every row below the
// item's old row was taken over the item's days and its old row was free,
// so for an item whose days are the same, a row below whose items (before
// this one) are the same is still taken, and so is the old row still free
// if its items are the same. Only the rows whose items differ (changed:
// the rows an item left or joined, or where an item's days changed) are
// looked at. An item whose own days changed is placed by searching every
// row. The same answer as pack; for a move of one item it looks at a few
// rows per item instead of all. rows holds the items' rows of oldRows
// already (Repack's copy): only those that differ are written.
func (l *laneRows) packAgain(items, old []Item, oldRows, rows map[string]int) int {
	l.reset()
	l.changed.clear()
	for i, it := range items {
		s := span(it)
		was, ok := oldRows[it.ID]
		var r int
		if s != span(old[i]) {
			r = l.lowestFree(s, 0)
		} else {
			r = l.againAt(s, was)
		}
		l.take(r, s)
		if r != was || !ok {
			rows[it.ID] = r
		}
		if r != was || s != span(old[i]) {
			l.changed.add(r)
			l.changed.add(was)
		}
	}
	return len(l.first)
}

// againAt is the lowest row free over s for an item that had these days
// and row `was` in the packing before (see packAgain).
func (l *laneRows) againAt(s interval, was int) int {
	n := len(l.first)
	for _, q := range l.changed.rows {
		if q >= min(was, n) {
			break
		}
		if l.free(q, s) {
			return q
		}
	}
	switch {
	case was >= n:
		return n // every row below was taken, as before, or changed and taken
	case !l.changed.has(was) || l.free(was, s):
		return was
	default:
		return l.lowestFree(s, was+1)
	}
}

// rowSet is a set of row numbers, listed in order.
type rowSet struct {
	rows []int
	in   []bool
}

func (c *rowSet) clear() {
	for _, r := range c.rows {
		c.in[r] = false
	}
	c.rows = c.rows[:0]
}

func (c *rowSet) has(r int) bool { return r < len(c.in) && c.in[r] }

func (c *rowSet) add(r int) {
	if c.has(r) {
		return
	}
	for len(c.in) <= r {
		c.in = append(c.in, false)
	}
	c.in[r] = true
	k, _ := slices.BinarySearch(c.rows, r)
	c.rows = slices.Insert(c.rows, k, r)
}
