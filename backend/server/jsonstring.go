package server

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// errBadString is a JSON string that is not well formed.
var errBadString = errors.New("malformed JSON string")

// readJSONString reads one JSON string from br, which must be at its
// opening quote, and returns its value as bytes, decoded as encoding/json
// decodes a string into a Go string (escapes resolved, each byte that is
// not UTF-8 and each unpaired surrogate escape made U+FFFD), without ever
// holding the string's JSON text: a file argument of hundreds of MB is
// held once, as the bytes returned. sizeHint, when positive, is the
// capacity to start with (a value is never longer than its JSON text). A
// string that is not well formed is an error wrapping errBadString; a
// failure to read is returned as it is (io.ErrUnexpectedEOF when the input
// ends inside the string).
func readJSONString(br *bufio.Reader, sizeHint int64) ([]byte, error) {
	if c, err := br.ReadByte(); err != nil {
		return nil, eofIsUnexpected(err)
	} else if c != '"' {
		return nil, fmt.Errorf("%w: %q instead of its opening quote", errBadString, c)
	}
	out := make([]byte, 0, max(0, sizeHint))
read:
	for {
		if _, err := br.Peek(1); err != nil {
			return nil, eofIsUnexpected(err)
		}
		chunk, _ := br.Peek(br.Buffered())
		start, i := 0, 0
	scan:
		for i < len(chunk) {
			switch c := chunk[i]; {
			case c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\':
				i++
			case c >= utf8.RuneSelf:
				if !utf8.FullRune(chunk[i:]) {
					break scan // the character's other bytes are not buffered yet
				}
				r, size := utf8.DecodeRune(chunk[i:])
				if r == utf8.RuneError && size == 1 {
					out = append(out, chunk[start:i]...)
					out = utf8.AppendRune(out, utf8.RuneError)
					start = i + 1
				}
				i += size
			case c == '"':
				out = append(out, chunk[start:i]...)
				br.Discard(i + 1)
				return out, nil
			case c == '\\':
				out = append(out, chunk[start:i]...)
				br.Discard(i)
				var err error
				if out, err = readEscape(br, out); err != nil {
					return nil, err
				}
				continue read // chunk is no longer valid after br's reads
			default:
				return nil, fmt.Errorf("%w: control character %q in a string", errBadString, c)
			}
		}
		out = append(out, chunk[start:i]...)
		br.Discard(i)
		if cut := len(chunk) - i; cut > 0 { // wait for the rest of a character
			if _, err := br.Peek(cut + 1); err != nil {
				return nil, eofIsUnexpected(err)
			}
		}
	}
}

// readEscape reads one escape (\n, \uXXXX, a surrogate pair ...) from br,
// which is at its backslash, and appends its value to out as
// encoding/json does.
func readEscape(br *bufio.Reader, out []byte) ([]byte, error) {
	e, err := br.Peek(2)
	if err != nil {
		return nil, eofIsUnexpected(err)
	}
	c := e[1]
	br.Discard(2)
	switch c {
	case '"', '\\', '/':
		return append(out, c), nil
	case 'b':
		return append(out, '\b'), nil
	case 'f':
		return append(out, '\f'), nil
	case 'n':
		return append(out, '\n'), nil
	case 'r':
		return append(out, '\r'), nil
	case 't':
		return append(out, '\t'), nil
	case 'u':
		h, err := br.Peek(4)
		if err != nil {
			return nil, eofIsUnexpected(err)
		}
		r, ok := hex4(h)
		if !ok {
			return nil, fmt.Errorf("%w: bad \\u escape %q", errBadString, h)
		}
		br.Discard(4)
		if utf16.IsSurrogate(r) {
			// The pair's second half, if it is one; else U+FFFD and the
			// next escape is read on its own.
			if p, _ := br.Peek(6); len(p) == 6 && p[0] == '\\' && p[1] == 'u' {
				if r2, ok := hex4(p[2:]); ok {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						br.Discard(6)
						return utf8.AppendRune(out, d), nil
					}
				}
			}
			r = utf8.RuneError
		}
		return utf8.AppendRune(out, r), nil
	}
	return nil, fmt.Errorf("%w: invalid escape \\%c", errBadString, c)
}

// hex4 reads four hexadecimal digits.
func hex4(h []byte) (rune, bool) {
	var r rune
	for _, c := range h[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// eofIsUnexpected is err, with io.EOF made io.ErrUnexpectedEOF: the input
// ended inside a value.
func eofIsUnexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
