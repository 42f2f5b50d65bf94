package service

import "tandem/backend/analysis"

// rowsFrom tells where the rows of an analysis made after an edit are in
// the analysis base before it (analysis.Compact.ReinforcingFrom,
// OpportunitiesFrom, ConflictsFrom and ScheduleFrom), so that the delta
// compares only the rows made anew.
type rowsFrom struct {
	base                                            *analysis.Result
	schedule, reinforcing, opportunities, conflicts []int32 // nil: not known
	// edited, when not nil, lists the places of the only efforts the edit
	// changed, which kept their ids, and it changed nothing else of the
	// roadmap: the roadmap's lists but efforts are the same, and only
	// these efforts need comparing.
	edited []int
}

// rowsFromOf returns the rowsFrom of c, made by analysis.AnalyzeCompactAfter
// from the analysis whose Result is base, after an edit that changed only
// the efforts at places edited.
func rowsFromOf(base *analysis.Result, c *analysis.Compact, edited []int) *rowsFrom {
	return &rowsFrom{base: base, schedule: c.ScheduleFrom(), reinforcing: c.ReinforcingFrom(),
		opportunities: c.OpportunitiesFrom(), conflicts: c.ConflictsFrom(), edited: edited}
}

// effortsFrom returns, for diffListFrom, where the n efforts of the
// roadmap after the edit are before it, when only those at places edited
// may differ.
func effortsFrom(n int, edited []int) []int32 {
	from := make([]int32, n)
	for i := range from {
		from[i] = int32(i)
	}
	for _, i := range edited {
		from[i] = int32(-2 - i)
	}
	return from
}

// diffNullableFrom is diffNullable, through diffListFrom when from is
// known (not nil) and neither list is nil: prev's keys must then be unique.
func diffNullableFrom[T any, K comparable](p *Patch, name string, prev, next []T, from []int32, key func(*T) K, same func(a, b *T) bool) {
	if from == nil || prev == nil || next == nil {
		diffNullable(p, name, prev, next, key, same)
		return
	}
	p.list(name, diffListFrom(prev, next, from, same))
}

// diffListFrom is diffList(prev, next, key, same) for a prev whose keys are
// unique, told where the items of next are in prev: from[i] = j when
// next[i] is prev[j] (same holds), -2-j when prev[j] has next[i]'s key,
// -1 when no item of prev has it. It gives diffList's answer, calling same
// only for the items from[i] < -1, with no key and no index: O(n) steps
// of a few instructions.
//
// It follows diffList's find: with unique keys, same(&prev[j], &next[i])
// holds only for the j that has next[i]'s key, so find answers that j
// when same holds and j is in the lookahead window, or is i, or once
// unindexed items were sent (find then looks j up in its index), and -1
// otherwise.
func diffListFrom[T any](prev, next []T, from []int32, same func(a, b *T) bool) *ListPatch {
	return rebuildList(prev, next, func(i, last, sent int) int {
		f := from[i]
		if f == -1 {
			return -1
		}
		j := int(f)
		if f < -1 {
			if j = int(-2 - f); !same(&prev[j], &next[i]) {
				return -1
			}
		}
		if j > last && j <= last+lookahead || j == i || sent >= unindexed {
			return j
		}
		return -1
	})
}
