package store

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/model"
)

var updateFixture = flag.Bool("update-fixture", false, "rewrite testdata/schema2-store (the old-version store fixture)")

// schema2Fixture is the committed store a Tandem of schema 2 wrote. It was
// made by TestSchema2Fixture with -update-fixture: fixtureRoadmap created,
// its ritual renamed (one undo step), rituals rewritten in the schema-2
// layout (no lanes) in the entity and in the undo image, schema set to 2.
// Only Badger's own files are kept (no contents record, which schema 2
// did not write; no DISCARD, which Badger recreates).
const schema2Fixture = "testdata/schema2-store"

func fixtureRoadmap() *model.Roadmap {
	return &model.Roadmap{
		Format: model.Format, Version: model.Version, Name: "Fixture", Start: "2026-01-05",
		Lanes:   []model.Lane{{ID: "web", Name: "Web"}, {ID: "app", Name: "App"}},
		Efforts: []model.Effort{{ID: "login", Lane: "web", Title: "Login", Start: "2026-01-05", DurationDays: intp(5)}},
		Decisions: []model.Decision{{ID: "d1", Date: "2026-01-05", Kind: "sequence",
			Efforts: []string{"login"}, Title: "Login first"}},
		Rituals: []model.Ritual{{ID: "sync", Name: "Weekly sync", Cadence: "weekly", Weekday: "monday"}},
	}
}

// TestSchema2Fixture opens a copy of the committed schema-2 store: Open
// first backs it up (a restorable schema-2 backup in BackupDir), then
// migrates it; the roadmap, its undo and redo are intact.
func TestSchema2Fixture(t *testing.T) {
	if *updateFixture {
		writeSchema2Fixture(t)
	}
	dir := filepath.Join(t.TempDir(), "store")
	copyDir(t, schema2Fixture, dir)
	s := openAt(t, dir)
	if v, _, _ := readSchema(s.db); v != schemaVersion {
		t.Fatalf("schema %d after Open, want %d", v, schemaVersion)
	}
	names := backupNames(BackupDir(dir), migrationPrefix+"2-")
	if len(names) != 1 {
		t.Fatalf("backups before migration: %v", names)
	}
	info, err := ReadBackupInfo(filepath.Join(BackupDir(dir), names[0]))
	if err != nil || info.Schema != 2 || info.Roadmaps != 1 {
		t.Fatalf("pre-migration backup %+v, %v", info, err)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("List = %v, %v", list, err)
	}
	id := list[0].ID
	want := fixtureRoadmap()
	want.Rituals[0].Name = "Renamed sync"
	assertRoadmap(t, mustLoad(t, s, id), want)
	if label, ok, err := s.Undo(id); !ok || err != nil || label != "rename ritual" {
		t.Fatalf("Undo = %q %v %v", label, ok, err)
	}
	assertRoadmap(t, mustLoad(t, s, id), fixtureRoadmap())
	s.Close()

	// The pre-migration backup restores the schema-2 store, which migrates again.
	other := filepath.Join(t.TempDir(), "restored")
	if _, err := Restore(other, info.Path); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, other)
	assertRoadmap(t, mustLoad(t, s, id), want)
	if names := backupNames(BackupDir(other), migrationPrefix+"2-"); len(names) != 1 {
		t.Fatalf("restored store: backups before migration %v", names)
	}
}

// writeSchema2Fixture rewrites schema2Fixture (see its comment).
func writeSchema2Fixture(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir)
	id := mustCreate(t, s, fixtureRoadmap())
	renamed := fixtureRoadmap().Rituals[0]
	renamed.Name = "Renamed sync"
	mustApply(t, s, id, "rename ritual", Put(renamed))
	s.Close()
	downgradeRituals(t, dir, "2")
	if err := os.RemoveAll(schema2Fixture); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(dir)
	os.MkdirAll(schema2Fixture, 0o755)
	for _, f := range files {
		if n := f.Name(); f.IsDir() || n == lockName || n == "DISCARD" || strings.HasPrefix(n, recordName) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(schema2Fixture, f.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// copyDir copies the files of src into a new directory dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	files, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, f.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}
