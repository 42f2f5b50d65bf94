// Package atomicfile writes files so that a reader (or a crash) never sees a
// half-written one: nothing a user wrote is lost to a failed save.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data atomically: it writes a temporary file in
// the same directory, syncs it and renames it over path. On any error path
// is left as it was and no temporary file remains.
func Write(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
