package analysis

import "hash/maphash"

// idTable maps strings to dense ints 0..len-1 in insertion order: an
// open-addressing hash table of 8-byte slots (32 bits of the hash and the
// index + 1) with linear probing, kept at most half full. A look-up costs one
// hash, usually one slot and one string comparison; for a million ids it is
// about twice as fast as a Go map and a third of its size, which matters
// because resolving references is most of building the index.
// Lookups are safe for concurrent use; add is not.
type idTable struct {
	seed  maphash.Seed
	mask  uint64
	slots []uint64
	keys  []string
}

// tableOf returns the table of ids, index i for ids[i]; of equal ids the
// first wins. The table keeps ids: do not add to it.
func tableOf(ids []string) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), keys: ids}
	t.resize(len(ids))
	return t
}

// newIDTable returns an empty table sized for about n strings.
func newIDTable(n int) *idTable {
	t := &idTable{seed: maphash.MakeSeed()}
	t.resize(n)
	return t
}

func (t *idTable) resize(n int) {
	size := uint64(8)
	for size < uint64(2*n) {
		size <<= 1
	}
	t.mask, t.slots = size-1, make([]uint64, size)
	for i, k := range t.keys {
		t.place(maphash.String(t.seed, k), i)
	}
}

func (t *idTable) place(h uint64, i int) {
	p := h & t.mask
	for t.slots[p] != 0 {
		p = (p + 1) & t.mask
	}
	t.slots[p] = h&^0xffffffff | uint64(i+1)
}

// get returns the index of s, or -1.
func (t *idTable) get(s string) int32 {
	h := maphash.String(t.seed, s)
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		v := t.slots[p]
		if v == 0 {
			return -1
		}
		if v>>32 == h>>32 {
			if i := int32(v&0xffffffff) - 1; t.keys[i] == s {
				return i
			}
		}
	}
}

// add returns the index of s, adding it when it is new (then added is true).
func (t *idTable) add(s string) (i int32, added bool) {
	if i := t.get(s); i >= 0 {
		return i, false
	}
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.resize(2 * (len(t.keys) + 1))
	}
	i = int32(len(t.keys))
	t.keys = append(t.keys, s)
	t.place(maphash.String(t.seed, s), int(i))
	return i, true
}

// len returns the number of strings in the table.
func (t *idTable) len() int { return len(t.keys) }
