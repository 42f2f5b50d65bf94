package model

import "strconv"

// Typed value readers of the decoder. Each skips leading white space, reads
// null as the zero value, and reports a value of another JSON type as a
// *DecodeError ("want a string, got a number").

// str reads a string.
func (d *decoder) str() (string, error) {
	b, err := d.strBytes()
	if err != nil || b == nil {
		return "", err
	}
	return string(b), nil
}

// sym reads a string that is likely to repeat (a reference, a date, an enum
// value) and interns it, so that repeats share one allocation.
func (d *decoder) sym() (string, error) {
	b, err := d.strBytes()
	if err != nil || b == nil {
		return "", err
	}
	return d.symBytes(b), nil
}

// symBytes is the string sym returns for the string bytes b.
func (d *decoder) symBytes(b []byte) string {
	if s, ok := constant(b); ok {
		return s
	}
	if s, ok := d.syms[string(b)]; ok { // no allocation for the lookup
		return s
	}
	s := string(b)
	if d.syms == nil {
		d.syms = make(map[string]string, 64)
	}
	if len(d.syms) < maxSyms {
		d.syms[s] = s
	}
	return s
}

// constant returns the enum value b spells, without a map lookup.
func constant(b []byte) (string, bool) {
	switch string(b) {
	case StatusPlanned:
		return StatusPlanned, true
	case StatusActive:
		return StatusActive, true
	case StatusBlocked:
		return StatusBlocked, true
	case StatusDone:
		return StatusDone, true
	case StatusPaused:
		return StatusPaused, true
	case StatusKilled:
		return StatusKilled, true
	case ModeChanges:
		return ModeChanges, true
	case ModeRelies:
		return ModeRelies, true
	case DirectionUp:
		return DirectionUp, true
	case DirectionDown:
		return DirectionDown, true
	case DepFS:
		return DepFS, true
	case DepSS:
		return DepSS, true
	case DepFF:
		return DepFF, true
	case DepSF:
		return DepSF, true
	}
	return "", false
}

// date reads a Date. It is not checked here: Validate does that.
func (d *decoder) date() (Date, error) {
	s, err := d.sym()
	return Date(s), err
}

// strBytes reads a string's bytes (see rawString), or nil for null.
func (d *decoder) strBytes() ([]byte, error) {
	d.ws()
	if d.pos >= len(d.data) {
		return nil, d.eof()
	}
	switch d.data[d.pos] {
	case '"':
		b, err := d.rawString()
		if b == nil && err == nil {
			b = []byte{}
		}
		return b, err
	case 'n':
		return nil, d.literal("null")
	}
	return nil, d.typeErr("a string")
}

// strings reads an array of strings.
func (d *decoder) strings(read func(*decoder) (string, error)) ([]string, error) {
	null, err := d.open('[', "an array of strings")
	if err != nil || null {
		return nil, err
	}
	var out []string
	for n := 0; ; n++ {
		ok, err := d.next(n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		s, err := read(d)
		if err != nil {
			return nil, withPath(err, "["+strconv.Itoa(n)+"]")
		}
		out = append(out, s)
	}
}

// dates reads an array of dates.
func (d *decoder) dates() ([]Date, error) {
	ss, err := d.strings((*decoder).sym)
	if ss == nil {
		return nil, err
	}
	out := make([]Date, len(ss))
	for i, s := range ss {
		out[i] = Date(s)
	}
	return out, err
}

// integer reads an integer: a JSON number without fraction or exponent that
// fits in an int32 (day counts and versions need no more; this keeps day
// arithmetic far from overflow).
func (d *decoder) integer() (v int, null bool, err error) {
	d.ws()
	if d.pos >= len(d.data) {
		return 0, false, d.eof()
	}
	c := d.data[d.pos]
	if c == 'n' {
		return 0, true, d.literal("null")
	}
	if c != '-' && (c < '0' || c > '9') {
		return 0, false, d.typeErr("an integer")
	}
	start := d.pos
	isInt, err := d.number()
	if err != nil {
		return 0, false, err
	}
	if !isInt {
		return 0, false, d.fail(start, "want an integer, got %s", d.data[start:d.pos])
	}
	text := d.data[start:d.pos]
	neg := text[0] == '-'
	if neg {
		text = text[1:]
	}
	const limit = 1<<31 - 1
	for _, c := range text {
		if v = v*10 + int(c-'0'); v > limit {
			return 0, false, d.fail(start, "integer %s out of range", d.data[start:d.pos])
		}
	}
	if neg {
		v = -v
	}
	return v, false, nil
}

// intValue reads an integer; null is 0.
func (d *decoder) intValue() (int, error) {
	v, _, err := d.integer()
	return v, err
}

// intPtr reads an optional integer; null is nil.
func (d *decoder) intPtr() (*int, error) {
	v, null, err := d.integer()
	if err != nil || null {
		return nil, err
	}
	return d.ints.one(v), nil
}

// extra reads the value of an unknown key and keeps a compact copy in *x.
// A repeated key keeps its last value, as encoding/json does.
func (d *decoder) extra(x *Extra, key []byte) error {
	k := string(key) // before the value is read: key may alias d.scratch
	raw, err := d.skip()
	if err != nil {
		return err
	}
	if *x == nil {
		*x = make(Extra, 2)
	}
	(*x)[k] = compactCopy(raw)
	return nil
}

// grow returns list with room for as many again (at least 8): doubling, where
// append grows a long slice by a quarter and so copies a list of 200,000
// efforts about five times over while reading it.
func grow[T any](list []T) []T {
	bigger := make([]T, len(list), max(8, 2*cap(list)))
	copy(bigger, list)
	return bigger
}

// list reads an array into *list, reading each element in place with elem.
// An empty array or null leaves *list nil, so that a round trip keeps nil
// and empty apart from nothing: both are written as [] (or omitted).
func list[T any](d *decoder, list *[]T, elem func(*decoder, *T) error) error {
	null, err := d.open('[', "an array")
	if err != nil || null {
		*list = nil
		return err
	}
	out := (*list)[:0]
	for n := 0; ; n++ {
		ok, err := d.next(n)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if len(out) == cap(out) {
			out = grow(out)
		}
		out = out[:n+1]
		if err := elem(d, &out[n]); err != nil {
			return withPath(err, "["+strconv.Itoa(n)+"]")
		}
	}
	if len(out) == 0 {
		out = nil
	}
	*list = out
	return nil
}
