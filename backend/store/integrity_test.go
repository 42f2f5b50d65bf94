package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const (
	crashEnv       = "TANDEM_STORE_TEST_CRASH"
	crashSchemaEnv = "TANDEM_STORE_TEST_CRASH_SCHEMA" // a schema version the child writes last
)

// TestHelperCrashAfterEdits is not a test: run by crashedStore in a second
// process, it creates a roadmap in the store named by $TANDEM_STORE_TEST_CRASH,
// makes five acknowledged edits, keeps a copy of the contents record as it
// was before the last one (lagging.json beside the store), and exits
// without closing the store, as a killed process would: the edits are only
// in Badger's memtable log (.mem). With $TANDEM_STORE_TEST_CRASH_SCHEMA it
// writes that schema version last.
func TestHelperCrashAfterEdits(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("helper process only")
	}
	s, err := Open(dir)
	if err != nil {
		os.Exit(3)
	}
	info, err := s.Create("", sample())
	if err != nil {
		os.Exit(4)
	}
	for i := range 5 {
		if i == 4 {
			b, _ := os.ReadFile(filepath.Join(dir, recordName))
			os.WriteFile(filepath.Join(filepath.Dir(dir), "lagging.json"), b, 0o600)
		}
		e := sample().Efforts[0]
		e.Title = fmt.Sprint("edit ", i)
		if err := s.Apply(info.ID, "edit", Put(e)); err != nil {
			os.Exit(5)
		}
	}
	if v, err := strconv.Atoi(os.Getenv(crashSchemaEnv)); err == nil {
		if writeSchema(s.db, v) != nil {
			os.Exit(6)
		}
		s.noteChange()
	}
	os.Exit(0)
}

// crashedStore returns a store directory left by a process that exited
// without closing it after five acknowledged edits (the last one titled "edit 4").
func crashedStore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "store")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperCrashAfterEdits$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("crashing child: %v\n%s", err, out)
	}
	if len(filesMatching(t, dir, "*.mem")) == 0 {
		t.Fatal("the child left no memtable log")
	}
	return dir
}

// closedStore returns a store directory closed cleanly after one roadmap
// with a few edits (everything is in table files).
func closedStore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id := mustCreate(t, s, sample())
	e := sample().Efforts[0]
	e.Title = "edited"
	mustApply(t, s, id, "edit", Put(e))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func filesMatching(t *testing.T, dir, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// onlyFile returns the only file of dir matching pattern.
func onlyFile(t *testing.T, dir, pattern string) string {
	t.Helper()
	m := filesMatching(t, dir, pattern)
	if len(m) != 1 {
		t.Fatalf("%d files match %s", len(m), pattern)
	}
	return m[0]
}

func truncateHalf(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, st.Size()/2); err != nil {
		t.Fatal(err)
	}
}

