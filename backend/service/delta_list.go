package service

import "slices"

// lookahead is how far past the last kept item diffList looks for the next
// one; only once more than unindexed items are sent does it index the old
// list by key: an item or a few inserted, removed or changed cost no index.
const (
	lookahead = 8
	unindexed = 16
)

// diffList returns the ListPatch that rebuilds next from prev, or nil when
// they are the same. Items are matched by key and kept when same says they
// write the same JSON; everything else is sent. It walks both lists once
// (O(n) comparisons), looks a few items ahead where they stop lining up,
// and indexes prev by key only when many items were not found that way
// (moved far, or new): a few items moved far are sent again, which is
// cheaper than the index.
func diffList[T any, K comparable](prev, next []T, key func(*T) K, same func(a, b *T) bool) *ListPatch {
	var index map[K]int
	return rebuildList(prev, next, func(i, last, sent int) int {
		for j := last + 1; j <= last+lookahead && j < len(prev); j++ {
			if same(&prev[j], &next[i]) {
				return j
			}
		}
		if i < len(prev) && same(&prev[i], &next[i]) {
			return i
		}
		if i < len(prev) && key(&prev[i]) == key(&next[i]) {
			return -1 // changed in place
		}
		if index == nil && sent < unindexed {
			return -1
		}
		if index == nil {
			index = make(map[K]int, len(prev))
			for k := range prev {
				index[key(&prev[k])] = k
			}
		}
		if k, ok := index[key(&next[i])]; ok && same(&prev[k], &next[i]) {
			return k
		}
		return -1
	})
}

// rebuildList returns the ListPatch that rebuilds next from prev, or nil
// when they are the same, given find(i, last, sent): the item of prev that
// next[i] keeps (-1: none, next[i] is sent), last being the item of prev
// kept last (-1 at first) and sent the number of items sent so far.
func rebuildList[T any](prev, next []T, find func(i, last, sent int) int) *ListPatch {
	lp := &ListPatch{Len: len(next)}
	var items []T
	run := [3]int{0, 0, 0} // the current Keep run; n == 0: none
	last := -1             // the old index last kept
	flush := func() {
		if run[2] > 0 {
			lp.Keep = append(lp.Keep, run)
		}
		run = [3]int{}
	}
	for i := range next {
		j := find(i, last, len(lp.At))
		switch {
		case j < 0:
			flush()
			lp.At = append(lp.At, i)
			items = append(items, next[i])
			continue
		case run[2] > 0 && run[0]+run[2] == i && run[1]+run[2] == j:
			run[2]++
		default:
			flush()
			run = [3]int{i, j, 1}
		}
		last = j
	}
	flush()
	if len(prev) == len(next) && len(items) == 0 && (len(next) == 0 || len(lp.Keep) == 1 && lp.Keep[0] == [3]int{0, 0, len(next)}) {
		return nil
	}
	if items != nil {
		lp.Items = items
	}
	return lp
}

// diffNullable is diffList for a list that JSON writes as null when nil:
// when one of prev and next is nil and the other is not, the field is set
// whole on p, otherwise rebuilt.
func diffNullable[T any, K comparable](p *Patch, name string, prev, next []T, key func(*T) K, same func(a, b *T) bool) {
	if (prev == nil) != (next == nil) {
		p.set(name, next)
		return
	}
	p.list(name, diffList(prev, next, key, same))
}

// diffRows returns the MapPatch from prev to next, or nil when equal. Del
// is sorted.
func diffRows(prev, next map[string]int) *MapPatch {
	mp := &MapPatch{}
	kept := 0
	for k, v := range next {
		old, ok := prev[k]
		if ok {
			kept++
		}
		if !ok || old != v {
			if mp.Set == nil {
				mp.Set = map[string]int{}
			}
			mp.Set[k] = v
		}
	}
	if kept < len(prev) {
		for k := range prev {
			if _, ok := next[k]; !ok {
				mp.Del = append(mp.Del, k)
			}
		}
		slices.Sort(mp.Del)
	}
	if mp.Set == nil && mp.Del == nil {
		return nil
	}
	return mp
}
