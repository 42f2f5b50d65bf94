package model

import (
	"bytes"
	"fmt"
)

// decoder reads one JSON text in a single pass, without building a tree and
// without reflection. It is strict RFC 8259 JSON: no comments, no trailing
// commas, no control characters or invalid UTF-8 inside strings. Every error
// is a *DecodeError with a line and a column.
//
// The typed readers (str, sym, integer, ...) skip leading white space and
// accept null as the zero value, as encoding/json does. Object keys match
// exactly (encoding/json would also match "ID" to "id"; here "ID" is an
// unknown key and is kept).
type decoder struct {
	data    []byte
	pos     int
	depth   int
	scratch []byte // unescaped string bytes; valid until the next string is read

	syms    map[string]string // interned repeated strings (references, dates, enums)
	ix      *readIndex        // the index of the roadmap being read, nil outside one
	ends    [2]int32          // the ends of the dependency read last (see dependency)
	later   laterRefs         // references to look up in a batch (see refLater)
	ints    slab[int]         // backing store for *int fields
	touches slab[Touch]       // backing store for Effort.Touches
	moves   slab[Move]        // backing store for Effort.Moves
	tbuf    []Touch           // scratch for one effort's touches
	mbuf    []Move            // scratch for one effort's moves
}

// MaxDepth bounds the nesting of arrays and objects in a roadmap file. The
// format itself nests 4 deep; the bound is for unknown values, which Marshal
// re-indents: indentation grows with depth, so without a bound a 20 KB file
// of nested brackets would be written as 200 MB.
const MaxDepth = 64

// maxSyms bounds the intern table; past it, strings are simply allocated.
const maxSyms = 1 << 16

func newDecoder(data []byte) *decoder {
	return &decoder{data: data}
}

func (d *decoder) fail(off int, format string, args ...any) error {
	return newDecodeError(d.data, off, fmt.Sprintf(format, args...))
}

func (d *decoder) eof() error {
	return d.fail(len(d.data), "unexpected end of input")
}

// ws skips white space. It works on locals: indented files are mostly
// white space, and a store to d.pos per byte shows in profiles.
func (d *decoder) ws() {
	data, i := d.data, d.pos
	for i < len(data) && data[i] <= ' ' && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
		i++
	}
	d.pos = i
}

// end checks that only white space follows the top-level value.
func (d *decoder) end() error {
	d.ws()
	if d.pos < len(d.data) {
		return d.fail(d.pos, "invalid character %s after the top-level value", quoteChar(d.data[d.pos]))
	}
	return nil
}

// kind names the JSON type of the value starting with c, for type errors.
func kind(c byte) string {
	switch {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "a number"
	}
	return ""
}

// typeErr reports a value of the wrong JSON type at d.pos, or a syntax error
// when no value starts there.
func (d *decoder) typeErr(want string) error {
	c := d.data[d.pos]
	got := kind(c)
	if got == "" {
		return d.fail(d.pos, "invalid character %s, want a value", quoteChar(c))
	}
	// Check the value's syntax first: a syntax error is the better message.
	start := d.pos
	if err := d.skipValue(); err != nil {
		return err
	}
	return d.fail(start, "want %s, got %s", want, got)
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	if c < 0x20 || c >= 0x7f {
		return fmt.Sprintf("byte 0x%02x", c)
	}
	return "'" + string(rune(c)) + "'"
}

// literal consumes lit (true, false or null) at d.pos.
func (d *decoder) literal(lit string) error {
	for i := 0; i < len(lit); i++ {
		p := d.pos + i
		if p >= len(d.data) {
			return d.eof()
		}
		if d.data[p] != lit[i] {
			return d.fail(p, "invalid character %s in literal %s", quoteChar(d.data[p]), lit)
		}
	}
	d.pos += len(lit)
	return nil
}

// open consumes c ('{' or '['), or a null, in which case null is true.
// want names the expected value for a type error.
func (d *decoder) open(c byte, want string) (null bool, err error) {
	d.ws()
	if d.pos >= len(d.data) {
		return false, d.eof()
	}
	switch d.data[d.pos] {
	case c:
		d.pos++
		d.depth++
		if d.depth > MaxDepth {
			return false, d.fail(d.pos-1, "nested more than %d deep", MaxDepth)
		}
		return false, nil
	case 'n':
		return true, d.literal("null")
	}
	return false, d.typeErr(want)
}

// key reads the next key of an object whose '{' open consumed; n is the
// number of members read so far. It returns ok=false after the closing '}'.
// The key's bytes are valid until the next string is read.
func (d *decoder) key(n int) (key []byte, ok bool, err error) {
	d.ws()
	if d.pos >= len(d.data) {
		return nil, false, d.eof()
	}
	c := d.data[d.pos]
	if c == '}' {
		d.pos++
		d.depth--
		return nil, false, nil
	}
	if n > 0 {
		if c != ',' {
			return nil, false, d.fail(d.pos, "invalid character %s, want ',' or '}' after an object member", quoteChar(c))
		}
		d.pos++
		d.ws()
		if d.pos >= len(d.data) {
			return nil, false, d.eof()
		}
		c = d.data[d.pos]
	}
	if c != '"' {
		return nil, false, d.fail(d.pos, "invalid character %s, want a string for an object key", quoteChar(c))
	}
	if key, err = d.rawString(); err != nil {
		return nil, false, err
	}
	if len(key) > 0 && len(d.scratch) > 0 && &key[0] == &d.scratch[0] {
		key = bytes.Clone(key) // an escaped key must outlive the value's strings
	}
	d.ws()
	if d.pos >= len(d.data) {
		return nil, false, d.eof()
	}
	if d.data[d.pos] != ':' {
		return nil, false, d.fail(d.pos, "invalid character %s, want ':' after an object key", quoteChar(d.data[d.pos]))
	}
	d.pos++
	return key, true, nil
}

// next moves to the next element of an array whose '[' open consumed; n is
// the number of elements read so far. It returns false after the closing ']'.
func (d *decoder) next(n int) (bool, error) {
	d.ws()
	if d.pos >= len(d.data) {
		return false, d.eof()
	}
	c := d.data[d.pos]
	if c == ']' {
		d.pos++
		d.depth--
		return false, nil
	}
	if n > 0 {
		if c != ',' {
			return false, d.fail(d.pos, "invalid character %s, want ',' or ']' after an array element", quoteChar(c))
		}
		d.pos++
	}
	return true, nil
}

// object reads a JSON object described by what ("a lane object"), or null,
// which leaves everything as it is. For each key it calls field, which must
// read the key's value; an error from field gets the key added to its path.
func (d *decoder) object(what string, field func(key []byte) error) error {
	null, err := d.open('{', what)
	if err != nil || null {
		return err
	}
	for n := 0; ; n++ {
		key, ok, err := d.key(n)
		if err != nil || !ok {
			return err
		}
		if err := field(key); err != nil {
			return withPath(err, "."+string(key))
		}
	}
}
