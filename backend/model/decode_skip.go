package model

import "bytes"

// Numbers, and values that are read only to be checked and kept as they are
// (unknown keys).

// number consumes a JSON number at d.pos and reports whether it is an
// integer (no fraction, no exponent).
func (d *decoder) number() (integer bool, err error) {
	data := d.data
	i := d.pos
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i >= len(data):
		return false, d.eof()
	case data[i] == '0':
		i++
	case data[i] >= '1' && data[i] <= '9':
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	default:
		return false, d.fail(i, "invalid character %s in a number", quoteChar(data[i]))
	}
	integer = true
	if i < len(data) && data[i] == '.' {
		integer = false
		if i++; i >= len(data) || data[i] < '0' || data[i] > '9' {
			return false, d.numberErr(i)
		}
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		integer = false
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || data[i] < '0' || data[i] > '9' {
			return false, d.numberErr(i)
		}
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	d.pos = i
	return integer, nil
}

func (d *decoder) numberErr(i int) error {
	if i >= len(d.data) {
		return d.eof()
	}
	return d.fail(i, "invalid character %s in a number", quoteChar(d.data[i]))
}

// skip reads any value and returns its bytes (without surrounding space).
func (d *decoder) skip() ([]byte, error) {
	d.ws()
	start := d.pos
	if err := d.skipValue(); err != nil {
		return nil, err
	}
	return d.data[start:d.pos], nil
}

// skipValue checks and consumes any value.
func (d *decoder) skipValue() error {
	d.ws()
	if d.pos >= len(d.data) {
		return d.eof()
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		if _, err := d.open('{', ""); err != nil {
			return err
		}
		for n := 0; ; n++ {
			_, ok, err := d.key(n)
			if err != nil || !ok {
				return err
			}
			if err := d.skipValue(); err != nil {
				return err
			}
		}
	case c == '[':
		if _, err := d.open('[', ""); err != nil {
			return err
		}
		for n := 0; ; n++ {
			ok, err := d.next(n)
			if err != nil || !ok {
				return err
			}
			if err := d.skipValue(); err != nil {
				return err
			}
		}
	case c == '"':
		_, err := d.rawString()
		return err
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := d.number()
		return err
	default:
		return d.fail(d.pos, "invalid character %s, want a value", quoteChar(c))
	}
}

// compactCopy returns a copy of the valid JSON value raw without the white
// space outside strings, so that kept unknown values have one canonical form.
func compactCopy(raw []byte) []byte {
	if bytes.IndexAny(raw, " \t\r\n") < 0 {
		return bytes.Clone(raw)
	}
	out := make([]byte, 0, len(raw))
	inStr, esc := false, false
	for _, c := range raw {
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			continue
		}
		out = append(out, c)
	}
	return out
}
