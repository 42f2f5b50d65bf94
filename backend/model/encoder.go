package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// encoder writes JSON by hand, in the layout of json.MarshalIndent(v, "", "  ")
// (indent true) or json.Marshal (indent false), without reflection. Strings
// are escaped as encoding/json does with SetEscapeHTML(false): '<', '>' and
// '&' stay as they are; U+2028, U+2029 and invalid UTF-8 are escaped or
// replaced by U+FFFD.
type encoder struct {
	buf    []byte
	indent bool
	depth  int
	err    error     // the first error (an invalid Extra value, or w's)
	w      io.Writer // when set, spill writes buf out between list items
}

// spillAt is how full buf may get before spill writes it out.
const spillAt = 64 << 10

// spill writes buf to w and empties it once it holds spillAt bytes (a
// streaming encoder only), keeping the first error.
func (e *encoder) spill() {
	if e.w == nil || len(e.buf) < spillAt {
		return
	}
	if e.err == nil {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

const spaces = "                                                                "

// newline starts a new line at the current depth (indent mode only).
func (e *encoder) newline() {
	if !e.indent {
		return
	}
	e.buf = append(e.buf, '\n')
	for n := 2 * e.depth; n > 0; n -= len(spaces) {
		e.buf = append(e.buf, spaces[:min(n, len(spaces))]...)
	}
}

// open starts an object or array; n counts its members.
func (e *encoder) open(c byte) (n int) {
	e.buf = append(e.buf, c)
	e.depth++
	return 0
}

// close ends an object or array that has n members.
func (e *encoder) close(c byte, n int) {
	e.depth--
	if n > 0 {
		e.newline()
	}
	e.buf = append(e.buf, c)
}

// elem starts the next array element.
func (e *encoder) elem(n *int) {
	if *n > 0 {
		e.buf = append(e.buf, ',')
	}
	*n++
	e.newline()
}

// key starts the next object member; name is a known key (plain ASCII).
func (e *encoder) key(n *int, name string) {
	e.elem(n)
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, name...)
	e.colon()
}

func (e *encoder) colon() {
	if e.indent {
		e.buf = append(e.buf, '"', ':', ' ')
	} else {
		e.buf = append(e.buf, '"', ':')
	}
}

func (e *encoder) int(v int) { e.buf = strconv.AppendInt(e.buf, int64(v), 10) }

// field writes "name": "s" when s is not empty.
func (e *encoder) field(n *int, name, s string) {
	if s != "" {
		e.key(n, name)
		e.str(s)
	}
}

// strField writes "name": "s" always.
func (e *encoder) strField(n *int, name, s string) {
	e.key(n, name)
	e.str(s)
}

// needsEscape marks the bytes str cannot copy as they are.
var needsEscape = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string.
func (e *encoder) str(s string) { e.buf = AppendJSONString(e.buf, s) }

// AppendJSONString appends s to dst as a JSON string, escaped as
// encoding/json escapes it with SetEscapeHTML(false): '"' and '\', control
// characters (\b \f \n \r \t short, the rest \u00XX), invalid UTF-8 as
// \ufffd, U+2028 and U+2029 as \u2028 and \u2029; '<', '>' and '&' stay.
func AppendJSONString(dst []byte, s string) []byte {
	b := append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if !needsEscape[c] {
			i++
			continue
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			invalid := r == utf8.RuneError && size == 1
			if !invalid && r != '\u2028' && r != '\u2029' {
				i += size
				continue
			}
			b = append(b, s[start:i]...)
			switch {
			case invalid:
				b = append(b, `\ufffd`...)
			default:
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			}
			i += size
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// strs writes an array of strings; nil is [].
func (e *encoder) strs(ss []string) {
	n := e.open('[')
	for _, s := range ss {
		e.elem(&n)
		e.str(s)
	}
	e.close(']', n)
}

// extra writes the unknown keys of x, sorted by name, skipping any key that
// is a known key of the type (known, in struct order), so that the output
// never repeats a key. A value that is not valid JSON is an error; an empty
// one is written as null.
func (e *encoder) extra(n *int, x Extra, known []string) {
	if len(x) == 0 {
		return
	}
	keys := make([]string, 0, len(x))
	for k := range x {
		if !slices.Contains(known, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.elem(n)
		e.str(k)
		e.buf = e.buf[:len(e.buf)-1] // reuse colon() after the closing quote
		e.colon()
		e.raw(k, x[k])
	}
}

// raw writes a kept JSON value, re-indented to the current depth.
func (e *encoder) raw(key string, v json.RawMessage) {
	if len(bytes.TrimSpace(v)) == 0 {
		e.buf = append(e.buf, "null"...)
		return
	}
	out := bytes.NewBuffer(e.buf)
	var err error
	if e.indent {
		err = json.Indent(out, bytes.TrimSpace(v), spacesFor(e.depth), "  ")
	} else {
		err = json.Compact(out, v)
	}
	if err != nil {
		if e.err == nil {
			e.err = fmt.Errorf("unknown key %q: invalid JSON value: %w", key, err)
		}
		e.buf = append(e.buf, "null"...)
		return
	}
	e.buf = out.Bytes()
}

// spacesFor returns the indentation of depth.
func spacesFor(depth int) string {
	if n := 2 * depth; n <= len(spaces) {
		return spaces[:n]
	}
	return string(bytes.Repeat([]byte(" "), 2*depth))
}
