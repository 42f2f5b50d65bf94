package model

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test -update to accept):\n--- got\n%s", path, got)
	}
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
