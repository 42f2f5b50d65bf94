package store

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Backups Tandem keeps by itself live in BackupDir(dir), inside the store
// directory (Badger ignores directories):
//
//	daily-YYYY-MM-DD.tandem-backup                 the first open of each day (local date), the last KeepDaily
//	before-schema-N-YYYYMMDD-HHMMSS.tandem-backup  before upgrading a store of schema N, the last KeepBeforeMigration
//
// Each is a backup file (backupfile.go) that `tandem restore` takes.
const (
	backupDirName       = "backups"
	BackupExt           = ".tandem-backup"
	KeepDaily           = 7
	KeepBeforeMigration = 3
	dailyPrefix         = "daily-"
	migrationPrefix     = "before-schema-"
)

// BackupDir is where Tandem keeps the rolling backups of the store in dir.
func BackupDir(dir string) string { return filepath.Join(dir, backupDirName) }

// Backup writes the whole store (every roadmap with its undo log, decisions
// and snapshots, and the app settings) to a backup file at path, atomically:
// the file appears complete or not at all. It reads one consistent snapshot
// and does not hold up edits made meanwhile.
func (s *Store) Backup(path string) (BackupInfo, error) {
	if err := s.enter(); err != nil {
		return BackupInfo{}, err
	}
	defer s.mu.RUnlock()
	return backupDB(s.db, path, s.now())
}

func backupDB(db *badger.DB, path string, now time.Time) (BackupInfo, error) {
	v, _, err := readSchema(db)
	if err != nil {
		return BackupInfo{}, err
	}
	rec, err := snapshotRecord(db)
	if err != nil {
		return BackupInfo{}, err
	}
	info := BackupInfo{Schema: v, Roadmaps: len(rec.Roadmaps), Created: now.UTC()}
	return writeBackupFile(path, info, func(w io.Writer) error {
		_, err := writeBody(db, w)
		return err
	})
}

// StartDailyBackup takes today's rolling backup in the background unless
// one exists (or the store holds no roadmap), and prunes the daily backups
// to KeepDaily. Close waits for it. A failure is logged: the store itself
// is unaffected.
func (s *Store) StartDailyBackup() {
	s.background.Add(1)
	go func() {
		defer s.background.Done()
		if _, err := s.dailyBackup(); err != nil && !errors.Is(err, ErrClosed) {
			log.Printf("tandem store: daily backup: %v", err)
		}
	}()
}

// dailyBackup takes today's backup; it returns its path, "" when none was needed.
func (s *Store) dailyBackup() (string, error) {
	if err := s.enter(); err != nil {
		return "", err
	}
	defer s.mu.RUnlock()
	path := filepath.Join(BackupDir(s.dir), dailyPrefix+s.now().Local().Format("2006-01-02")+BackupExt)
	if _, err := os.Stat(path); err == nil {
		return "", nil
	}
	rec, err := snapshotRecord(s.db)
	if err != nil || len(rec.Roadmaps) == 0 {
		return "", err
	}
	if err := os.MkdirAll(BackupDir(s.dir), 0o700); err != nil {
		return "", err
	}
	if _, err := backupDB(s.db, path, s.now()); err != nil {
		return "", err
	}
	return path, prune(BackupDir(s.dir), dailyPrefix, KeepDaily)
}

// backupBeforeMigration backs up db, at schema from, before it is upgraded.
func backupBeforeMigration(db *badger.DB, dir string, from int, now time.Time) error {
	bdir := BackupDir(dir)
	if err := os.MkdirAll(bdir, 0o700); err != nil {
		return err
	}
	name := fmt.Sprintf("%s%d-%s%s", migrationPrefix, from, now.Local().Format("20060102-150405"), BackupExt)
	if _, err := backupDB(db, filepath.Join(bdir, name), now); err != nil {
		return err
	}
	return prune(bdir, migrationPrefix, KeepBeforeMigration)
}

// prune removes the oldest backups named prefix* in bdir beyond keep.
// Names sort by their date.
func prune(bdir, prefix string, keep int) error {
	names := backupNames(bdir, prefix)
	for len(names) > keep {
		if err := os.Remove(filepath.Join(bdir, names[0])); err != nil {
			return err
		}
		names = names[1:]
	}
	return nil
}

// backupNames lists the backup files named prefix* in bdir, sorted by name.
func backupNames(bdir, prefix string) []string {
	files, _ := os.ReadDir(bdir)
	var names []string
	for _, f := range files {
		if n := f.Name(); !f.IsDir() && strings.HasPrefix(n, prefix) && strings.HasSuffix(n, BackupExt) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// LatestBackup returns the path of the newest backup Tandem kept for the
// store in dir (by modification time), "" when there is none.
func LatestBackup(dir string) (string, error) {
	bdir := BackupDir(dir)
	var best string
	var bestTime time.Time
	for _, n := range backupNames(bdir, "") {
		st, err := os.Stat(filepath.Join(bdir, n))
		if err == nil && !st.ModTime().Before(bestTime) {
			best, bestTime = filepath.Join(bdir, n), st.ModTime()
		}
	}
	return best, nil
}
