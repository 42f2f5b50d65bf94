package model

import "unicode/utf8"

// idIndex maps the ids of one list to the index of their first holder in
// that list, for the checker's references. It is an idTable (about twice as
// fast as a Go map for the hundreds of thousands of ids of a large roadmap,
// and a third of its size) and, only when the list repeats an id, the list
// index of each distinct id. References that the decoder read share their
// id's string, so the table's comparisons mostly find equal pointers.
type idIndex struct {
	t     *idTable
	first []int32 // first[k]: list index of the table's key k; nil when they are equal
}

// lookup returns the list index of the first holder of id, or -1 (always
// for "").
func (x *idIndex) lookup(id string) int32 {
	if id == "" {
		return -1
	}
	if k := x.t.get(id); k >= 0 {
		return x.at(k)
	}
	return -1
}

// at returns the list index of the table's key k.
func (x *idIndex) at(k int) int32 {
	if x.first == nil {
		return int32(k)
	}
	return x.first[k]
}

// skip notes that a list element gets no key: the keys stop being the list
// indexes, so they are listed from here on.
func (x *idIndex) skip() {
	if x.first == nil {
		x.first = make([]int32, len(x.t.keys), cap(x.t.keys))
		for k := range x.first {
			x.first[k] = int32(k)
		}
	}
}

// ids checks the ids of one list (present, not too long, unique) and
// returns their index.
func (c *checker) ids(list string, n int, id func(int) string) *idIndex {
	x := &idIndex{t: newIDTable(n)}
	for i := range n {
		s := id(i)
		a := at{list: list, i: i, k1: "id", v1: s}
		switch {
		case s == "":
			c.add(a, "id", "missing")
			x.skip()
			continue
		case len(s) > MaxIDLength && utf8.RuneCountInString(s) > MaxIDLength:
			c.add(a, "id", "longer than %d characters", MaxIDLength)
		}
		before := len(x.t.keys)
		if k := x.t.add(s); k < before {
			c.add(a, "id", "duplicate id (also %s[%d])", list, x.at(k))
			x.skip()
			continue
		}
		if x.first != nil {
			x.first = append(x.first, int32(i))
		}
	}
	return x
}
