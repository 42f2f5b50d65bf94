package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Restored describes a finished restore.
type Restored struct {
	Backup BackupInfo
	// Previous is where the replaced store directory now is ("" when dir
	// held none): nothing of it was deleted.
	Previous string
}

// Restore replaces the store in dir with the backup file at file, all or
// nothing. It checks the file whole first (a truncated or garbled file is a
// *BackupFileError), takes the store's lock (*InUseError when a Tandem has
// it open), loads the backup into a new directory beside dir, moves the
// rolling backups (BackupDir) into it, and swaps it with dir in one atomic
// rename where the file system allows (Linux), else two. The replaced store,
// damaged or not, is kept whole at dir.before-restore-<time>. On any error
// dir is as it was.
func Restore(dir, file string) (Restored, error) {
	dir = filepath.Clean(dir)
	info, body, err := openBackupBody(file)
	if err != nil {
		return Restored{}, err
	}
	defer body.Close()
	if info.Schema > schemaVersion {
		return Restored{}, &BackupFileError{Path: file, Why: fmt.Sprintf("it was made by a newer Tandem (schema %d; this Tandem reads up to %d): update Tandem", info.Schema, schemaVersion)}
	}
	exists := false
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return Restored{}, fmt.Errorf("%s is not a directory", dir)
		}
		exists = true
		lock, err := lockDir(dir)
		if err != nil {
			return Restored{}, err
		}
		defer lock.release()
	} else if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return Restored{}, err
	}
	stamp := time.Now().Format("20060102-150405")
	fresh, err := os.MkdirTemp(filepath.Dir(dir), filepath.Base(dir)+".restoring-*")
	if err != nil {
		return Restored{}, err
	}
	keep := false
	defer func() {
		if !keep {
			os.RemoveAll(fresh)
		}
	}()
	if err := loadInto(fresh, body); err != nil {
		return Restored{}, fmt.Errorf("cannot restore %s: %w; nothing was changed", file, err)
	}
	if !exists {
		if err := os.Rename(fresh, dir); err != nil {
			return Restored{}, err
		}
		keep = true
		return Restored{Backup: info}, nil
	}
	moved, err := moveBackups(dir, fresh)
	if err != nil {
		return Restored{}, err
	}
	previous := dir + ".before-restore-" + stamp
	if err := swapIn(dir, fresh, previous); err != nil {
		if moved {
			os.Rename(BackupDir(fresh), BackupDir(dir))
		}
		return Restored{}, fmt.Errorf("cannot put the restored store in place: %w; nothing was changed", err)
	}
	keep = true // fresh now holds the replaced store, or is gone
	if err := os.Rename(fresh, previous); err != nil && !errors.Is(err, os.ErrNotExist) {
		previous = fresh
	}
	syncDir(filepath.Dir(dir))
	return Restored{Backup: info, Previous: previous}, nil
}

// loadInto creates a store in the empty directory dir from a backup body,
// with its contents record.
func loadInto(dir string, body io.Reader) error {
	db, err := openRecovered(badgerOptions(dir))
	if err != nil {
		return err
	}
	err = loadBody(db, body)
	var rec *record
	if err == nil {
		rec, err = snapshotRecord(db)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return writeRecord(dir, rec)
}

// moveBackups moves the rolling backups of the store in dir into fresh,
// so that they stay where Tandem keeps them; moved says whether there were any.
func moveBackups(dir, fresh string) (moved bool, err error) {
	if _, err := os.Stat(BackupDir(dir)); err != nil {
		return false, nil
	}
	return true, os.Rename(BackupDir(dir), BackupDir(fresh))
}

// swapIn puts the directory fresh at dir and the old dir at fresh, in one
// step when the file system can; else it moves dir to previous, then fresh
// to dir (moving dir back if that fails).
func swapIn(dir, fresh, previous string) error {
	if exchange(dir, fresh) == nil {
		return nil
	}
	if err := os.Rename(dir, previous); err != nil {
		return err
	}
	if err := os.Rename(fresh, dir); err != nil {
		os.Rename(previous, dir)
		return err
	}
	return nil
}
