package service

import "tandem/backend/model"

// sameIDs reports whether b has the ids of a in the same places: the same
// lanes, surfaces, metrics and efforts, and dependencies joining the same
// efforts. Then a's model.Index describes b too (model.Index goes stale
// only when those change), so an edit of an effort's other fields reuses
// it. O(n) string comparisons; a clone shares a's strings, so most compare
// by pointer.
func sameIDs(a, b *model.Roadmap) bool {
	return sameAt(len(a.Lanes), len(b.Lanes), func(i int) bool { return a.Lanes[i].ID == b.Lanes[i].ID }) &&
		sameAt(len(a.Surfaces), len(b.Surfaces), func(i int) bool { return a.Surfaces[i].ID == b.Surfaces[i].ID }) &&
		sameAt(len(a.Metrics), len(b.Metrics), func(i int) bool { return a.Metrics[i].ID == b.Metrics[i].ID }) &&
		sameAt(len(a.Efforts), len(b.Efforts), func(i int) bool { return a.Efforts[i].ID == b.Efforts[i].ID }) &&
		sameAt(len(a.Dependencies), len(b.Dependencies), func(i int) bool {
			return a.Dependencies[i].From == b.Dependencies[i].From && a.Dependencies[i].To == b.Dependencies[i].To
		})
}

// sameAt reports whether two lists of lengths na and nb are as long and
// same holds at every place.
func sameAt(na, nb int, same func(i int) bool) bool {
	if na != nb {
		return false
	}
	for i := range na {
		if !same(i) {
			return false
		}
	}
	return true
}
