package model

import (
	"bytes"
	"sync/atomic"
)

// Identifiers and references. The decoder indexes each list of ids once it
// is read (lanes, surfaces, metrics and efforts; see Index), and a
// reference read with ref to an id of a list read before it is that id's
// own string: no allocation for the reference, and later look-ups of it
// compare equal strings by their pointer first. A dependency's ends are
// also kept as places in the efforts, so that nothing after the reader
// looks them up again. The format lists lanes, surfaces and metrics before
// efforts, and efforts before dependencies, so in a file written by Tandem
// every reference is to a list already read; one that is not (a list
// read later, or a dangling id that Validate will refuse) is read with sym,
// and a dependency end is then looked up once the roadmap is read.

// endLater marks a dependency end that readIndex.finish looks up.
const endLater = -2

// readIndex is the Index of the roadmap being read: each list's index once
// the list is read (nil before), and the ends of the dependencies read.
type readIndex struct {
	Index
	relook  bool        // the efforts were read after some dependencies: look every end up
	refMiss atomic.Bool // an effort's lane, surface or metric reference was not found as it was read (set by any decoder)
}

// The index of each list read so far, or nil; nil also when the decoder
// reads no roadmap (an UnmarshalJSON of one entity).
func (ix *readIndex) laneIDs() *idIndex {
	if ix == nil {
		return nil
	}
	return ix.lanes
}

func (ix *readIndex) surfaceIDs() *idIndex {
	if ix == nil {
		return nil
	}
	return ix.surfaces
}

func (ix *readIndex) metricIDs() *idIndex {
	if ix == nil {
		return nil
	}
	return ix.metrics
}

func (ix *readIndex) effortIDs() *idIndex {
	if ix == nil {
		return nil
	}
	return ix.efforts
}

// listAfterEfforts notes that a list of lanes, surfaces or metrics is
// read: when efforts were read before it, their references were looked up
// in another list (or none), and Validate must look them up again.
func (ix *readIndex) listAfterEfforts() {
	if ix.efforts != nil {
		ix.refMiss.Store(true)
	}
}

// finish completes the index of r once r is read: the lists that were
// absent are indexed (empty), and the dependency ends that could not be
// placed as they were read are looked up.
func (ix *readIndex) finish(r *Roadmap) *Index {
	if ix.lanes == nil {
		ix.lanes = indexOwnIDs(len(r.Lanes), func(i int) *string { return &r.Lanes[i].ID })
	}
	if ix.surfaces == nil {
		ix.surfaces = indexOwnIDs(len(r.Surfaces), func(i int) *string { return &r.Surfaces[i].ID })
	}
	if ix.metrics == nil {
		ix.metrics = indexOwnIDs(len(r.Metrics), func(i int) *string { return &r.Metrics[i].ID })
	}
	if ix.efforts == nil {
		ix.efforts = indexOwnIDs(len(r.Efforts), func(i int) *string { return &r.Efforts[i].ID })
	}
	ix.effortRefsFound = !ix.refMiss.Load()
	if len(ix.ends) != len(r.Dependencies) { // no dependencies key: none, or nil
		ix.ends, ix.relook = make([][2]int32, len(r.Dependencies)), true
	}
	for k := range ix.ends {
		e, d := &ix.ends[k], &r.Dependencies[k]
		if ix.relook || e[0] == endLater {
			e[0] = ix.efforts.lookup(d.From)
		}
		if ix.relook || e[1] == endLater {
			e[1] = ix.efforts.lookup(d.To)
		}
	}
	return &ix.Index
}

// ref reads a reference to an id of the list x indexes (nil when that list
// is not read yet): the id's own string and its place when x holds it, else
// the string as sym reads it and the place -1, or endLater when x is nil.
func (d *decoder) ref(x *idIndex) (string, int32, error) {
	d.ws()
	if x != nil && d.pos < len(d.data) && d.data[d.pos] == '"' {
		save := d.pos
		b, err := d.rawString()
		if err != nil {
			return "", 0, err
		}
		if k := x.t.getBytes(b); k >= 0 {
			return x.t.key(k, len(b)), x.at(k), nil
		}
		d.pos = save
	}
	s, err := d.sym()
	if x == nil {
		return s, endLater, err
	}
	return s, -1, err
}

// The references of an effort to each kind of id (see ref), without the
// place; one not found is noted in the index (Index.effortRefsFound).
func (d *decoder) laneRef() (string, error) {
	return d.effortPartRef(d.ix.laneIDs())
}

func (d *decoder) surfaceRef() (string, error) {
	return d.effortPartRef(d.ix.surfaceIDs())
}

func (d *decoder) metricRef() (string, error) {
	return d.effortPartRef(d.ix.metricIDs())
}

func (d *decoder) effortPartRef(x *idIndex) (string, error) {
	s, at, err := d.ref(x)
	if at < 0 && d.ix != nil {
		d.ix.refMiss.Store(true)
	}
	return s, err
}

func (d *decoder) effortRef() (string, error) {
	s, _, err := d.ref(d.ix.effortIDs())
	return s, err
}

// countObjects counts the objects directly inside the array that starts at
// d.pos (after white space), without checking its syntax: it is the exact
// length of a list of objects, so that the list is read into one array of
// that size instead of one that doubles, and it is never more than the
// objects the decoder will read. Any other value counts nothing (a list of
// nulls or of errors grows as it is read). It returns 0 when no array starts
// at d.pos.
func (d *decoder) countObjects() int {
	n, _ := d.countObjectsMarked()
	return n
}

// countObjectsMarked is countObjects that also returns the offset of the
// '{' of objects 0, splitMark, 2*splitMark, ... (see objectsSplit).
func (d *decoder) countObjectsMarked() (n int, marks []int) {
	d.ws()
	data, i := d.data, d.pos
	if i >= len(data) || data[i] != '[' {
		return 0, nil
	}
	depth := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			i = stringEnd(data, i)
		case '{':
			if depth == 1 {
				if n%splitMark == 0 {
					marks = append(marks, i)
				}
				n++
			}
			depth++
		case '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return n, marks
			}
		}
	}
	return n, marks
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
// countObjects finds.
func objects[T any](d *decoder, out *[]T, elem func(*decoder, *T) error) error {
	return objectsOf(d, out, d.countObjects(), elem)
}

// objectsOf is objects for a list of n objects (countObjects).
func objectsOf[T any](d *decoder, out *[]T, n int, elem func(*decoder, *T) error) error {
	if n > 0 {
		*out = make([]T, 0, n)
	}
	return list(d, out, elem)
}
