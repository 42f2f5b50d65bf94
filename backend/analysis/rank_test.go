package analysis

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestIDOrder compares the chunked radix sort with a plain string sort on
// ids with shared prefixes, lengths around the 8-byte chunks, zero bytes,
// duplicates and non-ASCII bytes.
func TestIDOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", "\x00", "\xff", "é", "-", "0"}
	for trial := 0; trial < 50; trial++ {
		n := rng.IntN(3000)
		ids := make([]string, n)
		for i := range ids {
			var b strings.Builder
			b.WriteString([]string{"", "effort-", "abcdefgh", "abcdefghijklmnop"}[rng.IntN(4)])
			for k := rng.IntN(12); k > 0; k-- {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			ids[i] = b.String()
		}
		if n > 10 {
			ids[3] = ids[7] // a duplicate
		}
		got := newIDOrder(ids)
		want := make([]int32, n)
		for i := range want {
			want[i] = int32(i)
		}
		slices.SortStableFunc(want, func(a, b int32) int { return strings.Compare(ids[a], ids[b]) })
		if !slices.Equal(got.perm, want) {
			t.Fatalf("trial %d: order differs", trial)
		}
		for r, i := range got.perm {
			if got.rank[i] != int32(r) {
				t.Fatalf("trial %d: rank is not the inverse of perm", trial)
			}
		}
	}
}
