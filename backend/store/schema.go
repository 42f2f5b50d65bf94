package store

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/dgraph-io/badger/v4"
)

// schemaVersion is the key layout and value encoding this code writes
// (package comment, codec.go). Bump it with every incompatible change and
// add the step that upgrades the previous version to migrations.
//
// Schema 2: decisions store supersedes, conflict, window, removed, revisit,
// reason and trigger. Schema 3 (this code): rituals store their lanes;
// snapshots are a kind.
const schemaVersion = 3

// migration upgrades a store from one schema version to the next. It may
// run several transactions; it must be safe to run again if interrupted
// (the version is written only after it returns).
type migration func(db *badger.DB) error

// migrations[v] upgrades schema v to v+1.
var migrations = map[int]migration{1: addDecisionFields, 2: migrateRitualLanes}

// migrate brings the store to schema current. A store without a schema key
// is new and gets current. A newer schema is a *SchemaError and nothing is
// changed.
func migrate(db *badger.DB, dir string, current int, steps map[int]migration) error {
	v, ok, err := readSchema(db)
	if err != nil {
		return fmt.Errorf("store: read schema of %s: %w", dir, err)
	}
	if !ok {
		return writeSchema(db, current)
	}
	if v > current {
		return &SchemaError{Dir: dir, Found: v, Supported: current}
	}
	for ; v < current; v++ {
		step := steps[v]
		if step == nil {
			return fmt.Errorf("store: no migration from schema %d to %d", v, v+1)
		}
		if err := step(db); err != nil {
			return fmt.Errorf("store: migrate %s from schema %d to %d: %w", dir, v, v+1, err)
		}
		if err := writeSchema(db, v+1); err != nil {
			return err
		}
	}
	return nil
}

func readSchema(db *badger.DB) (v int, ok bool, err error) {
	err = db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(schemaKey)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(b []byte) error {
			v, err = strconv.Atoi(string(b))
			ok = err == nil
			return err
		})
	})
	return v, ok, err
}

func writeSchema(db *badger.DB, v int) error {
	return db.Update(func(txn *badger.Txn) error {
		return txn.Set(schemaKey, []byte(strconv.Itoa(v)))
	})
}
