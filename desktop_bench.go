package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// editBenchScript is the in-page edit timing the browser benchmark runs too
// (frontend/e2e/bench/tandem.mjs): one function expression.
//
//go:embed frontend/e2e/bench/edit-in-page.js
var editBenchScript string

// editBenchEvent is the event the page answers the edit timing with.
const editBenchEvent = "tandem:bench-edit"

// editBenchZoom is how many times the timing zooms in before it edits, as
// the browser benchmark does (e2e/bench/measure.mjs ZOOM_PRESSES).
const editBenchZoom = 9

// editBenchCount reads TANDEM_BENCH_EDITS: the number of edits the desktop
// window times (scripts/bench-desktop-edit.sh), or 0 for a normal window.
func editBenchCount() (int, error) {
	v := os.Getenv("TANDEM_BENCH_EDITS")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1000 {
		return 0, fmt.Errorf("TANDEM_BENCH_EDITS=%q: want a number of edits from 1 to 1000", v)
	}
	return n, nil
}

// withEditBench makes the window time n edits once its page is ready: it
// runs editBenchScript in the page, writes the page's answer (JSON:
// {"times": [...], "ms": median} or {"error": "..."}) as one line to out,
// and quits. The edits cross the Wails bridge as a user's do.
func withEditBench(opts *options.App, n int, out io.Writer) {
	opts.OnDomReady = func(ctx context.Context) {
		runtime.EventsOnce(ctx, editBenchEvent, func(data ...any) {
			if len(data) > 0 {
				fmt.Fprintln(out, data[0])
			}
			runtime.Quit(ctx)
		})
		runtime.WindowExecJS(ctx, editBenchCall(n))
	}
}

// editBenchCall is the JavaScript that runs the timing for n edits and emits
// its answer, or the error that stopped it, as editBenchEvent.
func editBenchCall(n int) string {
	emit := fmt.Sprintf("(r) => window.runtime.EventsEmit(%q, JSON.stringify(r))", editBenchEvent)
	return fmt.Sprintf("(%s)(%d, %d).then(%s, (e) => (%s)({ error: String(e && e.message || e) }))",
		editBenchScript, n, editBenchZoom, emit, emit)
}
