package service

import "slices"

// diffList returns the ListPatch that rebuilds next from prev, or nil when
// they are the same. Items are matched by key and kept when same says they
// write the same JSON; everything else is sent. It walks both lists once
// (O(n) comparisons) and builds an index of prev by key only when the lists
// stop lining up (an item inserted, removed or moved).
func diffList[T any](prev, next []T, key func(*T) string, same func(a, b *T) bool) *ListPatch {
	lp := &ListPatch{Len: len(next)}
	var items []T
	var index map[string]int
	run := [3]int{0, 0, 0} // the current Keep run; n == 0: none
	flush := func() {
		if run[2] > 0 {
			lp.Keep = append(lp.Keep, run)
		}
		run = [3]int{}
	}
	for i := range next {
		j := -1
		if c := run[1] + run[2]; run[2] > 0 && c < len(prev) && same(&prev[c], &next[i]) {
			j = c // the run goes on
		} else if i < len(prev) && same(&prev[i], &next[i]) {
			j = i
		} else if i >= len(prev) || key(&prev[i]) != key(&next[i]) {
			if index == nil {
				index = make(map[string]int, len(prev))
				for k := range prev {
					index[key(&prev[k])] = k
				}
			}
			if k, ok := index[key(&next[i])]; ok && same(&prev[k], &next[i]) {
				j = k
			}
		}
		switch {
		case j < 0:
			flush()
			lp.At = append(lp.At, i)
			items = append(items, next[i])
		case run[2] > 0 && run[0]+run[2] == i && run[1]+run[2] == j:
			run[2]++
		default:
			flush()
			run = [3]int{i, j, 1}
		}
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
func diffNullable[T any](p *Patch, name string, prev, next []T, key func(*T) string, same func(a, b *T) bool) {
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
