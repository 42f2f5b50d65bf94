package model

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Strings: the fast path copies nothing and checks each byte against one
// table; escapes and non-ASCII bytes take the slow path.

// plain marks the bytes that need no attention inside a string.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// rawString reads the string at d.pos (which is '"') and returns its
// unescaped bytes. They alias the input when the string has no escapes, else
// d.scratch: either way they are valid until the next string is read.
func (d *decoder) rawString() ([]byte, error) {
	data := d.data
	start := d.pos + 1
	i := start
	for i < len(data) && plain[data[i]] {
		i++
	}
	if i < len(data) && data[i] == '"' {
		d.pos = i + 1
		return data[start:i], nil
	}
	return d.slowString(start, i)
}

// slowString continues rawString at i, past the plain prefix data[start:i].
func (d *decoder) slowString(start, i int) ([]byte, error) {
	data := d.data
	var buf []byte
	escaped := false
	for {
		if i >= len(data) {
			return nil, d.fail(len(data), "unexpected end of input in a string")
		}
		c := data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			if !escaped {
				return data[start:i], nil
			}
			d.scratch = buf
			return buf, nil
		case c == '\\':
			if !escaped {
				buf = append(d.scratch[:0], data[start:i]...)
				escaped = true
			}
			var err error
			if buf, i, err = d.escape(buf, i); err != nil {
				return nil, err
			}
		case c < 0x20:
			return nil, d.fail(i, "invalid control character %s in a string", quoteChar(c))
		case c < 0x80:
			if escaped {
				buf = append(buf, c)
			}
			i++
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, d.fail(i, "invalid UTF-8 in a string")
			}
			if escaped {
				buf = append(buf, data[i:i+size]...)
			}
			i += size
		}
	}
}

// escape decodes the escape sequence at data[i] (a backslash), appends it to
// buf and returns the index after it. Lone surrogates become U+FFFD, as with
// encoding/json.
func (d *decoder) escape(buf []byte, i int) ([]byte, int, error) {
	data := d.data
	if i+1 >= len(data) {
		return nil, 0, d.fail(len(data), "unexpected end of input in a string")
	}
	switch c := data[i+1]; c {
	case '"', '\\', '/':
		return append(buf, c), i + 2, nil
	case 'b':
		return append(buf, '\b'), i + 2, nil
	case 'f':
		return append(buf, '\f'), i + 2, nil
	case 'n':
		return append(buf, '\n'), i + 2, nil
	case 'r':
		return append(buf, '\r'), i + 2, nil
	case 't':
		return append(buf, '\t'), i + 2, nil
	case 'u':
		r, err := d.hex4(i + 2)
		if err != nil {
			return nil, 0, err
		}
		i += 6
		if utf16.IsSurrogate(r) {
			r2 := rune(-1)
			if i+1 < len(data) && data[i] == '\\' && data[i+1] == 'u' {
				if r2, err = d.hex4(i + 2); err != nil {
					return nil, 0, err
				}
			}
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return utf8.AppendRune(buf, dec), i + 6, nil
			}
			r = utf8.RuneError
		}
		return utf8.AppendRune(buf, r), i, nil
	default:
		return nil, 0, d.fail(i+1, "invalid escape character %s in a string", quoteChar(c))
	}
}

// hex4 reads the four hex digits of a \u escape at data[i:].
func (d *decoder) hex4(i int) (rune, error) {
	var r rune
	for j := i; j < i+4; j++ {
		if j >= len(d.data) {
			return 0, d.fail(len(d.data), "unexpected end of input in a string")
		}
		c := d.data[j]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, d.fail(j, "invalid character %s in a \\u escape", quoteChar(c))
		}
	}
	return r, nil
}
