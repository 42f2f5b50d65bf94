package store

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/dgraph-io/badger/v4"
)

// openBadger opens Badger in dir, as the disk's free space allows:
//
//   - read-write when the disk has room to open the store (roomToOpen):
//     writes then need room of their own (room), and resume by themselves
//     once the disk has it;
//   - else read-only (Badger writes nothing), returning why in full, when
//     the store holds no unflushed memtable log: Badger reads such a log only
//     read-write (it truncates it), and a full disk or a crash leaves one.
//     The first call that finds room for a write reopens it read-write
//     (resume);
//   - else it fails with *DiskFullError.
func openBadger(dir string) (db *badger.DB, full *DiskFullError, err error) {
	opts := badgerOptions(dir)
	var files badgerFiles
	err = checkRoom(dir, func(f badgerFiles) int64 {
		files = f
		return roomToOpen(f, opts.MemTableSize)
	})
	if err == nil {
		db, err = badger.Open(opts)
		if isNoSpace(err) {
			return nil, nil, fmt.Errorf("the disk is full: the store at %s cannot open: %w", dir, ErrDiskFull)
		}
		return db, nil, err
	}
	if !errors.As(err, &full) {
		return nil, nil, err
	}
	if len(files.mem) > 0 {
		return nil, nil, full
	}
	db, err = badger.Open(opts.WithReadOnly(true))
	if err != nil {
		return nil, nil, full // e.g. a store never written: nothing to read
	}
	full.Need = roomNeeded(files, opts, 0) // what editing needs, once opened again
	return db, full, nil
}

// isNoSpace reports whether err is the file system's "no space left".
func isNoSpace(err error) bool {
	return err != nil && (errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "no space left on device"))
}

// openedReadOnly finishes Open of a store that Badger opened read-only
// because of full: it migrates nothing and finishes no interrupted Create
// or Delete (both write), so a store of another schema fails to open.
func (s *Store) openedReadOnly(full *DiskFullError) (*Store, error) {
	s.readOnly = full
	v, ok, err := readSchema(s.db)
	if err == nil && ok && v > schemaVersion {
		err = &SchemaError{Dir: s.dir, Found: v, Supported: schemaVersion}
	} else if err == nil && (!ok || v < schemaVersion) {
		err = fmt.Errorf("%w (Tandem must upgrade this store before reading it)", full)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// resume opens again read-write a store that Badger opened read-only (a
// full disk) once the disk has room for a write (roomNeeded), so that
// changes resume without restarting Tandem. It runs at the start of every
// call (enter) and costs nothing while the store is writable. It waits for
// calls in progress. When reopening fails, the store stays read-only (or,
// if Badger cannot even be reopened read-only, closed) and the error is
// returned.
func (s *Store) resume() error {
	s.mu.RLock()
	readOnly := s.readOnly != nil && !s.closed
	s.mu.RUnlock()
	if !readOnly {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly == nil || s.closed {
		return nil
	}
	opts := badgerOptions(s.dir)
	if checkRoom(s.dir, func(f badgerFiles) int64 { return roomNeeded(f, opts, 0) }) != nil {
		return nil // still full: writes say so
	}
	if err := s.db.Close(); err != nil {
		return s.stayReadOnly(fmt.Errorf("store: reopen %s: %w", s.dir, err))
	}
	db, err := badger.Open(opts)
	if err != nil {
		return s.stayReadOnly(fmt.Errorf("store: reopen %s: %w", s.dir, err))
	}
	s.db, s.readOnly = db, nil
	return nil
}

// stayReadOnly opens Badger read-only again after a failed resume, or
// marks the store closed when even that fails, and returns err. The caller
// holds s.mu.
func (s *Store) stayReadOnly(err error) error {
	db, rerr := badger.Open(badgerOptions(s.dir).WithReadOnly(true))
	if rerr != nil {
		s.closed = true
		s.lock.release()
		return err
	}
	s.db = db
	return err
}
