package store

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/skl"

	"tandem/backend/model"
)

// A full disk must not kill Tandem. Badger writes its memtable log (.mem),
// value log (.vlog), new tables (.sst) and discard stats (DISCARD) through
// memory-mapped files that it creates sparse (truncated to their full size,
// e.g. 32 MB for a .mem file, without blocks). Writing a page that the file
// system cannot back raises SIGBUS, which Go cannot recover from in Badger's
// own goroutines (debug.SetPanicOnFault only covers the calling goroutine).
// So the store never lets Badger write unless the disk holding the store has
// room for all that the write may make Badger touch (roomNeeded); a write
// that does not fit fails with *DiskFullError and changes nothing.
//
// A store opened on a disk without that room opens read-only (Badger's
// ReadOnly mode writes nothing: no new memtable, no flush, no compaction) and
// turns writable again at the first write that finds room (resume).

// ErrDiskFull: the disk holding the store lacks the room a write needs;
// nothing was written. The concrete error is *DiskFullError.
var ErrDiskFull = errors.New("the disk is full")

// DiskFullError says that the disk holding the store at Dir has Free bytes
// available and a write needed Need. errors.Is(err, ErrDiskFull) reports it.
type DiskFullError struct {
	Dir        string
	Free, Need int64
}

func (e *DiskFullError) Error() string {
	return fmt.Sprintf("the disk is full: the store at %s needs %s free and has %s", e.Dir, MegabytesUp(e.Need), Megabytes(e.Free))
}

// Unwrap returns ErrDiskFull.
func (e *DiskFullError) Unwrap() error { return ErrDiskFull }

// Megabytes says n bytes in MB with one decimal, rounded down (free space
// is never overstated).
func Megabytes(n int64) string { return tenthsMB(n, math.Floor) }

// MegabytesUp is Megabytes rounded up (room needed is never understated).
func MegabytesUp(n int64) string { return tenthsMB(n, math.Ceil) }

func tenthsMB(n int64, round func(float64) float64) string {
	return fmt.Sprintf("%.1f MB", round(float64(max(n, 0))*10/(1<<20))/10)
}

// diskFree returns the bytes available to this process on the disk holding
// dir (tests replace it to simulate a full disk).
var diskFree = availableBytes

// SimulatedDiskEnv, when set to a number of bytes N, makes a store act as
// if it were alone on a disk of N bytes: its free space is N less what its
// directory holds (never more than the real free space). It shows and tests
// a full disk without filling one.
const SimulatedDiskEnv = "TANDEM_SIMULATE_DISK"

// availableBytes is freeBytes, or less on a simulated disk (SimulatedDiskEnv).
func availableBytes(dir string) (int64, error) {
	free, err := freeBytes(dir)
	if err != nil {
		return 0, err
	}
	if size, err := strconv.ParseInt(os.Getenv(SimulatedDiskEnv), 10, 64); err == nil {
		free = min(free, size-dirBytes(dir))
	}
	return free, nil
}

// dirBytes is what the files of dir hold on disk.
func dirBytes(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += allocated(fi)
			}
		}
		return nil
	})
	return n
}

const (
	pageSize = 64 << 10 // the largest page size of the systems Tandem runs on: a touched page costs at most this much
	// logEntryOverhead is what the memtable log adds to a key and value:
	// Badger's largest entry header, the 8-byte version suffix of the key and a CRC32.
	logEntryOverhead = 22 + 8 + 4
)

// room fails with *DiskFullError unless the disk has room for one more
// write whose values add up to extra bytes (roomNeeded). Its cost is one
// statfs and one directory listing (tens of microseconds).
func (s *Store) room(extra int64) error {
	return checkRoom(s.dir, func(f badgerFiles) int64 { return roomNeeded(f, badgerOptions(s.dir), extra) })
}

// checkRoom fails with *DiskFullError unless the disk holding dir has the
// room need says for the Badger files of dir.
func checkRoom(dir string, need func(badgerFiles) int64) error {
	files, err := storeFiles(dir)
	if err != nil {
		return fmt.Errorf("store: measure %s: %w", dir, err)
	}
	free, err := diskFree(dir)
	if err != nil {
		return fmt.Errorf("store: free space of %s: %w", dir, err)
	}
	if n := need(files); free < n {
		return &DiskFullError{Dir: dir, Free: free, Need: n}
	}
	return nil
}

