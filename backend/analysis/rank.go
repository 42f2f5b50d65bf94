package analysis

import "slices"

// idOrder sorts the efforts by id once. perm lists effort indexes in id
// order (ties, which only an invalid file has, by index) and rank is its
// inverse, so that every list the analysis sorts "by id" compares ints;
// byRank lists the ids in id order, so that a list sorted by rank reads its
// ids front to back instead of all over the memory.
//
// The sort is an MSD radix sort on 8-byte chunks: sort (chunk, index) pairs
// by an LSD byte radix sort, then sort each run of equal chunks by the next
// chunk, and so on; strings that end inside a chunk are zero-padded and the
// shorter one comes first, which is exactly the byte order of strings.
// Cost: O(n * chunks to tell the ids apart), no string comparisons.
type idOrder struct {
	perm   []int32
	rank   []int32
	byRank []string
	lane   []int32 // the lane of each rank, once setLanes has run
}

func newIDOrder(ids []string) *idOrder {
	n := len(ids)
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	if n > 1 {
		keys := make([]uint64, n)
		scratch := radixScratch{keys: make([]uint64, n), perm: make([]int32, n)}
		sortByChunks(ids, perm, keys, &scratch, 0)
	}
	rank := make([]int32, n)
	byRank := make([]string, n)
	for r, i := range perm {
		rank[i] = int32(r)
		byRank[r] = ids[i]
	}
	return &idOrder{perm: perm, rank: rank, byRank: byRank}
}

// setLanes fills o.lane from the index. O(n), on every core.
func (o *idOrder) setLanes(x *index) {
	n := len(o.perm)
	o.lane = make([]int32, n)
	parallel(chunks(n), n, func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			o.lane[r] = x.lane[o.perm[r]]
		}
	})
}

// chunk returns bytes [8k, 8k+8) of s as a big-endian integer, zero-padded.
func chunk(s string, k int) uint64 {
	var v uint64
	for j := 8 * k; j < 8*k+8; j++ {
		v <<= 8
		if j < len(s) {
			v |= uint64(s[j])
		}
	}
	return v
}

type radixScratch struct {
	keys []uint64
	perm []int32
}

// sortByChunks sorts perm (whose ids agree on chunks 0..k-1) by chunk k and
// recurses into runs of equal chunks. keys and scratch are buffers at least
// as long as perm.
func sortByChunks(ids []string, perm []int32, keys []uint64, scratch *radixScratch, k int) {
	n := len(perm)
	if n < 64 {
		slices.SortFunc(perm, func(a, b int32) int {
			if c := compareFrom(ids[a], ids[b], 8*k); c != 0 {
				return c
			}
			return int(a - b)
		})
		return
	}
	keys = keys[:n]
	longer := false
	for i, p := range perm {
		keys[i] = chunk(ids[p], k)
		longer = longer || len(ids[p]) > 8*k+8
	}
	radixSort(keys, perm, scratch.keys[:n], scratch.perm[:n])
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && keys[hi] == keys[lo] {
			hi++
		}
		if hi-lo > 1 {
			if longer {
				sortByChunks(ids, perm[lo:hi], keys[lo:hi], scratch, k+1)
			} else {
				run := perm[lo:hi] // equal up to padding: shorter first, then index
				slices.SortFunc(run, func(a, b int32) int {
					if la, lb := len(ids[a]), len(ids[b]); la != lb {
						return la - lb
					}
					return int(a - b)
				})
			}
		}
		lo = hi
	}
}

// compareFrom compares a[from:] and b[from:] (both agree before from).
func compareFrom(a, b string, from int) int {
	if from > len(a) {
		from = len(a)
	}
	if from > len(b) {
		from = len(b)
	}
	switch {
	case a[from:] < b[from:]:
		return -1
	case a[from:] > b[from:]:
		return 1
	}
	return 0
}

// radixSort sorts keys ascending by a stable LSD byte radix sort, moving
// perm along; it skips the bytes in which all keys agree.
func radixSort(keys []uint64, perm []int32, tk []uint64, tp []int32) {
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		count = [256]int{}
		for _, k := range keys {
			count[(k>>shift)&0xff]++
		}
		if count[(keys[0]>>shift)&0xff] == len(keys) {
			continue
		}
		sum := 0
		for b := range count {
			count[b], sum = sum, sum+count[b]
		}
		for i, k := range keys {
			b := (k >> shift) & 0xff
			tk[count[b]], tp[count[b]] = k, perm[i]
			count[b]++
		}
		copy(keys, tk)
		copy(perm, tp)
	}
}
