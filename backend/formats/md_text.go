package formats

import "strings"

// mdText makes user text (a name, title, owner, rationale) inert inline
// Markdown that shows as written, in CommonMark and GitHub's dialect:
//
//   - '<', '>' and '&' become entities (&lt; &gt; &amp;), so no HTML tag,
//     comment or entity gets through;
//   - the characters that start inline syntax get a backslash: '\', '`',
//     '*', '_', '[', ']', '|' (table cells), '~' (strikethrough), '$'
//     (math) and '#' (headings);
//   - a line break, tab or other control character becomes one space (a
//     table cell or list item is one line);
//   - bidirectional embeddings, overrides and isolates left open are closed
//     at the end (and stray closers dropped), so right-to-left text cannot
//     reorder what follows it on the line.
//
// It runs in O(len(s)) and returns s itself when nothing needs escaping.
func mdText(s string) string {
	if !strings.ContainsFunc(s, mdSpecial) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	var open []rune // bidi openers not closed yet
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case strings.ContainsRune("\\`*_[]|~$#", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case bidiEmbedding(r) || bidiIsolate(r):
			open = append(open, r)
			b.WriteRune(r)
		case r == bidiPDF:
			if n := len(open); n > 0 && bidiEmbedding(open[n-1]) {
				open = open[:n-1]
				b.WriteRune(r)
			}
		case r == bidiPDI:
			if i := lastIsolate(open); i >= 0 {
				open = open[:i]
				b.WriteRune(r)
			}
		default:
			b.WriteRune(r)
		}
	}
	for i := len(open) - 1; i >= 0; i-- {
		if bidiIsolate(open[i]) {
			b.WriteRune(bidiPDI)
		} else {
			b.WriteRune(bidiPDF)
		}
	}
	return b.String()
}

// Bidirectional formatting characters (Unicode UAX #9).
const (
	bidiPDF = '\u202C' // pops an embedding or override
	bidiPDI = '\u2069' // closes an isolate
)

// bidiEmbedding reports LRE, RLE, LRO and RLO.
func bidiEmbedding(r rune) bool {
	return r == '\u202A' || r == '\u202B' || r == '\u202D' || r == '\u202E'
}

// bidiIsolate reports LRI, RLI and FSI.
func bidiIsolate(r rune) bool { return r >= '\u2066' && r <= '\u2068' }

// lastIsolate is the index of the last isolate in open, or -1. A PDI
// closes it and every embedding opened after it.
func lastIsolate(open []rune) int {
	for i := len(open) - 1; i >= 0; i-- {
		if bidiIsolate(open[i]) {
			return i
		}
	}
	return -1
}

// mdSpecial reports the runes mdText changes or escapes.
func mdSpecial(r rune) bool {
	return r < 0x20 || r == 0x7f || strings.ContainsRune("<>&\\`*_[]|~$#", r) ||
		bidiEmbedding(r) || bidiIsolate(r) || r == bidiPDF || r == bidiPDI
}
