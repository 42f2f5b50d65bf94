package store

import (
	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

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
	rid := newID()
	err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(pendingKey(rid), []byte("create"))
	})
	if err != nil {
		return Info{}, err
	}
	h := header{name: meta.Name, lanes: len(r.Lanes), efforts: len(r.Efforts)}
	h.created = s.now().UnixNano()
	h.updated = h.created
	if h.nextPos, err = s.writeEntities(rid, &meta); err == nil {
		err = s.db.Update(func(txn *badger.Txn) error {
			if err := putHeader(txn, rid, &h); err != nil {
				return err
			}
			if err := countChange(txn); err != nil {
				return err
			}
			return txn.Delete(pendingKey(rid))
		})
	}
	if err != nil {
		if !s.hooks.crash {
			s.purge(rid) // best effort; Open finishes it otherwise
		}
		return Info{}, err
	}
	s.noteChange()
	return h.info(rid), nil
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

// writeEntities writes the meta entity and every list of r, positions
// counting from 0 in list order, and returns the next free position.
func (s *Store) writeEntities(rid string, r *model.Roadmap) (uint64, error) {
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	var pos uint64
	err := eachEntity(r, func(v any) error {
		if n := s.hooks.failCreateAfter; n > 0 && pos >= uint64(n) {
			return errInjected
		}
		k, key, enc, _ := entityOf(v)
		e := encoder{b: make([]byte, 0, 96)}
		e.uvarint(pos)
		enc(&e)
		pos++
		return wb.Set(entityKey(rid, k, key), e.b)
	})
	if err != nil {
		return 0, err
	}
	return pos, wb.Flush()
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
