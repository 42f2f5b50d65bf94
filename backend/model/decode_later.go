package model

import "hash/maphash"

// References looked up in batches. A large roadmap lists its dependencies
// in no particular order, so each end's look-up in the efforts' id table
// is a cache miss or two (the table's slot, then the key), and one look-up
// after another waits on each miss in turn. A dependency's end that is a
// plain string (no escapes) is therefore only noted as it is read
// (refLater) and looked up with the others of its batch (flushRefs): one
// pass hashes them, one probes the table, one reads the keys, so that the
// processor has the misses of many look-ups under way at once. The answer
// is ref's, string for string and place for place.

// refBatch is how many references a decoder notes before it looks them up.
const refBatch = 256

// laterRef is a reference noted by refLater: the id's bytes (in the data)
// and where its string and its place go.
type laterRef struct {
	b   []byte
	dst *string
	at  *int32
	h   uint64
	k   int
}

// refLater reads a reference to an id of the list x indexes, as ref does,
// into *dst and *at; a plain string is looked up later, by flushRefs, in
// the order noted (x must not be nil then). The caller must call flushRefs
// before it reads *dst or *at, before the memory they are in moves, and
// before the decoder is done.
func (d *decoder) refLater(x *idIndex, dst *string, at *int32) error {
	d.ws()
	if x != nil && d.pos < len(d.data) && d.data[d.pos] == '"' {
		data, start := d.data, d.pos+1
		i := start
		for i < len(data) && plain[data[i]] {
			i++
		}
		if i < len(data) && data[i] == '"' {
			d.pos = i + 1
			if d.later.x != x {
				d.flushRefs()
				d.later.x = x
			}
			d.later.refs = append(d.later.refs, laterRef{b: data[start:i:i], dst: dst, at: at})
			if len(d.later.refs) == refBatch {
				d.flushRefs()
			}
			return nil
		}
	}
	d.flushRefs() // what is noted comes first, as in the file
	s, k, err := d.ref(x)
	*dst, *at = s, k
	return err
}

// laterRefs is a decoder's batch of references noted by refLater, all to
// ids of the list x indexes.
type laterRefs struct {
	x    *idIndex
	refs []laterRef
}

// flushRefs looks up the references refLater noted (see there).
func (d *decoder) flushRefs() {
	refs, x := d.later.refs, d.later.x
	if len(refs) == 0 {
		return
	}
	t := x.t
	for i := range refs {
		refs[i].h = maphash.Bytes(t.seed, refs[i].b)
	}
	for i := range refs {
		refs[i].k = t.getHashed(refs[i].h, refs[i].b)
	}
	for i := range refs {
		r := &refs[i]
		if r.k >= 0 {
			*r.dst, *r.at = t.key(r.k, len(r.b)), x.at(r.k)
		} else {
			*r.dst, *r.at = d.symBytes(r.b), -1
		}
	}
	clear(refs) // let the roadmap's memory go
	d.later.refs = refs[:0]
}
