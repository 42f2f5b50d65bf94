package model

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestRepeats holds repeats to a map of every pair on random pairs: few
// efforts (large groups, sorted) and many (small groups, scanned), with
// unknown ends and self pairs mixed in.
func TestRepeats(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct{ n, pairs int }{{1, 5}, {3, 200}, {40, 400}, {1000, 3000}} {
		ends := make([][2]int32, c.pairs)
		for i := range ends {
			ends[i] = [2]int32{rng.Int32N(int32(c.n)+1) - 1, rng.Int32N(int32(c.n)+1) - 1}
		}
		want, seen := map[int]int{}, map[[2]int32]int{}
		for i, e := range ends {
			if e[0] < 0 || e[1] < 0 || e[0] == e[1] {
				continue
			}
			if first, ok := seen[e]; ok {
				want[i] = first
				continue
			}
			seen[e] = i
		}
		if got := repeats(ends, c.n); !reflect.DeepEqual(got, want) {
			t.Errorf("n=%d, %d pairs: got %v, want %v", c.n, c.pairs, got, want)
		}
		if c.n == 3 && len(want) < 50 {
			t.Fatalf("n=3: only %d repeats; the test needs large groups", len(want))
		}
	}
}
