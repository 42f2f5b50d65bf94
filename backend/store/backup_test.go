package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tandem/backend/model"
)

// editedStore returns a closed store holding sample() with two steps (one
// undone: a redo), a decision and a setting, with the roadmap it holds.
func editedStore(t *testing.T) (dir, id string, want *model.Roadmap) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "store")
	s := openAt(t, dir)
	id = mustCreate(t, s, sample())
	e := sample().Efforts[0]
	e.Title = "first"
	mustApply(t, s, id, "title", Put(e))
	d := model.Decision{ID: "d2", Date: "2026-07-03", Kind: "kill", Efforts: []string{"seo-hub"}, Title: "Stop"}
	mustApply(t, s, id, "decide", Put(d))
	e.Title = "second"
	mustApply(t, s, id, "retitle", Put(e))
	if _, _, err := s.Undo(id); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta("lastOpened", id); err != nil {
		t.Fatal(err)
	}
	want = mustLoad(t, s, id)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, id, want
}

// backupOf backs up the closed store in dir to a file beside it.
func backupOf(t *testing.T, dir string) (string, BackupInfo) {
	t.Helper()
	s := openAt(t, dir)
	path := filepath.Join(filepath.Dir(dir), "saved"+BackupExt)
	info, err := s.Backup(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path, info
}

func TestBackupAndRestoreKeepEverything(t *testing.T) {
	dir, id, want := editedStore(t)
	path, info := backupOf(t, dir)
	if info.Roadmaps != 1 || info.Schema != schemaVersion || info.Bytes < backupHeaderSize {
		t.Fatalf("info %+v", info)
	}
	if got, err := ReadBackupInfo(path); err != nil || got.Bytes != info.Bytes || got.Roadmaps != 1 {
		t.Fatalf("ReadBackupInfo = %+v, %v", got, err)
	}

	// Change the store after the backup: the restore must undo all of it.
	s := openAt(t, dir)
	s.StartDailyBackup()
	mustCreate(t, s, sample())
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta("lastOpened", "other"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	daily := backupNames(BackupDir(dir), dailyPrefix)

	r, err := Restore(dir, path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Previous == "" || r.Backup.Roadmaps != 1 {
		t.Fatalf("Restored %+v", r)
	}
	if _, err := os.Stat(filepath.Join(r.Previous, "MANIFEST")); err != nil {
		t.Fatalf("the replaced store was not kept: %v", err)
	}
	if got := backupNames(BackupDir(dir), dailyPrefix); len(daily) != 1 || !slices.Equal(got, daily) {
		t.Fatalf("rolling backups %v after the restore, want %v", got, daily)
	}

	s = openAt(t, dir)
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].ID != id {
		t.Fatalf("List = %+v, %v", list, err)
	}
	assertRoadmap(t, mustLoad(t, s, id), want)
	if v, _ := s.Meta("lastOpened"); v != id {
		t.Fatalf("setting = %q", v)
	}
	if label, ok, err := s.Redo(id); !ok || err != nil || label != "retitle" {
		t.Fatalf("Redo = %q %v %v", label, ok, err)
	}
	for _, wantLabel := range []string{"retitle", "decide", "title"} {
		if label, ok, err := s.Undo(id); !ok || err != nil || label != wantLabel {
			t.Fatalf("Undo = %q %v %v, want %q", label, ok, err, wantLabel)
		}
	}
	if _, ok, _ := s.Undo(id); ok {
		t.Fatal("more undo steps than were backed up")
	}
}

func TestRestoreIntoMissingDirectory(t *testing.T) {
	dir, id, want := editedStore(t)
	path, _ := backupOf(t, dir)
	other := filepath.Join(t.TempDir(), "new", "store")
	r, err := Restore(other, path)
	if err != nil || r.Previous != "" {
		t.Fatalf("Restore = %+v, %v", r, err)
	}
	assertRoadmap(t, mustLoad(t, openAt(t, other), id), want)
}

// TestRestoreRefusesABadFile: a file that is not a whole backup is refused
// with one line naming it, and nothing changes: not the store, not its
// parent directory.
func TestRestoreRefusesABadFile(t *testing.T) {
	dir, _, _ := editedStore(t)
	good, _ := backupOf(t, dir)
	b, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(b []byte) []byte) []byte { return f(slices.Clone(b)) }
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "does not start like one"},
		{"text", []byte(`{"format":"tandem","version":1}`), "does not start like one"},
		{"header only", b[:backupHeaderSize], "truncated"},
		{"truncated header", b[:20], "truncated"},
		{"truncated body", b[:len(b)-7], "truncated"},
		{"extra bytes", append(slices.Clone(b), 0), "more than it should"},
		{"garbled body", edit(func(b []byte) []byte { b[len(b)/2] ^= 1; return b }), "garbled"},
		{"garbled checksum", edit(func(b []byte) []byte { b[40] ^= 1; return b }), "garbled"},
		{"newer format", edit(func(b []byte) []byte { binary.BigEndian.PutUint16(b[8:], 9); return b }), "newer Tandem"},
		{"newer schema", edit(func(b []byte) []byte { binary.BigEndian.PutUint16(b[10:], schemaVersion+1); return b }), "newer Tandem"},
	}
	before := fingerprint(t, dir)
	siblings := func() []string {
		es, _ := os.ReadDir(filepath.Dir(dir))
		var n []string
		for _, e := range es {
			n = append(n, e.Name())
		}
		return n
	}
	around := siblings()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad"+BackupExt)
			if err := os.WriteFile(path, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Restore(dir, path)
			var be *BackupFileError
			if !errors.As(err, &be) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) ||
				strings.Contains(err.Error(), "\n") {
				t.Fatalf("Restore = %v, want one line naming the file and %q", err, c.want)
			}
			assertUnchanged(t, dir, before)
			if got := siblings(); !slices.Equal(got, around) {
				t.Fatalf("beside the store: %v, want %v", got, around)
			}
		})
	}
}

