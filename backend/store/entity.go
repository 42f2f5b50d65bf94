package store

import (
	"bytes"
	"errors"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// sameImage reports whether two stored values (nil = absent) are the same.
func sameImage(a, b []byte) bool { return (a == nil) == (b == nil) && bytes.Equal(a, b) }

// writeEntity replaces the stored value cur of (k, key) with next (nil
// deletes) and keeps the header's counts and name in step.
func writeEntity(txn *badger.Txn, rid string, h *header, k Kind, key string, cur, next []byte) error {
	if sameImage(cur, next) {
		return nil
	}
	ek := entityKey(rid, k, key)
	var err error
	if next == nil {
		err = txn.Delete(ek)
	} else {
		err = txn.Set(ek, next)
	}
	if err != nil {
		return err
	}
	delta := 0
	if next != nil {
		delta++
	}
	if cur != nil {
		delta--
	}
	switch k {
	case KindLane:
		h.lanes += delta
	case KindEffort:
		h.efforts += delta
	case KindMeta:
		if next != nil {
			var m model.Roadmap
			if err := decodeEntity(next, func(d *decoder) { decMeta(d, &m) }); err != nil {
				return err
			}
			h.name = m.Name
		}
	}
	return nil
}

// getValue returns a copy of the value under key, nil when absent.
func getValue(txn *badger.Txn, key []byte) ([]byte, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return item.ValueCopy(nil)
}

// decodeEntity decodes a stored entity value (position + encoding) with fn.
func decodeEntity(v []byte, fn func(d *decoder)) error {
	d := decoder{s: string(v)}
	d.uvarint()
	fn(&d)
	return d.done()
}
