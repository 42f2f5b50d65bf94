package service

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestDiffListFrom: on random lists of unique keys, one made from the other
// by changes, insertions, removals and moves (few or many), diffListFrom
// told where each item comes from (kept, or made anew with the same key,
// equal or not, or new) answers what diffList answers.
func TestDiffListFrom(t *testing.T) {
	type item struct{ key, v int }
	same := func(a, b *item) bool { return *a == *b }
	key := func(x *item) int { return x.key }
	rng := rand.New(rand.NewPCG(5, 11))
	for round := range 3000 {
		prev := make([]item, rng.IntN(60))
		for i := range prev {
			prev[i] = item{key: i, v: rng.IntN(3)}
		}
		rng.Shuffle(len(prev), func(i, j int) { prev[i], prev[j] = prev[j], prev[i] })
		var next []item
		var from []int32
		edits := 1 + rng.IntN(1+rng.IntN(len(prev)+1))
		for j := range prev {
			switch k := rng.IntN(len(prev) + 1); {
			case k < edits && k%4 == 0: // removed
			case k < edits && k%4 == 1: // made anew, maybe equal
				next, from = append(next, item{prev[j].key, rng.IntN(3)}), append(from, int32(-2-j))
			case k < edits && k%4 == 2: // a new item before it
				next, from = append(next, item{1000 + j, 0}, prev[j]), append(from, -1, int32(j))
			default:
				next, from = append(next, prev[j]), append(from, int32(j))
			}
		}
		for range rng.IntN(1 + edits/2) { // moves
			if len(next) < 2 {
				break
			}
			a, b := rng.IntN(len(next)), rng.IntN(len(next))
			next[a], next[b], from[a], from[b] = next[b], next[a], from[b], from[a]
		}
		want := diffList(prev, next, key, same)
		if got := diffListFrom(prev, next, from, same); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: %+v, diffList %+v\nprev %v\nnext %v\nfrom %v", round, got, want, prev, next, from)
		}
	}
}
