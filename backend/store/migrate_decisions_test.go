package store

import (
	"reflect"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// TestDecisionFieldsMigration writes a store as schema 1 wrote it (every
// decision, stored and in undo steps, without the schema-2 fields), opens
// it, and checks that the roadmap, its undo and redo are intact; then that
// running the step again changes nothing.
func TestDecisionFieldsMigration(t *testing.T) {
	s, dir := openTemp(t)
	r := sample()
	id := mustCreate(t, s, r)
	d2 := model.Decision{ID: "d2", Date: "2026-07-03", Kind: "kill", Efforts: []string{"seo-hub"}, Title: "Stop"}
	if err := s.Apply(id, "add d2", Change{Kind: KindDecision, Key: "d2", Value: d2}); err != nil {
		t.Fatal(err)
	}
	want := mustLoad(t, s, id)
	s.Close()

	db, err := badger.Open(badgerOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	var tail encoder
	encDecisionTail(&tail, &model.Decision{})
	downgrade := func(v []byte) ([]byte, bool) {
		if v == nil {
			return nil, false
		}
		return v[:len(v)-len(tail.b)], true
	}
	// two stored decisions, and d2 in the image of its undo step
	if n := rewrite(t, db, func(key, v []byte) ([]byte, bool) { return upgradeValue(key, v, downgrade) }); n != 3 {
		t.Fatalf("wrote %d schema-1 values, want 3", n)
	}
	if err := writeSchema(db, 1); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s = openAt(t, dir)
	if got := mustLoad(t, s, id); !reflect.DeepEqual(got, want) {
		t.Fatalf("after migration:\n got %+v\nwant %+v", got.Decisions, want.Decisions)
	}
	if _, ok, err := s.Undo(id); !ok || err != nil {
		t.Fatalf("undo after migration: %v %v", ok, err)
	}
	if got := mustLoad(t, s, id); len(got.Decisions) != 1 || !reflect.DeepEqual(got.Decisions[0], want.Decisions[0]) {
		t.Fatalf("undo restored %+v", got.Decisions)
	}
	if _, ok, err := s.Redo(id); !ok || err != nil {
		t.Fatalf("redo after migration: %v %v", ok, err)
	}
	s.Close()

	db, err = badger.Open(badgerOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := addDecisionFields(db); err != nil {
		t.Fatal(err)
	}
	rewrite(t, db, func(key, v []byte) ([]byte, bool) {
		if _, changed := upgradeValue(key, v, func(v []byte) ([]byte, bool) {
			return v, v != nil && decodeEntity(v, func(d *decoder) { decDecision(d) }) != nil
		}); changed {
			t.Errorf("%q does not decode after the step ran twice", key)
		}
		return v, false
	})
}

// rewrite replaces every r/ value for which fix reports a change and
// returns how many it replaced.
func rewrite(t *testing.T, db *badger.DB, fix func(key, v []byte) ([]byte, bool)) int {
	t.Helper()
	n := 0
	err := db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: roadmapPre})
		defer it.Close()
		var keys, vals [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			if next, ok := fix(it.Item().KeyCopy(nil), v); ok {
				keys, vals = append(keys, it.Item().KeyCopy(nil)), append(vals, next)
			}
		}
		n = len(keys)
		for i := range keys {
			if err := txn.Set(keys[i], vals[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
