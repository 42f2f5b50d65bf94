package analysis

import (
	"bytes"
	"io"
	"reflect"
	"runtime"
	"testing"
	"time"

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

// TestCompactLetsTheRoadmapGo: a Compact keeps nothing of the roadmap's
// structs alive (only its own copies of ids), so the roadmap and its index
// can be collected while the JSON rows are written: the roadmap's
// finalizer runs with the Compact still held, and the Compact then writes
// what Analyze's Result writes.
func TestCompactLetsTheRoadmapGo(t *testing.T) {
	r := writerRoadmaps(t, 50, 3_000, 3*rowBlock)[short(3*rowBlock)+" generated"]
	var want bytes.Buffer
	if err := WriteJSON(&want, analyze(t, r)); err != nil {
		t.Fatal(err)
	}
	c, err := AnalyzeCompactIndexed(r, model.NewIndex(r), Options{Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	gone := make(chan struct{})
	runtime.SetFinalizer(r, func(*model.Roadmap) { close(gone) })
	r = nil
	for deadline := time.Now().Add(10 * time.Second); ; {
		runtime.GC()
		select {
		case <-gone:
		case <-time.After(10 * time.Millisecond):
			if time.Now().Before(deadline) {
				continue
			}
			t.Fatal("the roadmap stays alive as long as its Compact")
		}
		break
	}
	var got bytes.Buffer
	if err := c.WriteJSON(&got); err != nil || !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("the Compact without its roadmap writes other bytes (err %v)", err)
	}
}
