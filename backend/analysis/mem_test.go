package analysis

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// TestPeakMemory1M reports the memory of a large analysis: the file of the
// generated roadmap is parsed (its read speed is reported too), the file is
// dropped, and then Analyze and AnalyzeCompact (what `tandem analyze` runs)
// run twice each on the roadmap in memory. For each run it reports the process's peak RSS (VmHWM, reset before the run),
// the RSS and live heap before it (mostly the roadmap), the bytes Analyze
// allocated, and the live heap the Result keeps. It is a measurement, not a
// check, and runs only when asked, for N efforts:
//
//	PEAKMEM=1000000 go test -run PeakMemory1M -v ./backend/analysis/
func TestPeakMemory1M(t *testing.T) {
	n := sizeFromEnv(t, "PEAKMEM", "measure the memory of an analysis")
	data, err := modeltest.Generate(n, 1).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	settle()
	resetPeak(t)
	start := time.Now()
	r, err := model.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	t.Logf("N=%d: file %.0f MB parsed in %v, %.0f MB/s; peak RSS %.0f MB with the file",
		n, mb(len(data)), read.Round(time.Millisecond), mb(len(data))/read.Seconds(), kbMB(status(t, "VmHWM")))
	data = nil
	runs := []struct {
		name    string
		analyze func() (any, error)
	}{
		{"Analyze", func() (any, error) { return Analyze(r, Options{Today: fixedToday}) }},
		{"AnalyzeCompact", func() (any, error) { return AnalyzeCompact(r, Options{Today: fixedToday}) }},
	}
	for run := 0; run < 4; run++ {
		name, analyze := runs[run%2].name, runs[run%2].analyze
		settle()
		live0, rss0 := heapLive(), status(t, "VmRSS")
		resetPeak(t)
		alloc0, cpu0 := heapAllocs(), cpuTime()
		start := time.Now()
		res, err := analyze()
		if err != nil {
			t.Fatal(err)
		}
		wall, cpu := time.Since(start), cpuTime()-cpu0
		peak, alloc := status(t, "VmHWM"), heapAllocs()-alloc0
		runtime.GC()
		kept := heapLive() - live0
		t.Logf("%s: %v (cpu %v), allocated %.0f MB; RSS before %.0f MB (live heap %.0f MB, the roadmap); "+
			"peak RSS %.0f MB, %.0f MB above; the result keeps %.0f MB",
			name, wall.Round(time.Millisecond), cpu.Round(time.Millisecond), mb(int(alloc)), kbMB(rss0), mb(int(live0)),
			kbMB(peak), kbMB(peak-rss0), mb(int(kept)))
		runtime.KeepAlive(res)
	}
	runtime.KeepAlive(r)
}

// sizeFromEnv returns the number of efforts the environment variable name
// asks for, or skips the test, which would do what, when it is not set.
func sizeFromEnv(t *testing.T, name, what string) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err != nil || n < 1 {
		t.Skipf("set %s=N to %s of N efforts", name, what)
	}
	return n
}

// settle collects garbage and returns the free memory to the system, so that
// the RSS is what is live.
func settle() {
	runtime.GC()
	debug.FreeOSMemory()
}

// resetPeak resets the process's peak RSS (VmHWM) to its current RSS.
func resetPeak(t *testing.T) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Skipf("cannot reset the peak RSS: %v", err)
	}
}

// status returns a field of /proc/self/status in kB.
func status(t *testing.T, field string) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			var kb int
			fmt.Sscan(rest, &kb)
			return kb
		}
	}
	t.Skipf("no %s in /proc/self/status", field)
	return 0
}

func metric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func heapLive() uint64   { return metric("/gc/heap/live:bytes") }
func heapAllocs() uint64 { return metric("/gc/heap/allocs:bytes") }

func mb(bytes int) float64 { return float64(bytes) / 1e6 }
func kbMB(kb int) float64  { return float64(kb) / 1e3 }
