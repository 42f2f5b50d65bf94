package store

import "tandem/backend/model"

// Create stores r as a new roadmap and returns its Info; the new id is 16
// random hex digits. name, when not empty, replaces r.Name. A nil r is an
// empty roadmap of the current format. Lists keep their order (Load returns
// them as given). The change log starts empty: the import is not a step.
//
// Create is all-or-nothing at any size: entities are written in batches
// under a pending marker and become visible with the header, in one final
// commit. A failure removes what was written; a crash leaves it to the next
// Open. Two entities of one kind with the same key (KeyOf) are ErrInvalid
// and nothing is written. r is not modified or retained.
func (s *Store) Create(name string, r *model.Roadmap) (Info, error) {
	if err := s.enter(); err != nil {
		return Info{}, err
	}
	defer s.mu.RUnlock()
	if r == nil {
		r = &model.Roadmap{Format: model.Format, Version: model.Version}
	}
	meta := *r
	if name != "" {
		meta.Name = name
	}
	if err := checkKeys(r); err != nil {
		return Info{}, err
	}
	if err := s.roomForRoadmap(r); err != nil {
		return Info{}, err
	}
	c, err := s.beginCreate()
	if err != nil {
		return Info{}, err
	}
	var pos uint64 = 1
	err = eachEntity(r, func(v any) error {
		if _, isMeta := v.(*model.Roadmap); isMeta {
			return nil // written by Commit, at 0
		}
		pos++
		return c.Put(pos-1, v)
	})
	if err != nil {
		c.Abort()
		return Info{}, err
	}
	return c.Commit(&meta, len(r.Lanes), len(r.Efforts), pos)
}

// checkKeys fails with ErrInvalid on two entities of one kind with one key.
func checkKeys(r *model.Roadmap) error {
	type id struct {
		k   Kind
		key string
	}
	seen := make(map[id]struct{}, len(r.Efforts)+len(r.Dependencies))
	return eachEntity(r, func(v any) error {
		k, key, _, _ := entityOf(v)
		if _, dup := seen[id{k, key}]; dup {
			return invalidf("two %ss with key %q", k, key)
		}
		seen[id{k, key}] = struct{}{}
		return nil
	})
}

// eachEntity calls fn with r (the meta entity) and a pointer to every
// element of its lists, in the order Load returns them.
func eachEntity(r *model.Roadmap, fn func(v any) error) error {
	if err := fn(r); err != nil {
		return err
	}
	return firstErr(
		func() error { return eachOf(r.Lanes, fn) },
		func() error { return eachOf(r.Surfaces, fn) },
		func() error { return eachOf(r.Metrics, fn) },
		func() error { return eachOf(r.Efforts, fn) },
		func() error { return eachOf(r.Dependencies, fn) },
		func() error { return eachOf(r.Links, fn) },
		func() error { return eachOf(r.Decisions, fn) },
		func() error { return eachOf(r.Rituals, fn) },
		func() error { return eachOf(r.Events, fn) },
		func() error { return eachOf(r.Snapshots, fn) },
	)
}

func eachOf[T any](xs []T, fn func(v any) error) error {
	for i := range xs {
		if err := fn(&xs[i]); err != nil {
			return err
		}
	}
	return nil
}

func firstErr(fns ...func() error) error {
	for _, f := range fns {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}
