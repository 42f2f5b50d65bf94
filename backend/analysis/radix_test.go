package analysis

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortItems checks the radix sort of structs against a stable sort,
// with the input in one or several parts, keys of several widths (some
// sorted by the first digit alone), keys that agree on some bytes, and a
// bucket holding everything.
func TestSortItems(t *testing.T) {
	type item struct{ key, at int }
	rng := rand.New(rand.NewPCG(3, 3))
	for trial := 0; trial < 80; trial++ {
		n := rng.IntN(5000)
		if trial%10 == 0 {
			n = rng.IntN(3)
		}
		bits := uint(1 + rng.IntN(40))
		all := make([]item, n)
		for i := range all {
			all[i] = item{key: rng.IntN(1 << bits), at: i}
			switch trial % 5 {
			case 0:
				all[i].key = 5 // every digit the same
			case 1:
				all[i].key &= 0xff00ff // some bytes the same
			case 2:
				all[i].key %= 1 << (bits / 2) // one bucket
			}
		}
		var parts [][]item
		for rest := all; ; {
			k := min(len(rest), rng.IntN(1000))
			parts = append(parts, slices.Clone(rest[:k]))
			rest = rest[k:]
			if len(rest) == 0 {
				break
			}
		}
		got := sortItems(parts, bits, func(it *item) uint64 { return uint64(it.key) })
		want := slices.Clone(all)
		slices.SortStableFunc(want, func(a, b item) int { return a.key - b.key })
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("trial %d (n %d, %d bits, %d parts): wrong order", trial, n, bits, len(parts))
		}
	}
}

func TestBlocks(t *testing.T) {
	var b blocks[int]
	for i := range 3*blockItems + 5 {
		b.add(i)
	}
	if b.len() != 3*blockItems+5 {
		t.Fatal(b.len())
	}
	var all []int
	for _, p := range b.parts() {
		all = append(all, p...)
	}
	for i, v := range all {
		if v != i {
			t.Fatalf("item %d is %d", i, v)
		}
	}
}

// TestSortConflicts checks the conflicts' sort against a comparison sort on
// random conflicts with many ties on (kind, start, ids), windows that start
// before day 0 and far apart, in several parts.
func TestSortConflicts(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for trial := 0; trial < 40; trial++ {
		n := 1 + rng.IntN(300)
		span := 1 + rng.IntN(1<<uint(rng.IntN(20)))
		var parts [][]rawConflict
		var all []rawConflict
		seen := map[rawConflict]bool{}
		for range rng.IntN(8) {
			var part []rawConflict
			for range rng.IntN(800) {
				c := rawConflict{kind: uint8(rng.IntN(4)), ra: int32(rng.IntN(n)), rb: int32(rng.IntN(n)),
					subject: int32(rng.IntN(5)) - 1, from: int32(rng.IntN(span) - span/3)}
				if seen[c] { // the analysis never makes two equal conflicts
					continue
				}
				seen[c] = true
				part = append(part, c)
			}
			parts = append(parts, part)
			all = append(all, part...)
		}
		got := sortConflicts(parts, n)
		slices.SortFunc(all, func(p, q rawConflict) int {
			return cmp.Or(cmp.Compare(p.kind, q.kind), cmp.Compare(p.from, q.from), cmp.Compare(p.ra, q.ra),
				cmp.Compare(p.rb, q.rb), cmp.Compare(p.subject, q.subject))
		})
		if !slices.Equal(got, all) && len(all) > 0 {
			t.Fatalf("trial %d: wrong order", trial)
		}
	}
}