// roomNeeded returns the free bytes a write whose values add up to extra
// bytes may make Badger touch, given its files and opts:
//
//   - log: the write's entries in the memtable log, of the current memtable
//     or of a new one (a new .mem file when the current is full): at most
//     Badger's largest transaction (15% of MemTableSize, and as many entries
//     as fit in it) with each entry's overhead, plus the pages a new file's
//     header and the zeroed next entry touch;
//   - values: extra, for values over ValueThreshold, which go to the value
//     log (a new .vlog file when the current is full);
//   - flush and compaction of the log: as for the memtables (roomToOpen);
//   - what opening needs: roomToOpen.
func roomNeeded(files badgerFiles, opts badger.Options, extra int64) int64 {
	maxTxn := opts.MemTableSize * 15 / 100 // Badger's maxBatchSize
	maxEntries := maxTxn / int64(skl.MaxNodeSize)
	logWrite := maxTxn + maxEntries*logEntryOverhead + 2*pageSize
	values := extra + 2*pageSize
	return logWrite + values + 2*logWrite + roomToOpen(files, opts.MemTableSize+logWrite)
}

// roomToOpen returns the free bytes opening a store with files read-write
// may make Badger touch, and what the flushes and compactions of what it
// holds need:
//
//   - flush: every memtable (what its log holds, at most memtable bytes)
//     becomes a level-0 table when it is full, when the store closes, or at
//     open (the logs a crash or a full disk left);
//   - compaction: merging level-0 tables writes the merged tables before it
//     deletes the old ones: at most every table plus the flushed memtables;
//   - headers: a new memtable log and value log at open (a page each), and
//     a page of Badger's DISCARD file (a slot per value log file).
func roomToOpen(files badgerFiles, memtable int64) int64 {
	var flush int64
	for _, mem := range files.mem {
		flush += min(mem, memtable)
	}
	compaction := files.sst + flush
	return flush + compaction + 3*pageSize
}

// badgerFiles is what a store directory holds, in bytes of disk used.
type badgerFiles struct {
	mem []int64 // each memtable log
	sst int64   // all tables
}

// storeFiles lists the Badger files of dir that later writes may touch or
// rewrite. A missing dir has none.
func storeFiles(dir string) (badgerFiles, error) {
	var f badgerFiles
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, err
	}
	for _, e := range entries {
		name := e.Name()
		mem := strings.HasSuffix(name, ".mem")
		if !mem && !strings.HasSuffix(name, ".sst") {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			continue // removed by a flush or compaction meanwhile
		}
		if err != nil {
			return f, err
		}
		if mem {
			f.mem = append(f.mem, allocated(fi))
		} else {
			f.sst += allocated(fi)
		}
	}
	return f, nil
}

// stillFull is the error of a write to a store opened read-only (which
// resume did not make writable), with the free space measured now.
func (s *Store) stillFull() error {
	e := *s.readOnly
	if free, err := diskFree(s.dir); err == nil {
		e.Free = free
	}
	return &e
}

// abandonOnFullDisk reports whether Close must leave Badger open: closing
// flushes the memtable to a new table and compacts (as much room as opening
// needs, roomToOpen), which on a disk without room would crash the process. Every acknowledged write is already in the
// synced memtable log, which the next Open replays (as after a crash). The
// caller holds s.mu.
func (s *Store) abandonOnFullDisk() bool {
	if s.readOnly != nil {
		return false // read-only Badger closes without writing
	}
	memtable := badgerOptions(s.dir).MemTableSize
	err := checkRoom(s.dir, func(f badgerFiles) int64 { return roomToOpen(f, memtable) })
	if !errors.Is(err, ErrDiskFull) {
		return false
	}
	log.Printf("tandem store: %v: closing without flushing; the next open replays the log", err)
	return true
}

// roomForRoadmap is room for Create of r: its entities go through the
// memtable log, become tables when flushed and are merged again by a
// compaction, so each byte counts three times. It encodes r once to
// measure it (about a tenth of Create's own work).
func (s *Store) roomForRoadmap(r *model.Roadmap) error {
	if s.readOnly != nil {
		return s.stillFull()
	}
	const keyBytes = 48 // an entity key: prefix, roadmap id, kind and a typical key
	var size int64
	e := encoder{b: make([]byte, 0, 256)}
	eachEntity(r, func(v any) error {
		_, key, enc, _ := entityOf(v)
		e.b = e.b[:0]
		enc(&e)
		size += int64(len(e.b)+len(key)) + keyBytes
		return nil
	})
	return s.room(3 * size)
}

// roomForBatch is room for a batch that deletes keys: like roomForRoadmap,
// each byte counts three times.
func (s *Store) roomForBatch(keys [][]byte) error {
	if s.readOnly != nil {
		return s.stillFull()
	}
	var size int64
	for _, k := range keys {
		size += int64(len(k)) + logEntryOverhead
	}
	return s.room(3 * size)
}
