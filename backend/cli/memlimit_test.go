package cli

import (
	"math"
	"runtime/debug"
	"testing"
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
