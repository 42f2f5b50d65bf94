package cli

import (
	"os"
	"runtime/debug"
)

// analyzeMemoryLimit is the soft memory limit of `tandem analyze` (see
// limitMemory): 900 MiB.
const analyzeMemoryLimit = 900 << 20

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
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(analyzeMemoryLimit - int64(min(outside, analyzeMemoryLimit/2)))
	}
}
