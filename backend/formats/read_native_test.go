package formats

import (
	"testing"
)

// TestParseIndexed: a native file is parsed, not validated, with its
// Index, and CheckIndexed then gives ReadIndexed's answer; a text error
// (checked beside the parse) wins over the parse's own, as in ReadIndexed;
// any other format is ReadIndexed's, validated, without an Index.
func TestParseIndexed(t *testing.T) {
	invalid := []byte(`{"format":"tandem/roadmap","version":1,"name":"x","lanes":[],"efforts":[{"id":"a","lane":"nope","durationDays":1}]}`)
	r, x, err := ParseIndexed(invalid, "x.tandem")
	if err != nil || r == nil || x == nil {
		t.Fatalf("an invalid roadmap parses: %v, %v, %v", r, x, err)
	}
	_, _, want := ReadIndexed(invalid, "x.tandem")
	if err := r.CheckIndexed(x); err == nil || want == nil || err.Error() != want.Error() {
		t.Fatalf("CheckIndexed: %v; ReadIndexed: %v", err, want)
	}
	for name, data := range map[string][]byte{
		"a NUL byte":   []byte(`{"format":"tandem/roadmap","version":1,"name":"x` + "\x00" + `"}`),
		"Latin-1":      []byte(`{"format":"tandem/roadmap","version":1,"name":"Caf` + "\xe9" + `"}`),
		"broken JSON":  []byte(`{"format":"tandem/roadmap",`),
		"UTF-16":       []byte("\xff\xfe{\x00}\x00"),
		"empty":        []byte(" \n"),
		"unknown kind": []byte("hello"),
	} {
		_, _, got := ParseIndexed(data, "x.tandem")
		_, _, want := ReadIndexed(data, "x.tandem")
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	csv := readTestdata(t, "csv/growth.csv")
	r, x, err = ParseIndexed(csv, "growth.csv")
	if err != nil || x != nil || r.Validate() != nil {
		t.Fatalf("CSV: index %v, %v", x, err)
	}
}
