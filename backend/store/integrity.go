package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// standInDirName is the scratch directory, inside the store directory, where
// inspectStore opens a stand-in of the store. Badger ignores directories.
const standInDirName = ".inspect"

// standInHold keeps the stand-in open longer; tests set it so that Badger's
// compactions (which start up to a second after it opens) run there.
var standInHold time.Duration

// inspected is what inspectStore found in a store directory.
type inspected struct {
	fresh  bool // no store yet: Badger will create one
	schema int  // the schema key; 0 when absent
}

// inspectStore verifies the closed store in dir before anything writes to it,
// and returns a *DamagedError when it lost or garbled data, a *SchemaError
// when a newer Tandem wrote it. The store's own files are never written:
// table files are inspected where they are (read-only mappings, panics
// recovered, checksums verified); the store is then opened in a stand-in
// directory (standInDirName) holding copies of its files, which Badger may
// replay, compact or rewrite at will, and compared there with the contents
// record (record.go).
func inspectStore(dir string) (c inspected, err error) {
	if err := os.RemoveAll(filepath.Join(dir, standInDirName)); err != nil {
		return c, err
	}
	want, err := readRecord(dir)
	if err != nil {
		return c, damaged(dir, err.Error())
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		return c, err
	}
	var tables, others []string
	hasData := false
	for _, f := range files {
		switch n := f.Name(); {
		case f.IsDir() || n == lockName || strings.HasPrefix(n, recordName):
		case strings.HasSuffix(n, ".sst"):
			tables, hasData = append(tables, n), true
		default:
			// An empty log is one a kill left just after creating it: it
			// holds nothing, and Badger will not open a copy of it.
			if info, err := f.Info(); err == nil && isEmptyLog(n, info.Size()) {
				continue
			}
			others = append(others, n)
			hasData = hasData || strings.HasSuffix(n, ".mem")
		}
	}
	if _, err := os.Stat(filepath.Join(dir, badger.ManifestFilename)); errors.Is(err, os.ErrNotExist) {
		if hasData || want != nil && (want.Changes > 0 || len(want.Roadmaps) > 0) {
			return c, damaged(dir, "its MANIFEST file is missing")
		}
		return inspected{fresh: true}, nil
	}
	listed, what := inspectManifest(dir)
	if what != "" {
		return c, damaged(dir, what)
	}
	for _, t := range tables {
		// A table the MANIFEST does not list is one a crash left half
		// written before it was added: Badger deletes it at open, and it
		// holds nothing the store lost.
		if id, ok := table.ParseFileID(t); !ok || !listed[id] {
			continue
		}
		if err := inspectTable(filepath.Join(dir, t)); err != nil {
			return c, damaged(dir, "its table file "+t+" is damaged (truncated or garbled)")
		}
	}
	return inspectStandIn(dir, tables, others, want)
}

// notInspected words an error that kept inspectStore from finishing (not
// a damage it found): the store was not opened, and nothing was written to it.
func notInspected(dir string, err error) error {
	var de *DamagedError
	var se *SchemaError
	if errors.As(err, &de) || errors.As(err, &se) {
		return err
	}
	if errors.Is(err, syscall.ENOSPC) {
		return fmt.Errorf("the disk is full: Tandem needs room for a copy of the store at %s to check it before opening it; free some space and try again", dir)
	}
	return fmt.Errorf("Tandem cannot check the store at %s before opening it (%v); it was not opened", dir, err)
}

// inspectManifest reads dir's MANIFEST and checks that every table it lists
// exists; it returns the tables it lists, by id, or what is wrong.
func inspectManifest(dir string) (listed map[uint64]bool, what string) {
	defer func() {
		if p := recover(); p != nil {
			listed, what = nil, "its MANIFEST file is damaged"
		}
	}()
	f, err := os.Open(filepath.Join(dir, badger.ManifestFilename))
	if err != nil {
		return nil, "its MANIFEST file cannot be read: " + err.Error()
	}
	defer f.Close()
	m, _, err := badger.ReplayManifestFile(f, 0, badgerOptions(dir))
	if err != nil {
		return nil, "its MANIFEST file is damaged"
	}
	listed = make(map[uint64]bool, len(m.Tables))
	for id := range m.Tables {
		if _, err := os.Stat(table.NewFilename(id, dir)); err != nil {
			return nil, "its table file " + table.IDToFilename(id) + " is missing"
		}
		listed[id] = true
	}
	return listed, ""
}

// inspectTable opens the table file at path read-only and verifies its
// checksums. Badger panics in its own goroutines on a truncated table, so
// it must not see one; here a panic is recovered and reported.
func inspectTable(path string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer mf.Close(-1)
	_, err = table.OpenTable(mf, table.Options{ChkMode: options.OnTableRead, BlockSize: 4 << 10})
	return err
}

// inspectStandIn opens a stand-in of the store (see inspectStore), reads its
// schema and compares what it holds with the record want.
func inspectStandIn(dir string, tables, others []string, want *record) (c inspected, err error) {
	stand := filepath.Join(dir, standInDirName)
	defer os.RemoveAll(stand)
	if err := os.Mkdir(stand, 0o700); err != nil {
		return c, err
	}
	// Copies, never hard links: Badger truncates a table file to zero
	// before it removes it (after a compaction), which through a link
	// would empty the store's own file.
	for _, f := range append(tables, others...) {
		if err := copySparse(filepath.Join(dir, f), filepath.Join(stand, f)); err != nil {
			return c, err
		}
	}
	db, err := openRecovered(badgerOptions(stand).WithLogger(nil).WithChecksumVerificationMode(options.OnTableRead))
	if err != nil {
		if errors.Is(err, badger.ErrEncryptionKeyMismatch) {
			return c, damaged(dir, "its KEYREGISTRY file is damaged")
		}
		return c, damaged(dir, "Badger cannot open it ("+firstLine(err.Error())+")")
	}
	defer db.Close()
	v, _, err := readSchema(db)
	if err != nil {
		return c, damaged(dir, "its schema version cannot be read")
	}
	if v > schemaVersion {
		return c, &SchemaError{Dir: dir, Found: v, Supported: schemaVersion}
	}
	got, err := snapshotRecord(db)
	if err != nil {
		return c, damaged(dir, err.Error())
	}
	if what := compareRecord(got, want); what != "" {
		return c, damaged(dir, what)
	}
	time.Sleep(standInHold)
	return inspected{schema: v}, nil
}

// openRecovered opens Badger, turning a panic in the calling goroutine
// into an error.
func openRecovered(opt badger.Options) (db *badger.DB, err error) {
	defer func() {
		if p := recover(); p != nil {
			db, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	return badger.Open(opt)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
