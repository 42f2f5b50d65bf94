package draw

import (
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
)

// goldenFile compares got with testdata/name, or rewrites it with -update.
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}
