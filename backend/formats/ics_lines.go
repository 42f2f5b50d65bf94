package formats

import (
	"strings"
	"unicode/utf8"

	"tandem/backend/model"
)

// icsLines builds an iCalendar stream (RFC 5545 §3.1): content lines
// folded at 75 octets, never inside a UTF-8 character, each ended by CRLF.
type icsLines struct {
	b    []byte
	line []byte // the content line being written, unfolded
}

// add appends the content line "name:value". value must already be in
// its property's syntax (TEXT escaped with icsText).
func (w *icsLines) add(name, value string) {
	w.line = append(append(append(w.line[:0], name...), ':'), value...)
	w.b = appendFolded(w.b, w.line)
}

// appendFolded appends line folded as RFC 5545 §3.1 says: no physical line
// longer than 75 octets (CRLF not counted); each continuation starts with
// one space, so it holds 74 octets of the line. A cut never falls inside a
// UTF-8 character.
func appendFolded(b, line []byte) []byte {
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b = append(b, line[:cut]...)
		b = append(b, "\r\n "...)
		line = line[cut:]
		limit = 74
	}
	b = append(b, line...)
	return append(b, '\r', '\n')
}

// icsText escapes s as an RFC 5545 TEXT value (§3.3.11): '\', ';' and ','
// get a backslash, a line break (CRLF, LF or CR) is "\n", and the other
// control characters TEXT does not allow (all but tab) are left out.
func icsText(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r == '\\' || r == ';' || r == ',' }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' || c == ';' || c == ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// the LF that follows writes the break
		case c == '\r' || c == '\n':
			b.WriteString(`\n`)
		case c < 0x20 && c != '\t' || c == 0x7f:
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// icsDate writes a DATE value (§3.3.4), YYYYMMDD, from day number n.
func icsDate(n int) string {
	d := string(model.DateFromDays(n))
	return d[0:4] + d[5:7] + d[8:10]
}
