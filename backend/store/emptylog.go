package store

import (
	"os"
	"path/filepath"
	"strings"
)

// removeEmptyValueLogs deletes the value logs of dir that are empty. A
// process killed while Badger creates its next value log leaves that file
// created but not yet sized or given its header; it holds nothing, and
// Badger refuses to open a store with one ("Open existing file ... Create a
// new file"). The inspection skips such files too (inspectStore).
func removeEmptyValueLogs(dir string) error {
	files, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, f := range files {
		if f.IsDir() || !strings.HasSuffix(f.Name(), ".vlog") {
			continue
		}
		if info, err := f.Info(); err == nil && info.Size() == 0 {
			if err := os.Remove(filepath.Join(dir, f.Name())); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}
