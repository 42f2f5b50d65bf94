package cli

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// analyzeMemoryLimit is the soft memory limit of `tandem analyze` (see
// limitMemory): 900 MiB.
const analyzeMemoryLimit = 900 << 20

// Bounds of the heap `tandem analyze` lets grow before its collector's
// first cycle (see collectFrom).
const (
	freeHeapMin = 64 << 20
	freeHeapMax = 512 << 20
)

// gc is how `tandem analyze` runs the garbage collector: the limits the
// calls below set, kept together since the collector's first cycle changes
// them (from a finalizer, on its own goroutine).
var gc struct {
	mu      sync.Mutex
	free    int64 // heap the collector leaves alone until its first cycle; 0: that cycle has run, or no such phase
	outside int   // bytes the process holds outside the Go heap
}

// limitMemory gives the garbage collector a soft memory limit for a
// one-shot command, unless GOMEMLIMIT is set. By default the collector lets
// the heap grow to twice what was live after its last cycle; at a million
// efforts the roadmap alone is about 600 MB live, so the analysis's
// short-lived working memory (about 300 MB) was never collected and the
// process peaked near 1.4 GB, though no more than about 900 MB was ever
// live. Below the limit nothing changes (a roadmap of 200,000 efforts never
// comes near it); near it the collector runs more often. It is soft: a
// larger roadmap still runs, with more collector work. outside is how many
// bytes the process holds outside the Go heap (a file read by readMapped):
// the limit is lowered by as much, so that the heap and they together stay
// under analyzeMemoryLimit; call it again with 0 once they are released.
func limitMemory(outside int) {
	gc.mu.Lock()
	defer gc.mu.Unlock()
	gc.outside = outside
	applyMemoryLimit()
}

// applyMemoryLimit sets the limit gc asks for; gc.mu is held.
func applyMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := analyzeMemoryLimit - int64(min(gc.outside, analyzeMemoryLimit/2))
	if gc.free > 0 {
		limit = min(limit, gc.free)
	}
	debug.SetMemoryLimit(limit)
}

// collectFrom is collectOften for `tandem analyze` of a file of size
// bytes: the collector does not run at all until the heap reaches
// freeHeap(size), then at analyzeGCPercent, under the limit of
// limitMemory. A roadmap whose analysis fits in that (200,000 efforts
// in a 110 MB file do: ~320 MB in all) is read, analysed and written
// without one collector cycle (the collector at 25% took ~15% of the
// processor time there), and its peak stays within the ~4x its file that
// a reader may cost. A file whose 3x passes freeHeapMax (a million
// efforts: 360 MB) collects from the start as before: its roadmap alone
// outgrows that heap, so collecting later only adds a cycle near the
// limit. Unless GOGC or GOMEMLIMIT is set: then this is collectOften.
// That heap is mapped ahead on huge pages (hugeHeap) where the system
// has them, before the limit is set (the one large object it allocates
// would start a cycle under it).
func collectFrom(size int64) {
	free, ok := freeHeap(size)
	if !ok || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		collectOften()
		limitMemory(0)
		return
	}
	gc.mu.Lock()
	defer gc.mu.Unlock()
	gc.free, gc.outside = free, 0
	debug.SetGCPercent(-1) // the memory limit alone starts the first cycle
	hugeHeap(size, free)
	applyMemoryLimit()
	onFirstCycle(func() {
		gc.mu.Lock()
		defer gc.mu.Unlock()
		gc.free = 0
		debug.SetGCPercent(analyzeGCPercent)
		applyMemoryLimit()
	})
}

// analyzeGCPercent is GOGC for `tandem analyze` after the collector's first
// cycle (see collectFrom). At 25% (fileGCPercent) a second cycle came in
// the middle of the analysis of 200,000 efforts, while the roadmap was
// still live (~170 MB to mark, a tenth of the process's CPU time); at 35%
// it comes once the roadmap is let go, while the answer is written (~50
// MB live), for a peak 1-2% higher.
const analyzeGCPercent = 35

// freeHeap is the heap a file of size bytes may fill before the first
// collection: 3x the file (the fourth x is the file itself and the
// runtime's own), at least freeHeapMin; ok is false past freeHeapMax.
func freeHeap(size int64) (free int64, ok bool) {
	free = max(3*min(size, math.MaxInt64/3), freeHeapMin)
	return free, free <= freeHeapMax
}

// onFirstCycle calls f once, on the finalizer goroutine, after the next
// garbage collection cycle.
func onFirstCycle(f func()) {
	type sentinel struct {
		_ *int     // pointers and 64 bytes: never in a tiny allocation block,
		_ [56]byte // whose finalizers may never run
	}
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) { f() })
}
