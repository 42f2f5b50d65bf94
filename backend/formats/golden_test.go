package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
	"tandem/backend/model"
)

// goldenRoadmap compares the roadmap, written as a native file, with
// testdata/golden/name (or rewrites it with -update), and checks that the
// native file reads back to the same roadmap.
func goldenRoadmap(t *testing.T, name string, r *model.Roadmap) {
	t.Helper()
	got, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "golden", name), got)
	back, err := model.Load(got)
	if err != nil {
		t.Fatalf("the written roadmap does not load: %v", err)
	}
	again, _ := back.Marshal()
	if !bytes.Equal(again, got) {
		t.Errorf("%s: the native file does not read back to the same roadmap", name)
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
