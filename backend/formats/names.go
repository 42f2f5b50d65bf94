package formats

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// laneColors is the palette imported lanes take in order (the 9th shades of
// Open Color, the family the built-in sample uses): dark enough for white
// text, and neighbours differ in hue. Lane i gets laneColors[i % len].
var laneColors = []string{
	"#1971c2", // blue
	"#d9480f", // orange
	"#2b8a3e", // green
	"#7048e8", // violet
	"#c2255c", // pink
	"#0c8599", // cyan
	"#e67700", // yellow
	"#087f5b", // teal
	"#862e9c", // grape
	"#5c940d", // lime
	"#c92a2a", // red
	"#364fc7", // indigo
}

// laneColor returns the palette colour of the i-th lane.
func laneColor(i int) string { return laneColors[i%len(laneColors)] }

// humanize turns an id into a display name "where sensible": an id made of
// lower-case letters and digits joined by '-' or '_' ("pricing-page") becomes
// a sentence ("Pricing page"), its two-letter words read as initialisms
// ("ai-tools" is "AI tools", "signup-cr" "Signup CR") unless they are
// common short words ("go-to-market" is "Go to market"); any other id
// ("CAC", "Q3 push") is kept as it is, since its author chose the spelling.
func humanize(id string) string {
	if id == "" {
		return id
	}
	for i, r := range id {
		sep := r == '-' || r == '_'
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case sep && i > 0 && i < len(id)-1 && id[i-1] != '-' && id[i-1] != '_':
		default:
			return id
		}
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if len(w) == 2 && !shortWords[w] && w[0] >= 'a' && w[1] >= 'a' {
			words[i] = strings.ToUpper(w)
		}
	}
	s := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// shortWords are two-letter English words humanize leaves lower-case.
var shortWords = map[string]bool{
	"ad": true, "am": true, "an": true, "as": true, "at": true, "be": true, "by": true, "do": true, "go": true,
	"he": true, "if": true, "in": true, "is": true, "it": true, "me": true, "my": true, "no": true,
	"of": true, "ok": true, "on": true, "or": true, "so": true, "to": true, "up": true, "us": true, "we": true,
}

// fileStem returns the base name of fileName without its extension
// ("plans/q3.csv" -> "q3"), or "" when there is none.
func fileStem(fileName string) string {
	base := filepath.Base(strings.ReplaceAll(fileName, `\`, "/"))
	if base == "." || base == "/" {
		return ""
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
