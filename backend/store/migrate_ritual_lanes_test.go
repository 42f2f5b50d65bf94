package store

import (
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// TestMigrateRitualLanes writes a store as schema 1 wrote it (rituals
// without lanes, in the entities and in an undo step), reopens it, and
// checks that the rituals load, and that undo and redo still work.
func TestMigrateRitualLanes(t *testing.T) {
	s, dir := openTemp(t)
	old := sample()
	old.Rituals[0].Lanes = nil
	old.Snapshots = nil
	id := mustCreate(t, s, old)
	renamed := old.Rituals[0]
	renamed.Name = "Renamed sync"
	mustApply(t, s, id, "rename", Put(renamed))
	want := old.Clone()
	want.Rituals[0] = renamed
	s.Close()

	downgraded := downgradeRituals(t, dir, "1")
	if downgraded != 2 { // the ritual and the undo step
		t.Fatalf("downgraded %d values, want 2", downgraded)
	}

	s = openAt(t, dir)
	if v, _, _ := readSchema(s.db); v != schemaVersion {
		t.Fatalf("schema %d after Open, want %d", v, schemaVersion)
	}
	assertRoadmap(t, mustLoad(t, s, id), want)
	if _, ok, err := s.Undo(id); !ok || err != nil {
		t.Fatalf("Undo = %v, %v", ok, err)
	}
	assertRoadmap(t, mustLoad(t, s, id), old)
	if _, ok, err := s.Redo(id); !ok || err != nil {
		t.Fatalf("Redo = %v, %v", ok, err)
	}
	assertRoadmap(t, mustLoad(t, s, id), want)
	withLanes := renamed
	withLanes.Lanes = []string{"paid"}
	mustApply(t, s, id, "lanes", Put(withLanes))
	if got := mustLoad(t, s, id).Rituals[0].Lanes; len(got) != 1 || got[0] != "paid" {
		t.Fatalf("lanes after the migration = %v", got)
	}
}

// ritualV2toV1 is the inverse of ritualV1toV2: what schema 1 stored.
func ritualV2toV1(v []byte) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	d := decoder{s: string(v)}
	pos := d.uvarint()
	r := decRitual(&d)
	if err := d.done(); err != nil {
		return nil, err
	}
	e := encoder{}
	e.uvarint(pos)
	e.str(r.ID)
	e.str(r.Name)
	e.str(r.Cadence)
	e.str(r.Weekday)
	e.extra(r.Extra)
	return e.b, nil
}

// downgradeRituals rewrites the closed store in dir as an older Tandem
// wrote it: every ritual value (entities and undo images) back to its
// version-1 shape, and the schema key to schema. It returns how many
// values it rewrote.
func downgradeRituals(t *testing.T, dir, schema string) int {
	t.Helper()
	db, err := badger.Open(badgerOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	downgraded := 0
	err = db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: roadmapPre})
		var keys, values [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			next, changed, err := transformRitualValues(it.Item().KeyCopy(nil), v, ritualV2toV1)
			if err != nil {
				return err
			}
			if changed {
				keys, values = append(keys, it.Item().KeyCopy(nil)), append(values, next)
			}
		}
		it.Close()
		for i := range keys {
			if err := txn.Set(keys[i], values[i]); err != nil {
				return err
			}
		}
		downgraded = len(keys)
		return txn.Set(schemaKey, []byte(schema))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return downgraded
}
