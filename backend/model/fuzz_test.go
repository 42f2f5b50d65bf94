package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzParse checks, for any input: Parse never panics; it rejects what is not
// JSON; what it accepts survives write -> read unchanged, and a second write
// gives the same bytes; Validate and Clone never panic.
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
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data)
		if err != nil {
			return
		}
		if !json.Valid(bytes.TrimPrefix(data, utf8BOM)) {
			t.Fatalf("Parse accepted invalid JSON: %q", data)
		}
		_ = r.Validate()
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
