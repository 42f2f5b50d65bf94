package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func TestNewerSchemaIsAClearError(t *testing.T) {
	s, dir := openTemp(t)
	id := mustCreate(t, s, sample())
	if err := writeSchema(s.db, schemaVersion+1); err != nil {
		t.Fatal(err)
	}
	s.Close()

	_, err := Open(dir)
	var se *SchemaError
	if !errors.Is(err, ErrNewerSchema) || !errors.As(err, &se) || se.Found != schemaVersion+1 {
		t.Fatalf("Open = %v, want a SchemaError for schema %d", err, schemaVersion+1)
	}
	if !strings.Contains(err.Error(), "newer Tandem") || !strings.Contains(err.Error(), dir) {
		t.Fatalf("message %q", err)
	}
	// The failed Open released the directory and changed nothing.
	db, err := badger.Open(badgerOptions(dir))
	if err != nil {
		t.Fatalf("directory still locked: %v", err)
	}
	defer db.Close()
	if v, _, _ := readSchema(db); v != schemaVersion+1 {
		t.Fatalf("schema rewritten to %d", v)
	}
	err = db.View(func(txn *badger.Txn) error { _, err := getHeader(txn, id); return err })
	if err != nil {
		t.Fatalf("data lost: %v", err)
	}
}

func TestNewStoreGetsCurrentSchema(t *testing.T) {
	s, _ := openTemp(t)
	if v, ok, err := readSchema(s.db); !ok || err != nil || v != schemaVersion {
		t.Fatalf("schema = %d %v %v", v, ok, err)
	}
}

func TestMigrationHook(t *testing.T) {
	s, dir := openTemp(t)
	s.Close()
	db, err := badger.Open(badgerOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := writeSchema(db, 1); err != nil { // as the first Tandem wrote it
		t.Fatal(err)
	}
	var ran []int
	steps := map[int]migration{
		1: func(db *badger.DB) error { ran = append(ran, 1); return nil },
		2: func(db *badger.DB) error {
			ran = append(ran, 2)
			return db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("migrated"), []byte("yes")) })
		},
	}
	if err := migrate(db, dir, 3, steps); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := readSchema(db); v != 3 || len(ran) != 2 || ran[0] != 1 || ran[1] != 2 {
		t.Fatalf("schema %d after migrations %v", v, ran)
	}
	if err := migrate(db, dir, 3, steps); err != nil || len(ran) != 2 {
		t.Fatalf("a current store ran migrations again: %v %v", ran, err)
	}
	failing := map[int]migration{3: func(*badger.DB) error { return errors.New("boom") }}
	if err := migrate(db, dir, 4, failing); err == nil {
		t.Fatal("failed migration not reported")
	}
	if v, _, _ := readSchema(db); v != 3 {
		t.Fatalf("schema %d after a failed migration, want 3", v)
	}
	if err := migrate(db, dir, 5, nil); err == nil {
		t.Fatal("missing migration not reported")
	}
}

func TestOpenCreatesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s := openAt(t, dir)
	if _, err := os.Stat(filepath.Join(dir, lockName)); err != nil {
		t.Fatal(err)
	}
	s.Close()
}
