package store

import (
	"strconv"

	"github.com/dgraph-io/badger/v4"
)

// ritualLanesSchema is the schema migrateRitualLanes upgrades to.
const ritualLanesSchema = 3

// migrateRitualLanes upgrades schema 2 to 3: a ritual's stored value gains
// its lanes (an absent list) between weekday and Extra, in the entities and
// in the undo log's images, so that undoing an old step writes the new
// layout. Snapshots, new in schema 3, need nothing. A value already in the
// new layout is left as it is, so the step may run again. Everything is rewritten
// in one transaction together with the new schema version, so an
// interrupted migration left nothing half done (a desktop store has few
// rituals; a store too big for one transaction fails with a clear error and
// stays at schema 1).
func migrateRitualLanes(db *badger.DB) error {
	return db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: roadmapPre})
		defer it.Close()
		type write struct{ key, value []byte }
		var writes []write
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			key := item.KeyCopy(nil)
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			next, changed, err := transformRitualValues(key, v, ritualV1toV2)
			if err != nil {
				return err
			}
			if changed {
				writes = append(writes, write{key, next})
			}
		}
		for _, w := range writes {
			if err := txn.Set(w.key, w.value); err != nil {
				return err
			}
		}
		return txn.Set(schemaKey, []byte(strconv.Itoa(ritualLanesSchema)))
	})
}

// transformRitualValues returns the stored value v of key with fn applied
// to each ritual value in it, when key is a ritual entity or an undo step
// holding ritual images (rewriteKind); changed is false for any other key.
func transformRitualValues(key, v []byte, fn func([]byte) ([]byte, error)) (next []byte, changed bool, err error) {
	return rewriteKind(key, v, KindRitual, func(b []byte) ([]byte, bool, error) {
		n, err := fn(b)
		return n, true, err
	})
}

// ritualV1toV2 rewrites an old ritual value (position, id, name, cadence,
// weekday, Extra) with an absent lane list; nil stays nil, and a value that
// already has its lanes stays as it is.
func ritualV1toV2(v []byte) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	d := decoder{s: string(v)}
	pos := d.uvarint()
	id, name, cadence, weekday := d.str(), d.str(), d.str(), d.str()
	extra := d.extra()
	if err := d.done(); err != nil {
		now := decoder{s: string(v)}
		now.uvarint()
		decRitual(&now)
		if now.done() == nil {
			return v, nil // already upgraded
		}
		return nil, err
	}
	e := encoder{b: make([]byte, 0, len(v)+1)}
	e.uvarint(pos)
	e.str(id)
	e.str(name)
	e.str(cadence)
	e.str(weekday)
	e.strs(nil)
	e.extra(extra)
	return e.b, nil
}
