package model

import "unicode/utf8"

// ids checks the ids of one list (present, not too long, unique) and
// returns their index: x when it is not nil (the list's index, made by the
// reader or NewIndex), else a new one. Each problem is that of the list
// place where it shows: a missing id, one too long, or the repeat of an id
// that a place before holds.
func (c *checker) ids(list string, n int, id func(int) string, x *idIndex) *idIndex {
	if x == nil {
		x = indexIDs(n, id)
	}
	for i := range n {
		s := id(i)
		a := at{list: list, i: i, k1: "id", v1: s}
		switch {
		case s == "":
			c.add(a, "id", "missing")
			continue
		case len(s) > MaxIDLength && utf8.RuneCountInString(s) > MaxIDLength:
			c.add(a, "id", "longer than %d characters", MaxIDLength)
		}
		if x.distinct() {
			continue
		}
		if k := x.lookup(s); int(k) != i {
			c.add(a, "id", "duplicate id (also %s[%d])", list, k)
		}
	}
	return x
}
