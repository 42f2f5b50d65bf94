package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// UndoLimit is how many steps each roadmap's change log keeps. When a new
// step would exceed it, the oldest step is dropped (it can no longer be undone).
const UndoLimit = 1000

// Store is an open store directory. Use Open; call Close when done.
type Store struct {
	dir  string
	db   *badger.DB
	lock *dirLock

	mu     sync.RWMutex // read-held by every call, write-held by Close
	closed bool

	writeMu sync.Mutex // serialises read-modify-write transactions

	recordMu     sync.Mutex     // serialises updates of the contents record (record.go)
	recordFailed bool           // the last update failed (logged once)
	background   sync.WaitGroup // the daily backup; Close waits for it
	// readOnly, when not nil, is why the store opened read-only: the disk
	// had no room (space.go). Every write fails with it.
	readOnly *DiskFullError
	// extra is what the values of the write in progress add up to, for the
	// room it needs (space.go); guarded by writeMu.
	extra int64

	undoLimit int              // UndoLimit; tests lower it
	now       func() time.Time // time.Now; tests fix it
	hooks     testHooks
}

// testHooks inject failures in tests; zero in production.
type testHooks struct {
	// failCreateAfter > 0 makes Create fail after writing that many entities;
	// crash also skips Create's own clean-up, as if the process died.
	failCreateAfter int
	crash           bool
}

var errInjected = errors.New("injected failure")

// Info describes one roadmap of the store.
type Info struct {
	ID        string
	Name      string
	Lanes     int
	Efforts   int
	UpdatedAt time.Time // UTC; the time of the last Create, Apply (Rename too), Undo or Redo
}

// Open opens (creating if needed) the store in directory dir. It fails with
// *InUseError (errors.Is ErrInUse) at once, without waiting, when another
// process holds dir; with *SchemaError (ErrNewerSchema) when a newer Tandem
// wrote it; with *DamagedError (ErrDamaged) when the store lost or garbled
// data (integrity.go). In those cases no file of the store was written.
// Opening backs up and then migrates an older schema (backup.go), and
// removes what an interrupted Create or Delete left behind, and the empty
// value log a kill can leave (emptylog.go). On a disk
// without room for writing (space.go) the store opens read-only: reads
// work, writes fail with *DiskFullError (ErrDiskFull); it fails with
// *DiskFullError when it cannot.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	// The check copies the store; a disk too full for the copy cannot be
	// written either, so the store may still open read-only, unchecked
	// (nothing is written to it until a check has passed: see below).
	found, err := inspectStore(dir)
	if err != nil && !isNoSpace(err) {
		lock.release()
		return nil, notInspected(dir, err)
	}
	inspected := err == nil
	if err := removeEmptyLogs(dir); err != nil {
		lock.release()
		return nil, fmt.Errorf("Tandem cannot open the store at %s: %v", dir, err)
	}
	db, full, err := openBadger(dir)
	if err != nil {
		lock.release()
		if strings.Contains(err.Error(), "Another process is using this Badger database") {
			return nil, &InUseError{Dir: dir}
		}
		if errors.Is(err, ErrDiskFull) {
			return nil, err // names dir
		}
		return nil, fmt.Errorf("Tandem cannot open the store at %s: %s", dir, firstLine(err.Error()))
	}
	s := &Store{dir: dir, db: db, lock: lock, undoLimit: UndoLimit, now: time.Now}
	if full != nil {
		return s.openedReadOnly(full)
	}
	if !inspected {
		s.Close()
		return nil, notInspected(dir, syscall.ENOSPC)
	}
	if found.schema > 0 && found.schema < schemaVersion {
		if err := backupBeforeMigration(db, dir, found.schema, s.now()); err != nil {
			s.Close()
			return nil, fmt.Errorf("Tandem cannot back up the store at %s before upgrading it (%v); nothing was changed", dir, err)
		}
	}
	if err := migrate(db, dir, schemaVersion, migrations); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.purgePending(); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: clean up %s: %w", dir, err)
	}
	s.noteChange()
	return s, nil
}

// Close flushes and closes the store and releases the directory. It waits for
// calls in progress; later calls fail with ErrClosed. Closing twice is a no-op.
func (s *Store) Close() error {
	s.background.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.abandonOnFullDisk() {
		return s.lock.release()
	}
	err := s.db.Close()
	if lerr := s.lock.release(); err == nil {
		err = lerr
	}
	return err
}

// enter guards a call against Close; the caller defers s.mu.RUnlock().
// A store opened read-only on a full disk first resumes writing if it can.
func (s *Store) enter() error {
	if err := s.resume(); err != nil {
		return err
	}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return ErrClosed
	}
	return nil
}

// update runs fn in one read-write transaction under the write mutex,
// counts the change (record.go) and commits it durably, if the disk has
// room for it (space.go): else it fails with *DiskFullError and writes
// nothing.
func (s *Store) update(fn func(txn *badger.Txn) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.readOnly != nil {
		return s.stillFull()
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		s.extra = 0
		if err := fn(txn); err != nil {
			return err
		}
		if err := countChange(txn); err != nil {
			return err
		}
		return s.room(s.extra)
	})
	if err != nil {
		return err
	}
	s.noteChange()
	return nil
}

// newID returns a fresh roadmap id: 16 random hex digits.
func newID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
