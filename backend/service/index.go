package service

import "tandem/backend/model"

// sameIDs reports whether b has the ids of a in the same places: the same
// lanes, surfaces, metrics and efforts, and dependencies joining the same
// efforts. Then a's model.Index describes b too (model.Index goes stale
// only when those change), so an edit of an effort's other fields reuses
// it. O(n) string comparisons; a clone shares a's strings, so most compare
// by pointer.
func sameIDs(a, b *model.Roadmap) bool {
	if len(a.Lanes) != len(b.Lanes) || len(a.Surfaces) != len(b.Surfaces) || len(a.Metrics) != len(b.Metrics) ||
		len(a.Efforts) != len(b.Efforts) || len(a.Dependencies) != len(b.Dependencies) {
		return false
	}
	for i := range a.Lanes {
		if a.Lanes[i].ID != b.Lanes[i].ID {
			return false
		}
	}
	for i := range a.Surfaces {
		if a.Surfaces[i].ID != b.Surfaces[i].ID {
			return false
		}
	}
	for i := range a.Metrics {
		if a.Metrics[i].ID != b.Metrics[i].ID {
			return false
		}
	}
	for i := range a.Efforts {
		if a.Efforts[i].ID != b.Efforts[i].ID {
			return false
		}
	}
	for i := range a.Dependencies {
		if a.Dependencies[i].From != b.Dependencies[i].From || a.Dependencies[i].To != b.Dependencies[i].To {
			return false
		}
	}
	return true
}
