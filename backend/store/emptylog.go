package store

import (
	"os"
	"path/filepath"
	"strings"
)

// isEmptyLog reports whether a file of the store is a log Badger created but
// never sized or gave its header: a value log (.vlog) or a memtable's
// write-ahead log (.mem) of size zero. A process killed between Badger's
// create and truncate leaves one; it holds nothing.
func isEmptyLog(name string, size int64) bool {
	return size == 0 && (strings.HasSuffix(name, ".vlog") || strings.HasSuffix(name, ".mem"))
}

// removeEmptyLogs deletes the empty logs of dir (isEmptyLog). Badger refuses
// to open a store with one ("Open existing file ... Create a new file" for a
// value log, "while opening memtables ... Create a new file" for a memtable's
// log), although it holds nothing. The inspection skips such files too
// (inspectStore).
func removeEmptyLogs(dir string) error {
	files, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		if info, err := f.Info(); err == nil && isEmptyLog(f.Name(), info.Size()) {
			if err := os.Remove(filepath.Join(dir, f.Name())); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}
