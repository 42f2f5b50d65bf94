package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReadMapped: a small file and one large enough to be mapped read the
// same bytes as readInput; a missing file is readInput's error.
func TestReadMapped(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 10, 5<<20 + 12345} { // the last is mapped on Linux
		data := bytes.Repeat([]byte("0123456789abcdef"), size/16+1)[:size]
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, release, _, err := readMapped(path)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: read %d, %v", size, len(got), err)
		}
		release()
	}
	_, wantErr := readInput(filepath.Join(dir, "missing"))
	if _, release, _, err := readMapped(filepath.Join(dir, "missing")); err == nil || err.Error() != wantErr.Error() {
		t.Fatalf("missing file: %v, want %v", err, wantErr)
	} else {
		release()
	}
}