// garble flips n bytes of the file at path from offset at.
func garble(t *testing.T, path string, at, n int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := at; i < at+n && i < len(b); i++ {
		b[i] ^= 0x5a
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// fingerprint is the SHA-256 of every file under dir by path (the lock
// file, which Open creates, aside).
func fingerprint(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == lockName {
			return err
		}
		b, err := os.ReadFile(p)
		out[strings.TrimPrefix(p, dir)] = sha256.Sum256(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func assertUnchanged(t *testing.T, dir string, before map[string][32]byte) {
	t.Helper()
	after := fingerprint(t, dir)
	for p, h := range before {
		if a, ok := after[p]; !ok {
			t.Errorf("%s was removed", p)
		} else if a != h {
			t.Errorf("%s was rewritten", p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s was created", p)
		}
	}
}

// TestDamagedStoreIsRefused damages one file of a closed or crashed store
// per case and checks that Open refuses it with one line that says what is
// wrong and how to restore, without a panic and without writing any file.
func TestDamagedStoreIsRefused(t *testing.T) {
	cases := []struct {
		name   string
		make   func(*testing.T) string
		damage func(t *testing.T, dir string)
		want   string
	}{
		{"missing MANIFEST", closedStore, func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "MANIFEST"))
		}, "MANIFEST file is missing"},
		{"empty MANIFEST", closedStore, func(t *testing.T, dir string) {
			os.Truncate(filepath.Join(dir, "MANIFEST"), 0)
		}, "MANIFEST file is damaged"},
		{"truncated MANIFEST", closedStore, func(t *testing.T, dir string) {
			truncateHalf(t, filepath.Join(dir, "MANIFEST"))
		}, "the latest edits are missing"},
		{"garbled MANIFEST", closedStore, func(t *testing.T, dir string) {
			garble(t, filepath.Join(dir, "MANIFEST"), 0, 4)
		}, "MANIFEST file is damaged"},
		{"missing table file", closedStore, func(t *testing.T, dir string) {
			os.Remove(onlyFile(t, dir, "*.sst"))
		}, "table file 000001.sst is missing"},
		{"truncated table file", closedStore, func(t *testing.T, dir string) {
			truncateHalf(t, onlyFile(t, dir, "*.sst"))
		}, "table file 000001.sst is damaged"},
		{"garbled table file", closedStore, func(t *testing.T, dir string) {
			garble(t, onlyFile(t, dir, "*.sst"), 100, 200)
		}, "table file 000001.sst is damaged"},
		{"garbled KEYREGISTRY", closedStore, func(t *testing.T, dir string) {
			garble(t, filepath.Join(dir, "KEYREGISTRY"), 0, 28)
		}, "KEYREGISTRY file is damaged"},
		{"garbled contents record", closedStore, func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, recordName), []byte("{"), 0o600)
		}, "contents record tandem-contents.json is unreadable"},
		{"missing memtable log after a crash", crashedStore, func(t *testing.T, dir string) {
			os.Remove(onlyFile(t, dir, "*.mem"))
		}, "the latest edits are missing"},
		{"garbled memtable log after a crash", crashedStore, func(t *testing.T, dir string) {
			garble(t, onlyFile(t, dir, "*.mem"), 2000, 64)
		}, "the latest edits are missing"},
		{"missing MANIFEST after a crash", crashedStore, func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "MANIFEST"))
		}, "MANIFEST file is missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := c.make(t)
			c.damage(t, dir)
			before := fingerprint(t, dir)
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open accepted a damaged store")
			}
			var de *DamagedError
			if !errors.As(err, &de) || !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open = %v, want a DamagedError", err)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.Contains(msg, c.want) || !strings.Contains(msg, "tandem --data "+dir+" restore") {
				t.Fatalf("message %q: want one line naming %q and the restore command", msg, c.want)
			}
			assertUnchanged(t, dir, before)
		})
	}
}

// TestCrashedStoreOpens: a store left by a killed process is no damage,
// nor is a contents record one edit behind it (the process died between a
// commit and the record's update); every acknowledged edit is there.
func TestCrashedStoreOpens(t *testing.T) {
	for _, lag := range []bool{false, true} {
		t.Run(fmt.Sprint("record lags: ", lag), func(t *testing.T) {
			dir := crashedStore(t)
			if lag {
				b, err := os.ReadFile(filepath.Join(filepath.Dir(dir), "lagging.json"))
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, recordName), b, 0o600)
			}
			s := openAt(t, dir)
			list, err := s.List()
			if err != nil || len(list) != 1 {
				t.Fatalf("List = %v, %v", list, err)
			}
			if got := mustLoad(t, s, list[0].ID).Efforts[0].Title; got != "edit 4" {
				t.Fatalf("last acknowledged edit lost: title %q", got)
			}
		})
	}
}

// TestRecordFollowsEveryChange: the record matches the store after each
// kind of write, and after a compaction, so that reopening never reports damage.
func TestRecordFollowsEveryChange(t *testing.T) {
	s, dir := openTemp(t)
	id := mustCreate(t, s, sample())
	e := sample().Efforts[0]
	e.Title = "x"
	mustApply(t, s, id, "edit", Put(e))
	if _, _, err := s.Undo(id); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta("k", "v"); err != nil {
		t.Fatal(err)
	}
	id2 := mustCreate(t, s, sample())
	if err := s.Delete(id2); err != nil {
		t.Fatal(err)
	}
	rec, err := readRecord(dir)
	if err != nil || rec == nil {
		t.Fatalf("record: %v %v", rec, err)
	}
	got, _ := snapshotRecord(s.db)
	if what := compareRecord(got, rec); what != "" || len(rec.Roadmaps) != 1 || rec.Roadmaps[id].Steps != 1 {
		t.Fatalf("record %+v against store %+v: %s", rec, got, what)
	}
	// Compaction may drop the deletions and their versions: no damage.
	if err := s.db.Flatten(1); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s, dir)
	if l, err := s.List(); err != nil || len(l) != 1 {
		t.Fatalf("List after reopen = %v, %v", l, err)
	}
}

