package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestLimitMemory: the limit is set, unless GOMEMLIMIT names one.
func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range []struct {
		env  string
		want int64
	}{{"", analyzeMemoryLimit}, {"2GiB", math.MaxInt64}} {
		debug.SetMemoryLimit(math.MaxInt64)
		t.Setenv("GOMEMLIMIT", c.env)
		limitMemory()
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("GOMEMLIMIT=%q: limit %d, want %d", c.env, got, c.want)
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
