package analysis

import (
	"runtime"
	"sync"
)

// minChunk is the least work worth a goroutine of its own: below it, a
// loop runs in one piece.
var minChunk = 1 << 14

// chunks returns how many pieces parallel cuts n items into: one per core
// (64 at most), each at least minChunk items.
func chunks(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), 64, n/minChunk))
}

// parallel cuts [0, n) into parts ranges [lo, hi) and calls f(part, lo,
// hi) for each, concurrently; it returns when all have returned. f must
// write only what its part owns, and the result must not depend on how the
// work is cut. parts is usually chunks(n).
func parallel(parts, n int, f func(part, lo, hi int)) {
	if parts <= 1 {
		f(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { f(p, n*p/parts, n*(p+1)/parts) })
	}
	wg.Wait()
}

// minTogether is the least number of efforts for which together runs its
// functions concurrently: below it, handing work of a fraction of a
// millisecond to another core costs more than it saves.
var minTogether = 4096

// together runs the functions, concurrently when the roadmap has n efforts
// or more (see minTogether), and returns when all have returned.
func together(n int, fs ...func()) {
	if n < minTogether {
		for _, f := range fs {
			f()
		}
		return
	}
	var wg sync.WaitGroup
	for _, f := range fs[1:] {
		wg.Go(f)
	}
	fs[0]()
	wg.Wait()
}