func TestRestoreRefusesAStoreInUse(t *testing.T) {
	dir, _, _ := editedStore(t)
	path, _ := backupOf(t, dir)
	s := openAt(t, dir)
	defer s.Close()
	before := fingerprint(t, dir)
	if _, err := Restore(dir, path); !errors.Is(err, ErrInUse) {
		t.Fatalf("Restore = %v, want ErrInUse", err)
	}
	assertUnchanged(t, dir, before)
}

// TestDailyBackups: the first open of each day takes one backup, the same
// day none, and only KeepDaily are kept.
func TestDailyBackups(t *testing.T) {
	s, dir := openTemp(t)
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	s.now = func() time.Time { return day }
	if p, err := s.dailyBackup(); p != "" || err != nil {
		t.Fatalf("an empty store was backed up: %q %v", p, err)
	}
	mustCreate(t, s, sample())
	for i := range KeepDaily + 3 {
		s.now = func() time.Time { return day.AddDate(0, 0, i) }
		p, err := s.dailyBackup()
		if err != nil || !strings.HasSuffix(p, day.AddDate(0, 0, i).Format("2006-01-02")+BackupExt) {
			t.Fatalf("day %d: %q %v", i, p, err)
		}
		if p, err := s.dailyBackup(); p != "" || err != nil {
			t.Fatalf("second backup on day %d: %q %v", i, p, err)
		}
	}
	names := backupNames(BackupDir(dir), dailyPrefix)
	if len(names) != KeepDaily || names[0] != dailyPrefix+"2026-12-04"+BackupExt {
		t.Fatalf("kept %v", names)
	}
	if latest, _ := LatestBackup(dir); filepath.Base(latest) != names[len(names)-1] {
		t.Fatalf("LatestBackup = %q, want %q", latest, names[len(names)-1])
	}
}

// TestDamagedStoreNamesItsBackupAndRestores: the refusal names the newest
// backup, and the command it gives brings the store back.
func TestDamagedStoreNamesItsBackupAndRestores(t *testing.T) {
	dir, id, want := editedStore(t)
	s := openAt(t, dir)
	latest, err := s.dailyBackup()
	if err != nil || latest == "" {
		t.Fatal(latest, err)
	}
	s.Close()
	os.Remove(filepath.Join(dir, "MANIFEST"))
	_, err = Open(dir)
	if !errors.Is(err, ErrDamaged) || !strings.HasSuffix(err.Error(), "restore "+latest) {
		t.Fatalf("Open = %v, want it to name %s", err, latest)
	}
	r, err := Restore(dir, latest)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(r.Previous); err != nil {
		t.Fatalf("the damaged store was not kept aside: %v", err)
	}
	assertRoadmap(t, mustLoad(t, openAt(t, dir), id), want)
}

// TestNewerSchemaIsNeverTouched: a store of a newer schema, closed or left
// by a crash (where Badger would replay and truncate its logs), is refused
// and not one byte of it changes.
func TestNewerSchemaIsNeverTouched(t *testing.T) {
	for _, crashed := range []bool{false, true} {
		var dir string
		if crashed {
			t.Setenv(crashSchemaEnv, fmt.Sprint(schemaVersion+1))
			dir = crashedStore(t)
		} else {
			dir = closedStore(t)
			s := openAt(t, dir)
			if err := writeSchema(s.db, schemaVersion+1); err != nil {
				t.Fatal(err)
			}
			s.Close()
		}
		before := fingerprint(t, dir)
		_, err := Open(dir)
		if !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("Open = %v", err)
		}
		assertUnchanged(t, dir, before)
		if _, err := os.Stat(BackupDir(dir)); err == nil {
			t.Fatal("a newer store was backed up")
		}
	}
}
