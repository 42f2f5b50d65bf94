package analysis

import (
	"bytes"
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
	"tandem/backend/sample"
)

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
		golden.Check(t, filepath.Join("testdata", g.file), g.got)
	}
}
