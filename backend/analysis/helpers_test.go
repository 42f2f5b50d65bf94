package analysis

import (
	"encoding/json"
	"testing"
	"time"

	"tandem/backend/model"
)

// fixedToday is the "today" of every test, so that results do not depend on
// the clock.
var fixedToday = time.Date(2027, 2, 15, 12, 0, 0, 0, time.UTC)

// load parses and validates a roadmap file for a test.
func load(t testing.TB, data []byte) *model.Roadmap {
	t.Helper()
	r, err := model.Load(data)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return r
}

// analyze runs Analyze with the fixed today and fails the test on error.
func analyze(t testing.TB, r *model.Roadmap) *Result {
	t.Helper()
	res, err := Analyze(r, Options{Today: fixedToday})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	return res
}

// marshal is the JSON of v, indented as `tandem analyze --json` may print it.
func marshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// indexOf builds the index of r as Analyze does.
func indexOf(t testing.TB, r *model.Roadmap) *index {
	t.Helper()
	ids := make([]string, len(r.Efforts))
	for i := range r.Efforts {
		ids[i] = r.Efforts[i].ID
	}
	x, err := newIndex(r, model.DateOf(fixedToday), ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	x.indexTouches()
	x.indexMoves()
	return x
}
