package badinput

import (
	"io/fs"
	"strings"
	"testing"
)

// TestEveryFileIsACase keeps cases.txt and the files in step.
func TestEveryFileIsACase(t *testing.T) {
	listed := map[string]bool{}
	for _, c := range Cases() {
		listed[c.File] = true
		if len(c.Place) == 0 || len(c.Problem) == 0 {
			t.Errorf("%s: no place or problem", c.File)
		}
	}
	entries, _ := fs.ReadDir(files, "testdata")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".b64")
		if name != "cases.txt" && !listed[name] {
			t.Errorf("testdata/%s is in no case", e.Name())
		}
	}
	if n := len(listed); n < 25 {
		t.Fatalf("%d classes; the reliability issue asks for at least 25", n)
	}
}
