package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"slices"

	"tandem/backend/model"
)

// The stored encoding of entities is a compact binary one, not JSON:
// decoding 10,000 efforts and 20,000 dependencies takes ~7 ms with it and
// ~360 ms with encoding/json and the model's Extra-keeping UnmarshalJSON
// (measured on the 2-core dev machine), over Load's 150 ms budget.
// Fields are written in a fixed order per type (codec_entities.go); strings
// as uvarint length + bytes; ints as varints; optional values with a presence
// byte; slices and Extra as uvarint n+1 (0 = nil) so nil and empty survive.
// Extra keys are written sorted with their raw JSON, so unknown keys survive
// a round trip byte for byte. A change to this layout needs a schema
// migration (schema.go).

type encoder struct{ b []byte }

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *encoder) bytes(p []byte) {
	e.uvarint(uint64(len(p)))
	e.b = append(e.b, p...)
}

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// count writes a slice length so that nil (0) and empty (1) differ.
func (e *encoder) count(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(n) + 1)
}

func (e *encoder) strs(ss []string) {
	e.count(len(ss), ss == nil)
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) dates(ds []model.Date) {
	e.count(len(ds), ds == nil)
	for _, s := range ds {
		e.str(string(s))
	}
}

func (e *encoder) extra(x model.Extra) {
	e.count(len(x), x == nil)
	if len(x) == 0 {
		return
	}
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.str(k)
		e.bytes(x[k])
	}
}

var errCorrupt = errors.New("corrupt value")

// decoder reads from a string so that every decoded string field is a
// substring of one allocation per value. The first error sticks; later reads
// return zero values.
type decoder struct {
	s   string
	i   int
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.i = len(d.s)
}

func (d *decoder) uvarint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.i >= len(d.s) {
			d.fail()
			return 0
		}
		c := d.s[d.i]
		d.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.fail()
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (d *decoder) int() int { return int(d.varint()) }

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.i) {
		d.fail()
		return ""
	}
	s := d.s[d.i : d.i+int(n)]
	d.i += int(n)
	return s
}

func (d *decoder) bool() bool {
	if d.i >= len(d.s) {
		d.fail()
		return false
	}
	c := d.s[d.i]
	d.i++
	return c != 0
}

// count reads a slice length written by encoder.count; nil reports a nil slice.
func (d *decoder) count() (n int, isNil bool) {
	c := d.uvarint()
	if c == 0 {
		return 0, true
	}
	if c-1 > uint64(len(d.s)-d.i) { // every element takes at least one byte
		d.fail()
		return 0, true
	}
	return int(c - 1), false
}

func (d *decoder) strs() []string {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) dates() []model.Date {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := make([]model.Date, n)
	for i := range out {
		out[i] = model.Date(d.str())
	}
	return out
}

func (d *decoder) extra() model.Extra {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	x := make(model.Extra, n)
	for range n {
		k := d.str()
		x[k] = json.RawMessage(d.str())
	}
	return x
}

// done reports the sticky error, or errCorrupt when bytes are left over.
func (d *decoder) done() error {
	if d.err == nil && d.i != len(d.s) {
		d.err = errCorrupt
	}
	return d.err
}
