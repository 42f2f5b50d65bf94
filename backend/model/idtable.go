package model

import (
	"hash/maphash"
	"unsafe"
)

// idTable maps strings to dense indexes 0..len-1 in the order they were
// added, the first of equal strings winning: an open-addressing hash table
// with linear probing, kept at most three quarters full (slots are 16 bytes,
// four to a cache line, so a probe of a few slots is usually one line). A slot holds 32 bits of the
// hash and the index + 1, and a string of up to 7 bytes itself (with its
// length): looking such a string up reads one slot and neither the keys nor
// the string's bytes, which in a table of hundreds of thousands of ids are
// two more cache misses (ids of a large roadmap are mostly that short, like
// "e123456"). For the hundreds of thousands of ids of a large roadmap it is
// about twice as fast as a Go map, and it looks up a []byte without making a
// string. It is not safe for concurrent use.
type idTable struct {
	seed  maphash.Seed
	mask  uint64
	slots []idSlot
	keys  []string

	// owned holds, 8 bytes a key, the short keys (up to 7 bytes) among the
	// first len(owned)/8 keys of a table made by newOwnedIDTable: those
	// keys are strings of owned's bytes, so that key finds a key's string
	// from its index alone, without reading keys (in a large table another
	// cache miss).
	owned []byte
}

// idSlot is one slot of an idTable: meta is 0 when the slot is free, else
// the high 32 bits of the hash and the index + 1; short is shortKey of the
// key (0 for a key of over 7 bytes).
type idSlot struct {
	meta  uint64
	short uint64
}

// shortKey packs a string of 1 to 7 bytes into a word: its bytes and, in
// the top byte, its length, so that two such strings are equal exactly when
// their words are. It returns 0 for a longer (or empty) string.
func shortKey[S string | []byte](s S) uint64 {
	if len(s) == 0 || len(s) > 7 {
		return 0
	}
	k := uint64(len(s)) << 56
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return k
}

// newIDTable returns an empty table sized for about n strings.
func newIDTable(n int) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), keys: make([]string, 0, n)}
	t.resize(n)
	return t
}

// newOwnedIDTable is newIDTable whose short keys among the first n are
// copies in memory of the table's own (see idTable.owned).
func newOwnedIDTable(n int) *idTable {
	t := newIDTable(n)
	t.owned = make([]byte, 8*n)
	return t
}

// key returns key k, of length n, as keys[k] holds it.
func (t *idTable) key(k, n int) string {
	if n <= 7 && 8*k < len(t.owned) {
		return unsafe.String(&t.owned[8*k], n)
	}
	return t.keys[k]
}

// reserve makes room for n more strings without growing on the way.
func (t *idTable) reserve(n int) {
	if !t.fits(len(t.keys) + n) {
		t.resize(len(t.keys) + n)
	}
}

// fits reports whether n strings keep the table at most 3/4 full.
func (t *idTable) fits(n int) bool { return 4*n <= 3*len(t.slots) }

// resize makes the table of the smallest size that fits n strings (at
// least 8 slots) and places the keys in it again.
func (t *idTable) resize(n int) {
	size := uint64(8)
	for 3*size < uint64(4*n) {
		size <<= 1
	}
	t.mask, t.slots = size-1, make([]idSlot, size)
	for i, k := range t.keys {
		h, sk := maphash.String(t.seed, k), shortKey(k)
		t.slots[t.probe(h, sk, k)] = idSlot{h&^0xffffffff | uint64(i+1), sk}
	}
}

// probe returns the slot holding s, of hash h and short key sk, or the free
// slot where it would go.
func (t *idTable) probe(h, sk uint64, s string) uint64 {
	p := h & t.mask
	for v := t.slots[p]; v.meta != 0; v = t.slots[p] {
		if v.meta>>32 == h>>32 && v.short == sk && (sk != 0 || t.keys[v.meta&0xffffffff-1] == s) {
			return p
		}
		p = (p + 1) & t.mask
	}
	return p
}

// add returns the index of s, adding s if it is not there yet.
func (t *idTable) add(s string) int {
	if !t.fits(len(t.keys) + 1) {
		t.resize(2 * (len(t.keys) + 1))
	}
	h, sk := maphash.String(t.seed, s), shortKey(s)
	p := t.probe(h, sk, s)
	if v := t.slots[p]; v.meta != 0 {
		return int(v.meta&0xffffffff) - 1
	}
	if at := 8 * len(t.keys); sk != 0 && at < len(t.owned) {
		copy(t.owned[at:], s)
		s = unsafe.String(&t.owned[at], len(s))
	}
	t.keys = append(t.keys, s)
	t.slots[p] = idSlot{h&^0xffffffff | uint64(len(t.keys)), sk}
	return len(t.keys) - 1
}

// get returns the index of s, or -1.
func (t *idTable) get(s string) int {
	v := t.slots[t.probe(maphash.String(t.seed, s), shortKey(s), s)]
	return int(v.meta&0xffffffff) - 1
}

// getBytes is get for the string b spells.
func (t *idTable) getBytes(b []byte) int {
	return t.getHashed(maphash.Bytes(t.seed, b), b)
}

// getHashed is getBytes for b of hash h (maphash.Bytes with t's seed).
func (t *idTable) getHashed(h uint64, b []byte) int {
	sk := shortKey(b)
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		v := t.slots[p]
		if v.meta == 0 {
			return -1
		}
		if v.meta>>32 == h>>32 && v.short == sk {
			if i := int(v.meta&0xffffffff) - 1; sk != 0 || t.keys[i] == string(b) {
				return i
			}
		}
	}
}
