package sample

import (
	"testing"

	"tandem/backend/model"
)

// TestSampleIsValid loads the sample as the app does (parse + validate) and
// checks its shape: four lanes in order with distinct colours, about twenty
// efforts, no keys Tandem does not know. backend/analysis tests what its
// analysis finds.
func TestSampleIsValid(t *testing.T) {
	r, err := model.Load(Bytes())
	if err != nil {
		t.Fatalf("load: %v", err)
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
	if len(r.Extra) > 0 {
		t.Errorf("unknown keys %v", r.Extra)
	}
	for _, e := range r.Efforts {
		if len(e.Extra) > 0 || e.Title == "" || e.Owner == "" {
			t.Errorf("effort %q: unknown keys %v, title %q, owner %q", e.ID, e.Extra, e.Title, e.Owner)
		}
	}
}

func TestBytesIsACopy(t *testing.T) {
	b := Bytes()
	b[0] = 'x'
	if Bytes()[0] != '{' {
		t.Fatal("Bytes shares its backing array")
	}
}
