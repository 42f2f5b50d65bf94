package analysis

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/sample"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGoldenSample compares the analysis of the built-in sample, as JSON and
// as text, with testdata/sample.analysis.json and .txt. Run with -update to
// rewrite them after a deliberate change, and review the diff.
func TestGoldenSample(t *testing.T) {
	r := load(t, sample.Bytes())
	res := analyze(t, r)
	var text bytes.Buffer
	if err := WriteText(&text, r, res); err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file string
		got  []byte
	}{
		{"sample.analysis.json", marshal(t, res)},
		{"sample.analysis.txt", text.Bytes()},
	} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(g.got, want) {
			t.Errorf("%s differs from the analysis; run go test -update and review the diff.\ngot:\n%s", path, g.got)
		}
	}
}
