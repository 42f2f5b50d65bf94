package main

import (
	"strings"
	"testing"
)

// TestEditBenchCount reads TANDEM_BENCH_EDITS: unset is a normal window, a
// number from 1 to 1000 times that many edits, anything else is refused.
func TestEditBenchCount(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want int
		err  bool
	}{
		{"", 0, false}, {"8", 8, false}, {"1000", 1000, false},
		{"0", 0, true}, {"-3", 0, true}, {"1001", 0, true}, {"eight", 0, true},
	} {
		t.Setenv("TANDEM_BENCH_EDITS", tc.env)
		n, err := editBenchCount()
		if n != tc.want || (err != nil) != tc.err {
			t.Errorf("TANDEM_BENCH_EDITS=%q: got %d, %v", tc.env, n, err)
		}
		if err != nil && !strings.Contains(err.Error(), "from 1 to 1000") {
			t.Errorf("TANDEM_BENCH_EDITS=%q: the error does not say what is wanted: %v", tc.env, err)
		}
	}
}

// TestEditBenchCall calls the browser benchmark's own in-page script (one
// function expression) with the count and zoom, and emits its answer and
// its failure as the event the window waits for.
func TestEditBenchCall(t *testing.T) {
	js := editBenchCall(8)
	if !strings.HasPrefix(editBenchScript, "//") || !strings.Contains(editBenchScript, "\n(async function tandemEditBench(edits, zoomPresses)") {
		t.Fatalf("edit-in-page.js is not the one function expression the call wraps")
	}
	for _, want := range []string{"(" + editBenchScript + ")(8, 9)", `EventsEmit("tandem:bench-edit", JSON.stringify(r))`, "{ error: String("} {
		if !strings.Contains(js, want) {
			t.Errorf("the call lacks %.80q", want)
		}
	}
}
