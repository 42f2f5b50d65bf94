package store

import (
	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// addDecisionFields upgrades schema 1 to 2: decisions gained supersedes,
// conflict, window, removed, revisit, reason and trigger, stored after the
// schema-1 fields (codec_entities.go). Every stored decision, and every
// decision image of every undo step, gets the encoding of those fields
// unset appended. A value that is already upgraded does not decode as
// schema 1 (bytes are left over), so running the step again after an
// interruption changes nothing twice. Writes go through a WriteBatch: a
// store of any size fits.
func addDecisionFields(db *badger.DB) error {
	var tail encoder
	encDecisionTail(&tail, &model.Decision{})
	upgrade := func(v []byte) ([]byte, bool) {
		if v == nil || decodeEntity(v, func(d *decoder) { decDecisionV1(d) }) != nil {
			return v, false
		}
		return append(append(make([]byte, 0, len(v)+len(tail.b)), v...), tail.b...), true
	}
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: roadmapPre, PrefetchValues: false})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			key := item.KeyCopy(nil)
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			next, changed := upgradeValue(key, v, upgrade)
			if !changed {
				continue
			}
			if err := wb.Set(key, next); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return wb.Flush()
}

// upgradeValue applies upgrade to the stored value v of key when it is a
// decision entity, or to each decision image when it is an undo step
// (rewriteKind); a value it cannot read is left as it is.
func upgradeValue(key, v []byte, upgrade func([]byte) ([]byte, bool)) ([]byte, bool) {
	next, changed, err := rewriteKind(key, v, KindDecision, func(b []byte) ([]byte, bool, error) {
		n, c := upgrade(b)
		return n, c, nil
	})
	if err != nil {
		return v, false
	}
	return next, changed
}
