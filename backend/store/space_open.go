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
//     read-write (it truncates it), and a full disk or a crash leaves one;
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
	full.ReadOnly = true
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
