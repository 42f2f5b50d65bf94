package store

import "github.com/dgraph-io/badger/v4"

// Undo reverts the last applied step of roadmap id and returns its label.
// ok is false (and nothing changes) when there is nothing to undo. The log
// is in the store, so Undo works across Close and Open. Durable like Apply.
func (s *Store) Undo(id string) (label string, ok bool, err error) {
	return s.travel(id, true)
}

// Redo re-applies the last undone step of roadmap id and returns its label.
// ok is false when there is nothing to redo; a step applied after an Undo
// drops what could be redone.
func (s *Store) Redo(id string) (label string, ok bool, err error) {
	return s.travel(id, false)
}

// History reports whether roadmap id has a step to undo and one to redo.
func (s *Store) History(id string) (canUndo, canRedo bool, err error) {
	if err := s.enter(); err != nil {
		return false, false, err
	}
	defer s.mu.RUnlock()
	err = s.db.View(func(txn *badger.Txn) error {
		h, err := getHeader(txn, id)
		canUndo, canRedo = h.cursor > h.base, h.top > h.cursor
		return err
	})
	return canUndo, canRedo, err
}

// travel undoes (back) or redoes one step.
func (s *Store) travel(id string, back bool) (label string, ok bool, err error) {
	if err := s.enter(); err != nil {
		return "", false, err
	}
	defer s.mu.RUnlock()
	err = s.update(func(txn *badger.Txn) error {
		h, err := getHeader(txn, id)
		if err != nil {
			return err
		}
		seq := h.cursor
		if back {
			if h.cursor == h.base {
				return nil
			}
			seq--
		} else if h.cursor == h.top {
			return nil
		}
		st, err := readStep(txn, id, seq)
		if err != nil {
			return err
		}
		for i := range st.images {
			im := st.images[i]
			next := im.after
			if back {
				im = st.images[len(st.images)-1-i]
				next = im.before
			}
			cur, err := getValue(txn, entityKey(id, im.kind, im.key))
			if err != nil {
				return err
			}
			s.extra += int64(len(next))
			if err := writeEntity(txn, id, &h, im.kind, im.key, cur, next); err != nil {
				return err
			}
		}
		if back {
			h.cursor--
		} else {
			h.cursor++
		}
		h.updated = s.now().UnixNano()
		label, ok = st.label, true
		return putHeader(txn, id, &h)
	})
	if err != nil {
		return "", false, err
	}
	return label, ok, nil
}
