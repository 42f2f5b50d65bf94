package draw

import (
	"strings"
	"sync"
	"unicode"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
	"gonum.org/v1/plot/vg"
)

// Weight is a text's weight: the picture uses Liberation Sans regular and
// bold, metrically the same as Arial, embedded in the PDF.
type Weight int

const (
	Regular Weight = iota
	Bold
)

var (
	facesOnce sync.Once
	faces     [2]*font.Cache
)

// face returns the font face of weight w at size points.
func face(w Weight, size float64) font.Face {
	facesOnce.Do(func() {
		faces[Regular] = font.NewCache(liberation.Collection())
		faces[Bold] = faces[Regular]
	})
	f := font.Font{Typeface: "Liberation", Variant: "Sans"}
	if w == Bold {
		f.Weight = xfont.WeightBold
	}
	return faces[w].Lookup(f, vg.Length(size))
}

// measurer measures text widths, remembering each face (a lookup per
// call would cost more than the measuring).
type measurer struct {
	faces map[[2]float64]font.Face
}

func newMeasurer() *measurer { return &measurer{faces: map[[2]float64]font.Face{}} }

// width is the advance of s in weight w at size points.
func (m *measurer) width(s string, w Weight, size float64) float64 {
	k := [2]float64{float64(w), size}
	f, ok := m.faces[k]
	if !ok {
		f = face(w, size)
		m.faces[k] = f
	}
	return f.Width(s).Points()
}

// cleanText makes s safe and sensible to draw on one line: control
// characters and the bidirectional overrides and isolates (which can
// disguise text) are dropped, any run of white space becomes one space, and
// the ends are trimmed.
func cleanText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), isBidiControl(r), r == unicode.ReplacementChar:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// ellipsis ends a title shortened at a word boundary.
const ellipsis = "…"

// shorten returns the longest run of whole leading words of s that, with
// an ellipsis, is at most max wide, and false when not even the first word
// fits. It never cuts a word.
func (m *measurer) shorten(s string, w Weight, size, max float64) (string, bool) {
	words := strings.Fields(s)
	best := ""
	for i := range words {
		cand := strings.Join(words[:i+1], " ") + ellipsis
		if m.width(cand, w, size) > max {
			break
		}
		best = cand
	}
	return best, best != ""
}

// wrap breaks s into lines at most max wide, at word boundaries; a word
// wider than a whole line is broken between characters (only lane names
// and the key wrap, and there the whole text is shown).
func (m *measurer) wrap(s string, w Weight, size, max float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		cand := word
		if line != "" {
			cand = line + " " + word
		}
		if m.width(cand, w, size) <= max {
			line = cand
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = ""
		for m.width(word, w, size) > max {
			cut := m.fitRunes(word, w, size, max)
			lines = append(lines, word[:cut])
			word = word[cut:]
		}
		line = word
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// fitRunes returns the byte length of the longest prefix of word (at least
// one rune) at most max wide.
func (m *measurer) fitRunes(word string, w Weight, size, max float64) int {
	cut := 0
	for i, r := range word {
		next := i + len(string(r))
		if cut > 0 && m.width(word[:next], w, size) > max {
			break
		}
		cut = next
	}
	return cut
}
