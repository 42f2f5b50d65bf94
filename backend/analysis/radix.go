package analysis

import "slices"

// topBits is the width of the first digit of a sort: 2048 buckets, whose
// write positions stay in cache while the items are scattered.
const topBits = 11

// scatter returns the items of parts, taken as one list, ordered stably
// by the top digit of key (the topBits bits below bit `bits`; key must be
// below 1<<bits), and where each digit's items start: digit d holds
// out[start[d]:start[d+1]]; shift is the number of key bits below the top
// digit. One pass over the items, no copy of them but out.
func scatter[T any](parts [][]T, bits uint, key func(*T) uint64) (out []T, start []int32, shift uint) {
	if bits > topBits {
		shift = bits - topBits
	}
	start = make([]int32, 1<<topBits+1)
	total := 0
	for _, part := range parts {
		total += len(part)
		for i := range part {
			start[key(&part[i])>>shift+1]++
		}
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	next := slices.Clone(start[:1<<topBits])
	out = make([]T, total)
	for _, part := range parts {
		for i := range part {
			d := key(&part[i]) >> shift
			out[next[d]] = part[i]
			next[d]++
		}
	}
	return out, start, shift
}

// sortItems returns the items of parts, taken as one list, sorted stably
// by key (below 1<<bits): scattered by the top digit, then each bucket
// sorted by the bits below it (lsd), in a scratch list as long as the
// largest bucket. When the keys are spread, buckets are small and stay in
// cache. Memory: the sorted list and the scratch.
// O(items * (1 + bytes below the top digit)).
func sortItems[T any](parts [][]T, bits uint, key func(*T) uint64) []T {
	out, start, shift := scatter(parts, bits, key)
	if shift == 0 {
		return out
	}
	scratch := make([]T, largestBucket(start))
	for d := 0; d+1 < len(start); d++ {
		lsd(out[start[d]:start[d+1]], scratch, shift, key)
	}
	return out
}

// largestBucket returns the size of the largest bucket of a scatter.
func largestBucket(start []int32) int {
	largest := int32(0)
	for d := 0; d+1 < len(start); d++ {
		largest = max(largest, start[d+1]-start[d])
	}
	return int(largest)
}

// smallSort is the most items lsd sorts by insertion.
const smallSort = 32

// lsd sorts items stably by the low bits of key, least significant byte
// first, through scratch (at least as long as items), skipping the bytes
// in which every key agrees; a few items it sorts by insertion, stable
// too. O(len(items) + 256) per byte.
func lsd[T any](items, scratch []T, bits uint, key func(*T) uint64) {
	if len(items) < 2 || bits == 0 {
		return
	}
	if len(items) <= smallSort { // a few items: passes over 256 buckets would cost more
		mask := uint64(1)<<bits - 1
		if bits >= 64 {
			mask = ^uint64(0)
		}
		for i := 1; i < len(items); i++ {
			for j := i; j > 0 && key(&items[j])&mask < key(&items[j-1])&mask; j-- {
				items[j], items[j-1] = items[j-1], items[j]
			}
		}
		return
	}
	var count [257]int32
	src, dst := items, scratch[:len(items)]
	for at := uint(0); at < bits; at += 8 {
		mask := uint64(0xff)
		if bits-at < 8 {
			mask = 1<<(bits-at) - 1
		}
		count = [257]int32{}
		for i := range src {
			count[key(&src[i])>>at&mask+1]++
		}
		if int(count[key(&src[0])>>at&mask+1]) == len(src) {
			continue // every key has this byte
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for i := range src {
			b := key(&src[i]) >> at & mask
			dst[count[b]] = src[i]
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &items[0] {
		copy(items, src)
	}
}

// blocks collects items in blocks that double in size up to blockItems:
// appending never copies what is there, as growing one slice would (a
// million items grown by append are copied about four times over).
type blocks[T any] struct {
	full [][]T
	cur  []T
	n    int
}

const blockItems = 1 << 14

func (b *blocks[T]) add(v T) {
	if len(b.cur) == cap(b.cur) {
		if len(b.cur) > 0 {
			b.full = append(b.full, b.cur)
		}
		b.cur = make([]T, 0, min(max(64, 2*cap(b.cur)), blockItems))
	}
	b.cur = append(b.cur, v)
	b.n++
}

// parts returns the blocks, the last one partly filled.
func (b *blocks[T]) parts() [][]T {
	if len(b.cur) == 0 {
		return b.full
	}
	return append(b.full[:len(b.full):len(b.full)], b.cur)
}

// len returns the number of items.
func (b *blocks[T]) len() int { return b.n }
