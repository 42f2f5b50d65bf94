package sample

import (
	"bytes"
	"encoding/json"
	"testing"

	"tandem/backend/model"
)

func TestSampleDecodes(t *testing.T) {
	var r model.Roadmap
	dec := json.NewDecoder(bytes.NewReader(Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if r.Format != model.Format || r.Version != model.Version {
		t.Errorf("format %q version %d", r.Format, r.Version)
	}
	if r.Name != Name {
		t.Errorf("name %q, want %q", r.Name, Name)
	}
	want := []string{"paid", "content", "product", "ai-tools"}
	if len(r.Lanes) != len(want) {
		t.Fatalf("lanes %d, want %d", len(r.Lanes), len(want))
	}
	colors := map[string]bool{}
	for i, l := range r.Lanes {
		if l.ID != want[i] {
			t.Errorf("lane %d is %q, want %q", i, l.ID, want[i])
		}
		if l.Color == "" || colors[l.Color] {
			t.Errorf("lane %q color %q missing or repeated", l.ID, l.Color)
		}
		colors[l.Color] = true
	}
	if n := len(r.Efforts); n < 18 || n > 26 {
		t.Errorf("%d efforts, want about 20", n)
	}
}

func TestBytesIsACopy(t *testing.T) {
	b := Bytes()
	b[0] = 'x'
	if Bytes()[0] != '{' {
		t.Fatal("Bytes shares its backing array")
	}
}
