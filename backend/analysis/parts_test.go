package analysis

import (
	"bytes"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"tandem/backend/model/modeltest"
)

// TestPartsDoNotMatter runs the analysis on one core, and with its tasks
// concurrent and its parallel loops cut into many tiny parts (more parts
// than cores), and wants the same bytes: how the work is shared must never
// show in the result.
func TestPartsDoNotMatter(t *testing.T) {
	chunk, tog, procs := minChunk, minTogether, runtime.GOMAXPROCS(0)
	defer func() { minChunk, minTogether = chunk, tog; runtime.GOMAXPROCS(procs) }()
	for seed := uint64(1); seed <= 8; seed++ {
		r := modeltest.Generate(300+int(seed)*97, seed)
		minChunk, minTogether = 1<<30, 1<<30
		one := marshal(t, analyze(t, r))
		minChunk, minTogether = 7, 0
		runtime.GOMAXPROCS(5)
		many := marshal(t, analyze(t, r))
		runtime.GOMAXPROCS(procs)
		if !bytes.Equal(one, many) {
			t.Fatalf("seed %d: the result depends on how the work is cut", seed)
		}
	}
}

// TestFileOrderDoesNotMatter analyses generated roadmaps as they are (every
// dependency points forward and they are listed by predecessor), with the
// dependencies shuffled, and with the efforts in reverse order as well
// (every dependency points backward), and wants the same result but for
// the order of the schedule, which follows the file.
func TestFileOrderDoesNotMatter(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for seed := uint64(1); seed <= 8; seed++ {
		r := modeltest.Generate(200+int(seed)*53, seed)
		want := marshal(t, sortedSchedule(analyze(t, r)))
		rng.Shuffle(len(r.Dependencies), func(i, j int) {
			r.Dependencies[i], r.Dependencies[j] = r.Dependencies[j], r.Dependencies[i]
		})
		if got := marshal(t, sortedSchedule(analyze(t, r))); !bytes.Equal(got, want) {
			t.Fatalf("seed %d: shuffling the dependencies changes the result", seed)
		}
		slices.Reverse(r.Efforts)
		if got := marshal(t, sortedSchedule(analyze(t, r))); !bytes.Equal(got, want) {
			t.Fatalf("seed %d: reversing the efforts changes the result", seed)
		}
	}
}

func sortedSchedule(res *Result) *Result {
	slices.SortFunc(res.Schedule, func(a, b Scheduled) int { return strings.Compare(a.ID, b.ID) })
	return res
}
