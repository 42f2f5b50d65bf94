package cli

import (
	"os"
	"runtime/debug"
)

// fileGCPercent is the garbage collector's GOGC while `tandem import` or
// `tandem analyze` reads a file (see collectOften).
const fileGCPercent = 25

// collectOften makes the garbage collector run when the heap has grown by
// fileGCPercent percent over what was live after its last cycle, instead
// of Go's 100, unless GOGC is set. Reading a file makes much short-lived
// garbage (its cells, tokens and encoded records) next to the roadmap, and
// importing adds the store's memtables (about 60 MB live): at 100%, the
// process grew to twice all that. At 25% the peak of importing a roadmap
// of 100,000 efforts falls by about a third (CSV 290 -> 180 MB) for about
// 15% more processor time and no longer wall time (the import waits on
// disk syncs); see README, "Memory".
func collectOften() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(fileGCPercent)
	}
}
