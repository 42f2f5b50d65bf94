package model

import "bytes"

// Identifiers and references. An id read with d.id is kept in d.ids, and a
// reference read with d.ref to an id read before it is that same string: no
// allocation for the reference, and later lookups of it (Validate, the
// analysis's id tables) compare equal strings by their pointer first. The
// format lists lanes, surfaces and metrics before efforts, and efforts before
// dependencies, so in a file written by Tandem every reference is to an id
// already read; one that is not (an id declared later, or a dangling one that
// Validate will refuse) is read with sym.

// id reads an entity's id (a string, null as "") and remembers it.
func (d *decoder) id() (string, error) {
	s, err := d.str()
	if err != nil || s == "" {
		return s, err
	}
	if d.ids == nil {
		d.ids = newIDTable(64)
	}
	d.ids.add(s) // the first of duplicates stays; Validate refuses the others
	return s, nil
}

// ref reads a reference to an id: the id's own string when it was read
// before, else as sym reads it.
func (d *decoder) ref() (string, error) {
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == '"' {
		save := d.pos
		b, err := d.rawString()
		if err != nil {
			return "", err
		}
		if d.ids != nil {
			if i := d.ids.getBytes(b); i >= 0 {
				return d.ids.keys[i], nil
			}
		}
		d.pos = save
	}
	return d.sym()
}

// countObjects counts the objects directly inside the array that starts at
// d.pos (after white space), without checking its syntax: it is the exact
// length of a list of objects, so that the list is read into one array of
// that size instead of one that doubles, and it is never more than the
// objects the decoder will read. Any other value counts nothing (a list of
// nulls or of errors grows as it is read). It returns 0 when no array starts
// at d.pos.
func (d *decoder) countObjects() int {
	d.ws()
	data, i := d.data, d.pos
	if i >= len(data) || data[i] != '[' {
		return 0
	}
	depth, n := 0, 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			i = stringEnd(data, i)
		case '{':
			if depth == 1 {
				n++
			}
			depth++
		case '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return n
			}
		}
	}
	return n
}

// stringEnd returns the index of the quote that closes the string whose
// opening quote is at data[i], or len(data) when none does.
func stringEnd(data []byte, i int) int {
	for {
		j := bytes.IndexByte(data[i+1:], '"')
		if j < 0 {
			return len(data)
		}
		j += i + 1
		k := j
		for k > i+1 && data[k-1] == '\\' {
			k--
		}
		if (j-k)%2 == 0 { // an even run of backslashes escapes nothing
			return j
		}
		i = j
	}
}

// objects reads a list of objects (see list) into an array of the size
// countObjects finds; withIDs says they have ids, for which d.ids makes room.
func objects[T any](d *decoder, out *[]T, withIDs bool, elem func(*decoder, *T) error) error {
	if n := d.countObjects(); n > 0 {
		*out = make([]T, 0, n)
		if withIDs && d.ids == nil {
			d.ids = newIDTable(n)
		} else if withIDs {
			d.ids.reserve(n)
		}
	}
	return list(d, out, elem)
}
