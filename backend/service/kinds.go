package service

import (
	"tandem/backend/model"
	"tandem/backend/store"
)

// kind describes one list of entities of a roadmap to the generic edit
// operations: its store kind, its noun for messages, the list itself and the
// key of an element (store.KeyOf for that type).
type kind[T any] struct {
	store store.Kind
	noun  string
	list  func(r *model.Roadmap) *[]T
	key   func(v *T) string
}

var (
	lanes = kind[model.Lane]{store.KindLane, "lane",
		func(r *model.Roadmap) *[]model.Lane { return &r.Lanes },
		func(v *model.Lane) string { return v.ID }}
	efforts = kind[model.Effort]{store.KindEffort, "effort",
		func(r *model.Roadmap) *[]model.Effort { return &r.Efforts },
		func(v *model.Effort) string { return v.ID }}
	surfaces = kind[model.Surface]{store.KindSurface, "surface",
		func(r *model.Roadmap) *[]model.Surface { return &r.Surfaces },
		func(v *model.Surface) string { return v.ID }}
	metrics = kind[model.Metric]{store.KindMetric, "metric",
		func(r *model.Roadmap) *[]model.Metric { return &r.Metrics },
		func(v *model.Metric) string { return v.ID }}
	dependencies = kind[model.Dependency]{store.KindDependency, "dependency",
		func(r *model.Roadmap) *[]model.Dependency { return &r.Dependencies },
		func(v *model.Dependency) string { return store.KeyOf(*v) }}
	links = kind[model.Link]{store.KindLink, "link",
		func(r *model.Roadmap) *[]model.Link { return &r.Links },
		func(v *model.Link) string { return store.KeyOf(*v) }}
	events = kind[model.Event]{store.KindEvent, "event",
		func(r *model.Roadmap) *[]model.Event { return &r.Events },
		func(v *model.Event) string { return store.KeyOf(*v) }}
	decisions = kind[model.Decision]{store.KindDecision, "decision",
		func(r *model.Roadmap) *[]model.Decision { return &r.Decisions },
		func(v *model.Decision) string { return v.ID }}
)

// add appends v to its list, refusing a key that is already there.
func (k kind[T]) add(ed *editor, v T) error {
	list := k.list(ed.r)
	key := k.key(&v)
	if find(*list, key, k.key) >= 0 {
		return invalidf("there is already a %s %q", k.noun, key)
	}
	*list = append(*list, v)
	ed.record(k.store, key, v)
	return nil
}

// update replaces the element with v's key, keeping the unknown keys the
// stored element had when v carries none (the UI never sees them).
func (k kind[T]) update(ed *editor, v T, keepExtra func(old, v *T)) error {
	list := k.list(ed.r)
	key := k.key(&v)
	i := find(*list, key, k.key)
	if i < 0 {
		return notFoundf("no %s %q", k.noun, key)
	}
	if keepExtra != nil {
		keepExtra(&(*list)[i], &v)
	}
	(*list)[i] = v
	ed.record(k.store, key, v)
	return nil
}

// remove deletes the element with key, which must exist.
func (k kind[T]) remove(ed *editor, key string) error {
	list := k.list(ed.r)
	i := find(*list, key, k.key)
	if i < 0 {
		return notFoundf("no %s %q", k.noun, key)
	}
	*list = append((*list)[:i], (*list)[i+1:]...)
	ed.record(k.store, key, nil)
	return nil
}

// removeWhere deletes every element for which drop is true.
func (k kind[T]) removeWhere(ed *editor, drop func(v *T) bool) {
	list := k.list(ed.r)
	kept := (*list)[:0]
	for i := range *list {
		v := &(*list)[i]
		if drop(v) {
			ed.record(k.store, k.key(v), nil)
			continue
		}
		kept = append(kept, *v)
	}
	*list = kept
}

// rewrite replaces, in place, every element that fix changes (fix returns
// true when it changed the element) and records each one.
func (k kind[T]) rewrite(ed *editor, fix func(v *T) bool) {
	list := k.list(ed.r)
	for i := range *list {
		if fix(&(*list)[i]) {
			ed.record(k.store, k.key(&(*list)[i]), (*list)[i])
		}
	}
}
