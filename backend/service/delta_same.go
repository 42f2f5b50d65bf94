package service

import (
	"bytes"
	"encoding/json"
	"maps"
	"reflect"
	"slices"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The same* functions say whether two values write the same JSON: true only
// when they do (false may also mean "not worth comparing", which costs an
// item sent for nothing, never a wrong snapshot). The large lists (efforts,
// dependencies, events, the schedule) are compared field by field; the
// short ones with reflect.DeepEqual, which also tells nil from empty.

func sameExtra(a, b model.Extra) bool {
	return maps.EqualFunc(a, b, func(x, y json.RawMessage) bool { return bytes.Equal(x, y) })
}

// sameList is slices.Equal for a list written without omitempty, where nil
// (null) and empty ([]) differ.
func sameList[T comparable](a, b []T) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

func sameDeep[T any](a, b *T) bool { return reflect.DeepEqual(a, b) }

func sameEqual[T comparable](a, b *T) bool { return *a == *b }

func sameEffort(a, b *model.Effort) bool {
	return a.ID == b.ID && a.Lane == b.Lane && a.Title == b.Title && a.Start == b.Start && a.End == b.End &&
		(a.DurationDays == nil) == (b.DurationDays == nil) &&
		(a.DurationDays == nil || *a.DurationDays == *b.DurationDays) &&
		a.Status == b.Status && a.Owner == b.Owner && a.Notes == b.Notes &&
		slices.Equal(a.Touches, b.Touches) && slices.Equal(a.Moves, b.Moves) && sameExtra(a.Extra, b.Extra)
}

func sameDependency(a, b *model.Dependency) bool {
	return a.From == b.From && a.To == b.To && a.Type == b.Type && a.LagDays == b.LagDays && sameExtra(a.Extra, b.Extra)
}

func sameEvent(a, b *model.Event) bool {
	return a.Effort == b.Effort && a.Date == b.Date && a.Status == b.Status && a.BlockedBy == b.BlockedBy &&
		sameExtra(a.Extra, b.Extra)
}

func sameReinforcing(a, b *analysis.Reinforcing) bool {
	return a.Efforts == b.Efforts && a.Linked == b.Linked && a.Score == b.Score && sameList(a.Via, b.Via)
}

func sameOpportunity(a, b *analysis.Opportunity) bool {
	return a.Efforts == b.Efforts && a.Lanes == b.Lanes && a.Score == b.Score && sameList(a.Via, b.Via)
}

func sameSharedMetric(a, b *analysis.SharedMetric) bool {
	return a.Metric == b.Metric && sameList(a.Lanes, b.Lanes) && sameList(a.Efforts, b.Efforts)
}

func sameFlywheel(a, b *[]string) bool { return sameList(*a, *b) }

func sameSnapshotInfo(a, b *SnapshotInfo) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Date == b.Date && a.Hash == b.Hash && sameList(a.Conflicts, b.Conflicts)
}
