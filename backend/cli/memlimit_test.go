package cli

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// TestLimitMemory: the limit is set, less what lies outside the heap (at
// most half of it), unless GOMEMLIMIT names one.
func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range []struct {
		env     string
		outside int
		want    int64
	}{
		{"", 0, analyzeMemoryLimit},
		{"", 100 << 20, analyzeMemoryLimit - 100<<20},
		{"", 2 * analyzeMemoryLimit, analyzeMemoryLimit / 2},
		{"2GiB", 0, math.MaxInt64},
		{"2GiB", 100 << 20, math.MaxInt64},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		t.Setenv("GOMEMLIMIT", c.env)
		limitMemory(c.outside)
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("GOMEMLIMIT=%q, %d outside: limit %d, want %d", c.env, c.outside, got, c.want)
		}
	}
}

// TestCollectOften: the collector's percentage is set, unless GOGC names one.
func TestCollectOften(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, c := range []struct {
		env  string
		want int
	}{{"", fileGCPercent}, {"200", 100}} {
		debug.SetGCPercent(100)
		t.Setenv("GOGC", c.env)
		collectOften()
		if got := debug.SetGCPercent(100); got != c.want {
			t.Errorf("GOGC=%q: percent %d, want %d", c.env, got, c.want)
		}
	}
}

// gcPercent is the collector's GOGC, read without setting it (setting it
// to read it back could start the cycle that runs collectFrom's hook in
// between).
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// TestCollectFrom: an analysed file's heap grows to 3x its size (at least
// freeHeapMin) before the collector's first cycle, which then sets
// analyzeGCPercent and the whole limit; a larger file, or GOGC or GOMEMLIMIT
// set, collects as collectOften does from the start.
func TestCollectFrom(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	percent := gcPercent
	for _, c := range []struct {
		gogc, gomemlimit string
		size             int64
		freePhase        bool  // percent -1 until a cycle
		limit            int64 // the limit at first
	}{
		{"", "", 71 << 20, true, 213 << 20},
		{"", "", 0, true, freeHeapMin},
		{"", "", freeHeapMax / 3, true, freeHeapMax / 3 * 3},
		{"", "", 360 << 20, false, analyzeMemoryLimit},
		{"200", "", 71 << 20, false, analyzeMemoryLimit},
		{"", "2GiB", 71 << 20, false, math.MaxInt64},
	} {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		t.Setenv("GOGC", c.gogc)
		t.Setenv("GOMEMLIMIT", c.gomemlimit)
		collectFrom(c.size)
		wantPercent := fileGCPercent
		switch {
		case c.freePhase:
			wantPercent = -1
		case c.gogc != "":
			wantPercent = 100
		}
		if got, lim := percent(), debug.SetMemoryLimit(-1); got != wantPercent || lim != c.limit {
			t.Errorf("%+v: percent %d limit %d, want %d and %d", c, got, lim, wantPercent, c.limit)
		}
		if !c.freePhase {
			continue
		}
		deadline := time.Now().Add(10 * time.Second)
		for percent() != analyzeGCPercent && time.Now().Before(deadline) {
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
		if got, lim := percent(), debug.SetMemoryLimit(-1); got != analyzeGCPercent || lim != analyzeMemoryLimit {
			t.Errorf("%+v, after a cycle: percent %d limit %d, want %d and %d", c, got, lim, analyzeGCPercent, analyzeMemoryLimit)
		}
	}
}
