package store

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dgraph-io/badger/v4/skl"

	"tandem/backend/model"
)

// withFreeSpace makes the disk report *free bytes available (read at each
// call, so a test can change it) until the test ends.
func withFreeSpace(t *testing.T, free *int64) {
	t.Helper()
	old := diskFree
	diskFree = func(string) (int64, error) { return *free, nil }
	t.Cleanup(func() { diskFree = old })
}

// TestRoomNeeded checks the room a write needs against Badger's files: the
// blocks a sparse memtable log holds (not its size), every table twice (a
// compaction rewrites it) and the untouched part of DISCARD.
func TestRoomNeeded(t *testing.T) {
	opts := badgerOptions("")
	maxTxn := int64(16<<20) * 15 / 100
	logWrite := maxTxn + maxTxn/int64(skl.MaxNodeSize)*(22+8+4) + 2*pageSize
	// the write's log entries, its values' pages, their flush and compaction, headers at open
	base := logWrite + 2*pageSize + 2*logWrite + 3*pageSize
	tests := []struct {
		name  string
		files map[string][2]int64 // name -> size, bytes written from the start
		extra int64
		want  int64
	}{
		{"empty directory", nil, 0, base},
		{"values of the write", nil, 5 << 20, base + 5<<20},
		{"sparse memtable log counts what it holds", map[string][2]int64{"00001.mem": {32 << 20, 1 << 20}},
			0, base + 2*(1<<20)},
		{"a full memtable log counts one memtable", map[string][2]int64{"00001.mem": {32 << 20, 32 << 20}},
			0, base + 2*(16<<20+logWrite)},
		{"tables count once more", map[string][2]int64{"000001.sst": {3 << 20, 3 << 20}, "000002.sst": {1 << 20, 1 << 20}},
			0, base + 4<<20},
		{"other files are not Badger's to rewrite", map[string][2]int64{"tandem.lock": {8 << 20, 8 << 20}, "000001.vlog": {32 << 20, 4 << 10}, "DISCARD": {1 << 20, 4 << 10}},
			0, base},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, f := range tc.files {
				writeSparse(t, filepath.Join(dir, name), f[0], f[1])
			}
			files, err := storeFiles(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := roomNeeded(files, opts, tc.extra)
			if got != tc.want {
				t.Errorf("roomNeeded = %d, want %d (%s vs %s)", got, tc.want, Megabytes(got), Megabytes(tc.want))
			}
		})
	}
}

// writeSparse makes a file of size bytes whose first written bytes hold
// data and the rest is a hole, as Badger makes its memory-mapped files.
func writeSparse(t *testing.T, path string, size, written int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(make([]byte, written)); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
}

// TestWritesRefusedOnFullDisk makes every kind of write meet a full disk:
// each fails with *DiskFullError and changes nothing; with room again the
// same write works.
func TestWritesRefusedOnFullDisk(t *testing.T) {
	free := int64(math.MaxInt64)
	withFreeSpace(t, &free)
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	mustApply(t, s, id, "first", Put(&model.Lane{ID: "ops", Name: "Ops"}))
	mustApply(t, s, id, "second", Put(&model.Lane{ID: "web", Name: "Web"}))
	if _, _, err := s.Undo(id); err != nil { // leaves a step to redo
		t.Fatal(err)
	}
	writes := []struct {
		name  string
		write func() error
	}{
		{"Apply", func() error { return s.Apply(id, "lane", Put(&model.Lane{ID: "new", Name: "New"})) }},
		{"Rename", func() error { return s.Rename(id, "Renamed") }},
		{"Undo", func() error { _, _, err := s.Undo(id); return err }},
		{"Redo", func() error { _, _, err := s.Redo(id); return err }},
		{"SetMeta", func() error { return s.SetMeta("lastOpened", "x") }},
		{"Create", func() error { _, err := s.Create("", sample()); return err }},
		{"Delete", func() error { return s.Delete(id) }},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			before := storeState(t, s, id)
			free = 1 << 20
			err := w.write()
			var full *DiskFullError
			if !errors.As(err, &full) || !errors.Is(err, ErrDiskFull) {
				t.Fatalf("full disk: err = %v, want *DiskFullError", err)
			}
			if full.Free != 1<<20 || full.Need <= full.Free || !strings.HasPrefix(err.Error(), "the disk is full: ") {
				t.Errorf("error %q: Free %d, Need %d", err, full.Free, full.Need)
			}
			if after := storeState(t, s, id); !reflect.DeepEqual(after, before) {
				t.Errorf("a refused %s changed the store:\n got %+v\nwant %+v", w.name, after, before)
			}
			free = math.MaxInt64
			if err := w.write(); err != nil {
				t.Fatalf("with room again: %v", err)
			}
		})
	}
}

// storedState is what a test compares before and after a refused write.
type storedState struct {
	List             []Info
	Roadmap          *model.Roadmap
	CanUndo, CanRedo bool
	LastOpened       string
}

