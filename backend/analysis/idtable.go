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
	dups  bool // some key is there twice (only tableOf allows that)
}

// tableOf returns the table of ids, index i for ids[i]; of equal ids the
// first wins, and dups tells whether there are any. The table keeps ids: do
// not add to it.
func tableOf(ids []string) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), keys: ids}
	t.resize(len(ids))
	return t
}

// newIDTable returns an empty table sized for about n strings.
func newIDTable(n int) *idTable {
	t := &idTable{seed: maphash.MakeSeed(), keys: make([]string, 0, n)}
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

// place puts key i, of hash h, in the first free slot of its probe
// sequence, noting on the way whether the same key is there already.
func (t *idTable) place(h uint64, i int) {
	p := h & t.mask
	for v := t.slots[p]; v != 0; v = t.slots[p] {
		if v>>32 == h>>32 && t.keys[v&0xffffffff-1] == t.keys[i] {
			t.dups = true
		}
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

// nearby is how far from a hint near looks before it hashes.
const nearby = 8

// near is get for a string that is likely close to key hint: files mostly
// refer to what is listed close to what refers to it before (a dependency's
// two ends are often in one project; neighbouring efforts share surfaces
// and metrics). It compares the keys up to nearby places after and before
// hint, which are in cache, and only then looks in the table, a few cache
// misses in a large table. With repeated keys it always uses the table,
// where the first wins. hint < 0 means no hint.
func (t *idTable) near(s string, hint int32) int32 {
	if hint >= 0 && !t.dups {
		n := int32(len(t.keys))
		for k := hint + 1; k <= hint+nearby && k < n; k++ {
			if t.keys[k] == s {
				return k
			}
		}
		for k := min(hint, n-1); k >= 0 && k >= hint-nearby; k-- {
			if t.keys[k] == s {
				return k
			}
		}
	}
	return t.get(s)
}

// add returns the index of s, adding it when it is new (then added is
// true); hint is as for near.
func (t *idTable) add(s string, hint int32) (i int32, added bool) {
	if i := t.near(s, hint); i >= 0 {
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
