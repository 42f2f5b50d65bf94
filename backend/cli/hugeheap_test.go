//go:build linux

package cli

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestHugeHeap: hugeHeap asks the kernel to back the heap it maps ahead
// with huge pages (VmFlags "hg" in /proc/self/smaps; Go's own heap is
// never so marked), and in a fresh heap (as `tandem analyze` starts with)
// what is allocated next lies there.
func TestHugeHeap(t *testing.T) {
	if mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("no transparent huge pages here")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	const n = 256 << 20
	base := hugeHeap(hugeHeapFileMin, n)
	if base == 0 {
		t.Fatal("hugeHeap marked nothing")
	}
	b := make([]byte, 8<<20)
	next := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	for _, at := range []uintptr{base + 4<<20, base + n/2, base + n - 4<<20} {
		flags, err := vmaFlags(at)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(" "+flags+" ", " hg ") {
			t.Errorf("heap at %#x: VmFlags %q, want hg (MADV_HUGEPAGE)", at, flags)
		}
	}
	// The runtime may start the next object a few pages before base, where
	// the freed range joins other free pages: what counts is that most of
	// it lies in the range.
	if fresh := os.Getenv("TANDEM_FRESH_HEAP") != ""; fresh && inside(next, uintptr(len(b)), base, n) < uintptr(len(b))/2 {
		t.Errorf("allocated next at %#x-%#x, mostly outside %#x-%#x", next, next+uintptr(len(b)), base, base+n)
	}
	if os.Getenv("TANDEM_FRESH_HEAP") == "" {
		// Run alone in a process of its own, where the heap is fresh.
		cmd := exec.Command(os.Args[0], "-test.run=^TestHugeHeap$", "-test.count=1")
		cmd.Env = append(os.Environ(), "TANDEM_FRESH_HEAP=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("in a fresh process: %v\n%s", err, out)
		}
	}
}

// inside is how many bytes of [at, at+size) lie in [base, base+n).
func inside(at, size, base uintptr, n int) uintptr {
	lo, hi := max(at, base), min(at+size, base+uintptr(n))
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// vmaFlags returns the VmFlags line of the mapping of this process that
// holds the address at.
func vmaFlags(at uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= at && at < hi
			continue
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(rest), nil
		}
	}
	return "", fmt.Errorf("no mapping holds %#x", at)
}

// TestCollectFromMapsAheadInOneCycle: collectFrom maps its heap ahead
// (hugeHeap) with one collection, the one that lets the object go: its
// large object does not set off a cycle of its own under the limit.
func TestCollectFromMapsAheadInOneCycle(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	collectFrom(71 << 20)
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 1 {
		t.Errorf("%d collections, want 1", n)
	}
	endFreePhase(t)
}

// endFreePhase runs the collector until collectFrom's first-cycle hook
// has ended its phase, so that the tests after see the plain limit.
func endFreePhase(t *testing.T) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		gc.mu.Lock()
		free := gc.free
		gc.mu.Unlock()
		if free == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the first cycle's hook never ran")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}