func storeState(t *testing.T, s *Store, id string) storedState {
	t.Helper()
	var st storedState
	var err error
	if st.List, err = s.List(); err != nil {
		t.Fatal(err)
	}
	if st.Roadmap, err = s.Load(id); err != nil && !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	if st.CanUndo, st.CanRedo, err = s.History(id); err != nil && !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	if st.LastOpened, err = s.Meta("lastOpened"); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestOpenOnFullDiskIsReadOnly opens a store on a disk without room: reads
// work, writes fail with *DiskFullError and no file of the store changes;
// once the disk has room, the next write reopens it writable.
func TestOpenOnFullDiskIsReadOnly(t *testing.T) {
	free := int64(math.MaxInt64)
	withFreeSpace(t, &free)
	dir := t.TempDir()
	s := openAt(t, dir)
	id := mustCreate(t, s, sample())
	mustApply(t, s, id, "lane", Put(&model.Lane{ID: "ops", Name: "Ops"}))
	want := mustLoad(t, s, id)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	files := dirState(t, dir)

	free = 4 << 10
	s = openAt(t, dir)
	if list, err := s.List(); err != nil || len(list) != 1 || list[0].ID != id {
		t.Fatalf("List = %v, %v", list, err)
	}
	assertRoadmap(t, mustLoad(t, s, id), want)
	if _, err := s.Create("", sample()); !errors.Is(err, ErrDiskFull) {
		t.Errorf("Create: err = %v, want ErrDiskFull", err)
	}
	free = 8 << 10
	err := s.Apply(id, "lane", Put(&model.Lane{ID: "new", Name: "New"}))
	var full *DiskFullError
	if !errors.As(err, &full) || full.Free != 8<<10 {
		t.Errorf("Apply: err = %v, want *DiskFullError with the free space measured now", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := dirState(t, dir); !reflect.DeepEqual(got, files) {
		t.Errorf("opening read-only changed files:\n got %v\nwant %v", got, files)
	}

	s = openAt(t, dir)
	free = math.MaxInt64 // room again: the next write resumes
	mustApply(t, s, id, "lane", Put(&model.Lane{ID: "new", Name: "New"}))
	want.Lanes = append(want.Lanes, model.Lane{ID: "new", Name: "New"})
	assertRoadmap(t, mustLoad(t, reopen(t, s, dir), id), want)
}

// dirState is the name, size and modification time of every file of dir
// but the locks (each open writes its process id in Badger's LOCK).
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		if e.Name() == "LOCK" || e.Name() == lockName {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = fmt.Sprintf("%s %d bytes", fi.ModTime(), fi.Size())
	}
	return out
}

// TestOpenNewStoreOnFullDisk: a store that was never written cannot be
// made on a full disk; Open says so in one line.
func TestOpenNewStoreOnFullDisk(t *testing.T) {
	free := int64(0)
	withFreeSpace(t, &free)
	dir := filepath.Join(t.TempDir(), "store")
	_, err := Open(dir)
	var full *DiskFullError
	if !errors.As(err, &full) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("Open: err = %q, want one line of *DiskFullError", err)
	}
	if full.Dir != dir {
		t.Errorf("Dir = %q, want %q", full.Dir, dir)
	}
}

// BenchmarkRoom is the guard every write pays: a statfs and a listing of
// the store directory (the 10,000-effort benchmark roadmap in it).
func BenchmarkRoom(b *testing.B) {
	s, _ := openTemp(b)
	mustCreate(b, s, benchRoadmap())
	b.ReportAllocs()
	for b.Loop() {
		if err := s.room(0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMegabytes: free space is never overstated, room needed never understated.
func TestMegabytes(t *testing.T) {
	for _, tc := range []struct {
		n        int64
		down, up string
	}{
		{0, "0.0 MB", "0.0 MB"},
		{-5, "0.0 MB", "0.0 MB"},
		{1 << 20, "1.0 MB", "1.0 MB"},
		{1<<20 - 1, "0.9 MB", "1.0 MB"},
		{1<<20 + 1, "1.0 MB", "1.1 MB"},
		{10 << 20, "10.0 MB", "10.0 MB"},
	} {
		if got := Megabytes(tc.n); got != tc.down {
			t.Errorf("Megabytes(%d) = %s, want %s", tc.n, got, tc.down)
		}
		if got := MegabytesUp(tc.n); got != tc.up {
			t.Errorf("MegabytesUp(%d) = %s, want %s", tc.n, got, tc.up)
		}
	}
}

// TestConcurrentWritesOnFillingDisk has four writers edit one store on a
// simulated 14 MB disk until it is full: each write is acknowledged or
// refused with *DiskFullError, and every acknowledged one is kept.
func TestConcurrentWritesOnFillingDisk(t *testing.T) {
	t.Setenv(SimulatedDiskEnv, strconv.Itoa(14<<20))
	s, dir := openTemp(t)
	id := mustCreate(t, s, sample())
	var mu sync.Mutex
	var acked []int
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < 4*maxEdits; i += 4 {
				err := s.Apply(id, "add", Put(editEffort(i)))
				if errors.Is(err, ErrDiskFull) {
					return
				}
				if err != nil {
					t.Errorf("edit %d: %v", i, err)
					return
				}
				mu.Lock()
				acked = append(acked, i)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(acked) < 10 || len(acked) >= 4*maxEdits {
		t.Fatalf("%d edits acknowledged; want some, then a full disk", len(acked))
	}
	t.Setenv(SimulatedDiskEnv, "")
	r := mustLoad(t, reopen(t, s, dir), id)
	have := map[string]bool{}
	for _, e := range r.Efforts {
		have[e.ID] = true
	}
	for _, i := range acked {
		if !have[editEffort(i).ID] {
			t.Fatalf("acknowledged edit %d lost", i)
		}
	}
	if len(r.Efforts) != len(sample().Efforts)+len(acked) {
		t.Errorf("%d efforts, want %d: a refused edit was kept", len(r.Efforts), len(sample().Efforts)+len(acked))
	}
}
