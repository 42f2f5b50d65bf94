package model

import (
	"runtime"
	"strconv"
)

// A long list of objects (a large roadmap's efforts and dependencies) is
// read on two cores: a second decoder reads the objects from the middle of
// the list on, into the same array, while the first reads those before.
// The answer is the same as one decoder's, error for error: where the
// first decoder meets the middle it checks that it is where the second
// began (the scan that found the middle reads no syntax); if it is not
// (a list of something else than objects, broken JSON), or the second
// found more elements than the scan counted, the first reads on alone. An
// error of the first half comes first, as it does in the file.

// splitMin is the shortest list of objects objectsSplit reads on two cores.
const splitMin = 8192

// splitMark: countObjectsMarked keeps the offset of every splitMark-th
// object.
const splitMark = 1024

// objectsSplit reads a list of objects as objects does, with elem given
// each element's place k in the list too; elem must only read what the
// decoder shares (its index of the lists read before), as two decoders
// run it at once on a long list, each on places of its own; what elem
// notes for later (refLater) each decoder looks up before the array moves
// and when it is done. sized, unless
// nil, is told the number of objects counted before any is read; elem may
// meet places past it only on one core.
func objectsSplit[T any](d *decoder, out *[]T, sized func(n int), elem func(d *decoder, k int, x *T) error) error {
	n, marks := d.countObjectsMarked()
	null, err := d.open('[', "an array")
	if err != nil || null {
		*out = nil
		return err
	}
	if sized != nil {
		sized(n)
	}
	buf := make([]T, n)
	h, mid := -1, -1
	var second *half
	if n >= splitMin && runtime.GOMAXPROCS(0) > 1 {
		h = n / 2 / splitMark * splitMark
		mid = marks[h/splitMark]
		second = readHalf(d, mid, buf, h, elem)
		defer second.wait() // never leave it reading: the caller may unmap the data
	}
	k := 0
	for ; ; k++ {
		ok, err := d.next(k)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if k == h && second != nil {
			d.ws()
			r := second.wait()
			if d.pos == mid && !r.overflow {
				d.pos, d.depth = r.pos, r.depth
				if r.err != nil {
					return r.err
				}
				k = r.k
				break
			}
			second = nil // read on alone, from here
			clear(buf[h:])
		}
		if k == len(buf) { // more elements than counted objects
			if k == cap(buf) {
				d.flushRefs() // what it noted points into buf
				buf = grow(buf)
			}
			buf = buf[:k+1]
		}
		if err := elem(d, k, &buf[k]); err != nil {
			return withPath(err, "["+strconv.Itoa(k)+"]")
		}
	}
	d.flushRefs()
	*out = buf[:k]
	if k == 0 {
		*out = nil
	}
	return nil
}

// half is the second decoder of objectsSplit, reading from the middle.
type half struct {
	done chan struct{}
	r    halfRead
}

// halfRead is what the second decoder read: the place after the last
// element it read (k), its position and depth after the list's ']', and
// its error; overflow when the list held more elements than the array.
type halfRead struct {
	k, pos, depth int
	err           error
	overflow      bool
}

// readHalf starts a decoder at offset mid of d's data, inside the list d
// reads, that reads elements into buf from place h on.
func readHalf[T any](d *decoder, mid int, buf []T, h int, elem func(*decoder, int, *T) error) *half {
	s := &half{done: make(chan struct{})}
	d2 := &decoder{data: d.data, pos: mid, depth: d.depth, ix: d.ix}
	go func() {
		defer close(s.done)
		k := h
		for ; ; k++ {
			ok, err := d2.next(k - h)
			if err != nil {
				s.r.err = err
				break
			}
			if !ok {
				break
			}
			if k == len(buf) {
				s.r.overflow = true
				break
			}
			if err := elem(d2, k, &buf[k]); err != nil {
				s.r.err = withPath(err, "["+strconv.Itoa(k)+"]")
				break
			}
		}
		d2.flushRefs()
		s.r.k, s.r.pos, s.r.depth = k, d2.pos, d2.depth
	}()
	return s
}

// wait waits for the second decoder to finish and returns what it read.
// It may be called more than once, and on nil.
func (s *half) wait() halfRead {
	if s == nil {
		return halfRead{}
	}
	<-s.done
	return s.r
}
