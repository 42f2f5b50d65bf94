package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// Apply makes changes to roadmap id as one step: atomic (all or none),
// durable when it returns nil, and undoable (Undo). Changes run in order; a
// put of an existing entity keeps its position, a new one (or one with
// Change.Last) goes last. A delete
// of a missing entity fails with ErrNotFound; a bad change with ErrInvalid;
// a missing roadmap with ErrNotFound; in each case nothing is written.
//
// The step records each touched entity's value before and after, under
// label (returned by Undo and Redo). A change that leaves an entity as it
// was is not recorded, and a step that changes nothing is not logged. A new
// step drops the redo tail, and the oldest step beyond UndoLimit.
//
// One Apply must fit one Badger transaction, about 2.4 MB (some 10,000
// efforts or 20,000 dependencies; see badgerOptions), else ErrStepTooBig;
// use Create for imports. Cost: one read and one write per change, the log
// entry, the header, and one disk sync (~0.3-0.9 ms for one effort).
func (s *Store) Apply(id, label string, changes ...Change) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	err := s.update(func(txn *badger.Txn) error {
		h, err := getHeader(txn, id)
		if err != nil {
			return err
		}
		return s.applyTxn(txn, id, &h, label, changes)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("store: %d changes: %w (%w)", len(changes), ErrStepTooBig, err)
	}
	return err
}

func (s *Store) applyTxn(txn *badger.Txn, rid string, h *header, label string, changes []Change) error {
	st := step{label: label, images: make([]image, 0, len(changes))}
	seen := map[string]int{} // kind/key -> index in st.images
	for _, c := range changes {
		k, key, enc, err := c.resolve()
		if err != nil {
			return err
		}
		cur, err := getValue(txn, entityKey(rid, k, key))
		if err != nil {
			return err
		}
		var next []byte
		if enc == nil {
			if cur == nil {
				return notFoundf("roadmap %q: delete of %s %q", rid, k, key)
			}
		} else {
			pos, n := binary.Uvarint(cur)
			if n <= 0 || c.Last {
				pos = h.nextPos
				h.nextPos++
			}
			e := encoder{b: make([]byte, 0, 128)}
			e.uvarint(pos)
			enc(&e)
			next = e.b
		}
		if err := writeEntity(txn, rid, h, k, key, cur, next); err != nil {
			return err
		}
		id := string(k) + "/" + key
		if i, ok := seen[id]; ok {
			st.images[i].after = next
		} else {
			seen[id] = len(st.images)
			st.images = append(st.images, image{kind: k, key: key, before: cur, after: next})
		}
	}
	st.images = dropUnchanged(st.images)
	if len(st.images) == 0 {
		return nil
	}
	return s.logStep(txn, rid, h, &st)
}

// dropUnchanged removes the images whose entity ended the step as it began.
func dropUnchanged(ims []image) []image {
	out := ims[:0]
	for _, im := range ims {
		if !sameImage(im.before, im.after) {
			out = append(out, im)
		}
	}
	return out
}

// logStep writes st at the undo cursor, drops the redo tail and the steps
// beyond the cap, and writes the header.
func (s *Store) logStep(txn *badger.Txn, rid string, h *header, st *step) error {
	enc := st.encode()
	s.extra += 2 * int64(len(enc)) // the step, and the values it holds as they are after it
	if err := txn.Set(undoKey(rid, h.cursor), enc); err != nil {
		return err
	}
	for seq := h.cursor + 1; seq < h.top; seq++ {
		if err := txn.Delete(undoKey(rid, seq)); err != nil {
			return err
		}
	}
	h.cursor++
	h.top = h.cursor
	for h.cursor-h.base > uint64(max(s.undoLimit, 0)) {
		if err := txn.Delete(undoKey(rid, h.base)); err != nil {
			return err
		}
		h.base++
	}
	h.updated = s.now().UnixNano()
	return putHeader(txn, rid, h)
}
