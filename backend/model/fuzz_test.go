package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

// FuzzParse checks, for any input: Parse never panics; it rejects what is not
// JSON; what it accepts survives write -> read unchanged, and a second write
// gives the same bytes; Validate and Clone never panic, and what Validate
// accepts is bounded (checkBounded); the reader's Index is NewIndex's, and
// ValidateIndexed answers as Validate. The seed corpus
// (testdata/fuzz/FuzzParse) holds the sample, the hostile roadmap and the
// native files of backend/badinput.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"full.tandem", "spec-example.tandem"} {
		data, err := readFileErr(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(validBase))
	f.Add([]byte(`{"efforts": [{"id": "a", "durationDays": -1, "x": [1, {"y": null}]}], "z": "\u00e9\ud83d\ude80"}`))
	f.Add([]byte(`{"format":"tandem/roadmap","version":1,"name":"x","lanes":[{"id":"l","name":"L"}],"efforts":[` +
		`{"id":"a","lane":"l","title":"A","start":"9999-12-31","durationDays":1000000000},` +
		`{"id":"b","lane":"l","title":"B","durationDays":1e308}],` +
		`"dependencies":[{"from":"a","to":"b","type":"SF","lagDays":-99999999999999999999}]}`))
	f.Add([]byte(`{"start":"0000-02-29","calendar":{"workdays":[],"holidays":["2026-02-30"]},"efforts":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		if err != nil {
			return
		}
		if !json.Valid(bytes.TrimPrefix(data, utf8BOM)) {
			t.Fatalf("Parse accepted invalid JSON: %q", data)
		}
		verr := r.Validate()
		if verr == nil {
			checkBounded(t, r)
		}
		_, x, _ := parse(data, MaxFileBytes)
		checkIndex(t, r, x)
		if xerr := r.ValidateIndexed(x); fmt.Sprint(xerr) != fmt.Sprint(verr) {
			t.Fatalf("ValidateIndexed: %v\nValidate: %v", xerr, verr)
		}
		c := r.Clone()
		out, err := r.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Marshal(r)): %v\n%s", err, out)
		}
		if !reflect.DeepEqual(back, r) || !reflect.DeepEqual(c, r) {
			t.Fatalf("round trip or clone changed the roadmap:\n%#v\n%#v", r, back)
		}
		if again, _ := back.Marshal(); !bytes.Equal(again, out) {
			t.Fatalf("second write differs")
		}
	})
}

// checkBounded: a valid roadmap's durations and lags are within MaxDays,
// so that no analysis or export walks more days than that per effort.
func checkBounded(t *testing.T, r *Roadmap) {
	t.Helper()
	for _, e := range r.Efforts {
		if e.DurationDays != nil && (*e.DurationDays < 0 || *e.DurationDays > MaxDays) {
			t.Fatalf("valid with durationDays %d", *e.DurationDays)
		}
	}
	for _, d := range r.Dependencies {
		if d.LagDays < -MaxDays || d.LagDays > MaxDays {
			t.Fatalf("valid with lagDays %d", d.LagDays)
		}
	}
}

func TestParsedSlicesDoNotSpill(t *testing.T) {
	r := mustParse(t, []byte(`{"efforts": [
		{"id": "a", "touches": [{"surface": "s1", "mode": "changes"}], "moves": [{"metric": "m1", "direction": "up"}], "durationDays": 1},
		{"id": "b", "touches": [{"surface": "s2", "mode": "relies"}], "moves": [{"metric": "m2", "direction": "down"}], "durationDays": 2}]}`))
	a, b := &r.Efforts[0], &r.Efforts[1]
	a.Touches = append(a.Touches, Touch{"x", "x"})
	a.Moves = append(a.Moves, Move{"x", "x"})
	*a.DurationDays = 7
	if b.Touches[0].Surface != "s2" || b.Moves[0].Metric != "m2" || *b.DurationDays != 2 {
		t.Errorf("appending to one effort's lists changed another's: %+v", *b)
	}
}