// TestStoreWithoutRecordOpens: a store written before records existed
// opens and gets one.
func TestStoreWithoutRecordOpens(t *testing.T) {
	dir := closedStore(t)
	os.Remove(filepath.Join(dir, recordName))
	s := openAt(t, dir)
	if l, err := s.List(); err != nil || len(l) != 1 {
		t.Fatalf("List = %v, %v", l, err)
	}
	if rec, err := readRecord(dir); rec == nil || err != nil {
		t.Fatalf("no record written: %v", err)
	}
}

// TestInspectionLeavesTablesAlone: a store of several table files, which
// Badger compacts when it opens, reopens whole again and again (the
// inspection's stand-in once emptied the store's tables through hard links
// when it compacted them).
func TestInspectionLeavesTablesAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("holds each inspection open for a second")
	}
	standInHold = 1100 * time.Millisecond
	defer func() { standInHold = 0 }()
	dir := t.TempDir()
	var ids []string
	for range 4 {
		s := openAt(t, dir)
		for _, id := range ids {
			mustLoad(t, s, id)
		}
		ids = append(ids, mustCreate(t, s, sample()))
		s.Close()
	}
	s := openAt(t, dir)
	for _, id := range ids {
		mustLoad(t, s, id)
	}
}

// TestNotInspectedIsOneLine: a failure to check the store (not a damage it
// found) is said in Tandem's words, the full disk plainly.
func TestNotInspectedIsOneLine(t *testing.T) {
	full := &os.PathError{Op: "write", Path: "/d/.inspect/000001.sst", Err: syscall.ENOSPC}
	cases := []struct {
		err  error
		want string
	}{
		{full, "the disk is full: Tandem needs room for a copy of the store at /d"},
		{errors.New("boom"), "Tandem cannot check the store at /d before opening it (boom)"},
		{damaged("/d", "x"), "is damaged: x"},
	}
	for _, c := range cases {
		msg := notInspected("/d", c.err).Error()
		if !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
			t.Errorf("notInspected(%v) = %q, want %q", c.err, msg, c.want)
		}
	}
}

// TestHalfWrittenTableIsNotDamage: a kill during a flush or compaction can
// leave a table file the MANIFEST does not list yet, half written; Badger
// deletes it at open and it holds nothing the store lost, so it is not
// damage (the crash soak found it reported as such).
func TestHalfWrittenTableIsNotDamage(t *testing.T) {
	s, dir := openTemp(t)
	id := mustCreate(t, s, sample())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "999999.sst"), []byte("half a table"), 0o600); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, dir)
	if got := mustLoad(t, s, id).Name; got != sample().Name {
		t.Fatalf("name %q after reopening", got)
	}
}

// TestEmptyLogIsNotDamage: a kill while Badger creates its next value log
// or memtable log leaves that file empty (created, not yet sized or given
// its header); it holds nothing, and the store opens with every edit (the
// crash soak found Badger refusing both: "Create a new file").
func TestEmptyLogIsNotDamage(t *testing.T) {
	for _, ext := range []string{".vlog", ".mem"} {
		t.Run(ext, func(t *testing.T) {
			s, dir := openTemp(t)
			id := mustCreate(t, s, sample())
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			last := 0
			logs, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
			for _, l := range logs {
				var n int
				fmt.Sscanf(filepath.Base(l), "%d"+ext, &n)
				last = max(last, n)
			}
			next := filepath.Join(dir, fmt.Sprintf("%06d%s", last+1, ext))
			if err := os.WriteFile(next, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			s = openAt(t, dir)
			if got := mustLoad(t, s, id).Name; got != sample().Name {
				t.Fatalf("name %q after reopening", got)
			}
			e := sample().Efforts[0]
			e.Title = "after"
			mustApply(t, s, id, "edit", Put(e))
			s = reopen(t, s, dir)
			if got := mustLoad(t, s, id).Efforts[0].Title; got != "after" {
				t.Fatalf("edit after reopening lost: %q", got)
			}
		})
	}
}
