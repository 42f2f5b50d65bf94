package analysis

import (
	"bytes"
	"io"
	"reflect"
	"testing"

	"tandem/backend/model"
)

// TestCompactSameAnswer holds a Compact to the Result of the same roadmap:
// its Result is equal field by field, and its writers, which make the rows
// a block at a time, write the bytes WriteJSON and WriteText write for the
// Result. The generated roadmaps have killed efforts (rows skip them) and
// lists longer than a block; the same Compact is written twice (its rows
// are made anew each time).
func TestCompactSameAnswer(t *testing.T) {
	for name, r := range writerRoadmaps(t, 50, 3_000, 3*rowBlock) {
		res := analyze(t, r)
		c, err := AnalyzeCompact(r, Options{Today: fixedToday})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(c.Result(), res) {
			t.Errorf("%s: Compact.Result differs from Analyze", name)
		}
		if name == short(3*rowBlock)+" generated" && (len(res.Schedule) <= 2*rowBlock || len(res.Schedule) == len(r.Efforts)) {
			t.Fatalf("%s: %d rows of %d efforts: want more than two blocks and a killed effort", name, len(res.Schedule), len(r.Efforts))
		}
		for round := range 2 {
			sameBytes(t, name+" JSON", round, func(b io.Writer) error { return WriteJSON(b, res) }, c.WriteJSON)
			sameBytes(t, name+" text", round, func(b io.Writer) error { return WriteText(b, r, res) },
				func(b io.Writer) error { return c.WriteText(b, r) })
		}
	}
}

func sameBytes(t *testing.T, name string, round int, want, got func(io.Writer) error) {
	t.Helper()
	var w, g bytes.Buffer
	if err := want(&w); err != nil {
		t.Fatal(err)
	}
	if err := got(&g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(w.Bytes(), g.Bytes()) {
		i := 0
		for i < w.Len() && i < g.Len() && w.Bytes()[i] == g.Bytes()[i] {
			i++
		}
		t.Errorf("%s (round %d): differs at byte %d of %d:\ngot  %.80q\nwant %.80q", name, round, i, w.Len(), g.Bytes()[i:], w.Bytes()[i:])
	}
}

// TestCompactCycle: a Compact fails as Analyze does.
func TestCompactCycle(t *testing.T) {
	r := &model.Roadmap{Efforts: []model.Effort{{ID: "a", DurationDays: new(int)}, {ID: "b", DurationDays: new(int)}},
		Dependencies: []model.Dependency{{From: "a", To: "b"}, {From: "b", To: "a"}}}
	_, want := Analyze(r, Options{Today: fixedToday})
	_, got := AnalyzeCompact(r, Options{Today: fixedToday})
	if want == nil || got == nil || got.Error() != want.Error() {
		t.Fatalf("got %v, want %v", got, want)
	}
}
