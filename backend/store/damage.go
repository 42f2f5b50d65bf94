package store

import (
	"errors"
	"fmt"
	"path/filepath"
)

// ErrDamaged: the store lost or garbled data (a missing, truncated or
// garbled file). Open refused it and changed nothing. The concrete error is
// *DamagedError.
var ErrDamaged = errors.New("store damaged")

// DamagedError says what is wrong with the store at Dir and how to restore
// it. Backup is the newest backup file found for Dir ("" when none).
// errors.Is(err, ErrDamaged) reports it.
type DamagedError struct {
	Dir, What, Backup string
}

// Error is one line: what is wrong, that nothing changed, and the command
// that restores the last backup.
func (e *DamagedError) Error() string {
	msg := fmt.Sprintf("the store at %s is damaged: %s; Tandem did not open it and changed nothing", e.Dir, e.What)
	if e.Backup == "" {
		return msg + fmt.Sprintf("; there is no backup in %s: keep a copy of the directory, and restore a backup file you made with 'tandem --data %s restore FILE'",
			BackupDir(e.Dir), e.Dir)
	}
	return msg + fmt.Sprintf("; to go back to the last backup run: tandem --data %s restore %s", e.Dir, e.Backup)
}

// Unwrap returns ErrDamaged.
func (e *DamagedError) Unwrap() error { return ErrDamaged }

// damaged returns the *DamagedError of dir, naming its newest backup.
func damaged(dir, what string) *DamagedError {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	latest, _ := LatestBackup(dir)
	return &DamagedError{Dir: dir, What: what, Backup: latest}
}
