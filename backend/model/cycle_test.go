package model

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

func deps(pairs ...string) []Dependency {
	var out []Dependency
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, Dependency{From: pairs[i], To: pairs[i+1]})
	}
	return out
}

func TestFindCycle(t *testing.T) {
	tests := []struct {
		name string
		deps []Dependency
		want []string // nil: no cycle
	}{
		{"empty", nil, nil},
		{"chain", deps("a", "b", "b", "c"), nil},
		{"diamond", deps("a", "b", "a", "c", "b", "d", "c", "d"), nil},
		{"self", deps("a", "b", "b", "b"), []string{"b"}},
		{"two", deps("a", "b", "b", "a"), []string{"a", "b"}},
		{"three, listed from the middle", deps("c", "a", "a", "b", "b", "c"), []string{"a", "b", "c"}},
		{"rotated to the smallest id", deps("m", "x", "x", "b", "b", "m"), []string{"b", "m", "x"}},
		{"tail left out", deps("s", "a", "a", "b", "b", "c", "c", "b"), []string{"b", "c"}},
		{"order follows the edges, not the ids", deps("a", "c", "c", "b", "b", "a"), []string{"a", "c", "b"}},
		{"smallest id of two cycles", deps("x", "y", "y", "x", "a", "b", "b", "a"), []string{"a", "b"}},
		{"shortest cycle through the smallest id", deps("a", "c", "c", "d", "d", "a", "a", "b", "b", "a"), []string{"a", "b"}},
		{"ties go to smaller ids", deps("a", "c", "c", "a", "a", "b", "b", "a"), []string{"a", "b"}},
		{"self loop of the smallest id", deps("b", "a", "a", "b", "a", "a"), []string{"a"}},
		{"a node between two cycles is left out", deps("x", "y", "y", "x", "y", "a", "a", "m", "m", "n", "n", "m"), []string{"m", "n"}},
		{"cycle behind a finished branch", deps("a", "b", "a", "c", "c", "d", "d", "c"), []string{"c", "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindCycle(tt.deps)
			if tt.want == nil {
				if got != nil {
					t.Errorf("FindCycle = %v, want none", got)
				}
				return
			}
			if got == nil || !reflect.DeepEqual(got.Efforts, tt.want) {
				t.Errorf("FindCycle = %v, want %v", got, tt.want)
			}
		})
	}
	if got := FindCycle(deps("a", "b", "b", "c", "c", "a")).Error(); got != "dependency cycle: a -> b -> c -> a" {
		t.Errorf("Error() = %q", got)
	}
}

// TestFindCycleShuffled checks that the order of the dependencies does not
// change the cycle reported.
func TestFindCycleShuffled(t *testing.T) {
	list := deps("k", "b", "b", "z", "z", "k", "q", "c", "c", "d", "d", "q", "d", "c", "e", "f", "f", "e", "s", "k")
	want := FindCycle(list).Efforts
	if !reflect.DeepEqual(want, []string{"b", "z", "k"}) {
		t.Fatalf("cycle = %v", want)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		if got := FindCycle(list).Efforts; !reflect.DeepEqual(got, want) {
			t.Fatalf("after a shuffle: %v, want %v", got, want)
		}
	}
}

// TestFindCycleLong checks that a very long chain neither recurses deeply
// nor takes more than linear time.
func TestFindCycleLong(t *testing.T) {
	const n = 200_000
	var list []Dependency
	for i := range n - 1 {
		list = append(list, Dependency{From: fmt.Sprintf("e%07d", i), To: fmt.Sprintf("e%07d", i+1)})
	}
	if c := FindCycle(list); c != nil {
		t.Fatalf("chain: cycle of %d", len(c.Efforts))
	}
	list = append(list, Dependency{From: fmt.Sprintf("e%07d", n-1), To: "e0000000"})
	c := FindCycle(list)
	if c == nil || len(c.Efforts) != n || c.Efforts[0] != "e0000000" || c.Efforts[n-1] != fmt.Sprintf("e%07d", n-1) {
		t.Fatalf("ring: got %v", c != nil)
	}
}
