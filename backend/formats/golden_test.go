package formats

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/model"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares the roadmap, written as a native file, with
// testdata/golden/name (or rewrites it with -update), and checks that the
// native file reads back to the same roadmap.
func golden(t *testing.T, name string, r *model.Roadmap) {
	t.Helper()
	got, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	goldenBytes(t, filepath.Join("testdata", "golden", name), got)
	back, err := model.Load(got)
	if err != nil {
		t.Fatalf("the written roadmap does not load: %v", err)
	}
	again, _ := back.Marshal()
	if !bytes.Equal(again, got) {
		t.Errorf("%s: the native file does not read back to the same roadmap", name)
	}
}

// goldenBytes compares got with the file at path, or rewrites the file
// with -update.
func goldenBytes(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -update and review the diff):\n%s", path, got)
	}
}

// readTestdata reads a file under testdata.
func readTestdata(t *testing.T, path string) []byte {
	t.Helper()
	data, err := readTestdataFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readTestdataFile(path string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", path))
}
