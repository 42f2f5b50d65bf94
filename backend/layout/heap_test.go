package layout

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMinHeap pops what was pushed in order, whatever the order of the
// pushes and however pushes and pops interleave.
func TestMinHeap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	cases := []struct {
		name string
		n    int
		dups bool
	}{{"one", 1, false}, {"two", 2, false}, {"many", 500, false}, {"repeats", 300, true}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := minHeap[taken]{less: taken.before}
			var want []taken
			for i := range c.n {
				x := taken{to: rng.IntN(1000), row: i}
				if c.dups {
					x.to = rng.IntN(5)
				}
				h.push(x)
				want = append(want, x)
				if rng.IntN(3) == 0 { // pop the least so far
					slices.SortFunc(want, func(a, b taken) int { return cmpTaken(a, b) })
					if got := h.pop(); got != want[0] {
						t.Fatalf("pop = %v, want %v", got, want[0])
					}
					want = want[1:]
				}
			}
			slices.SortFunc(want, func(a, b taken) int { return cmpTaken(a, b) })
			for _, w := range want {
				if got := h.pop(); got != w {
					t.Fatalf("pop = %v, want %v", got, w)
				}
			}
			if len(h.items) != 0 {
				t.Fatalf("%d left", len(h.items))
			}
		})
	}
}

func cmpTaken(a, b taken) int {
	switch {
	case a.before(b):
		return -1
	case b.before(a):
		return 1
	}
	return 0
}

// TestPackLaneAllocs checks that packing a lane allocates a fixed few
// times, not once per bar (container/heap boxed every value it moved).
func TestPackLaneAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	items := randomItems(rng, 2000, []string{"l0"})
	rows := make(map[string]int, len(items))
	allocs := testing.AllocsPerRun(5, func() { packLane(items, rows) })
	if allocs > 20 {
		t.Fatalf("packLane of 2,000 bars allocates %.0f times; want a few", allocs)
	}
}
