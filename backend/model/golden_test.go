package model

import (
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
)

// goldenFile compares got with testdata/name, or rewrites the file with -update.
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

// readFile reads a test fixture.
func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := readFileErr(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readFileErr(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", name))
}
