package draw

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/bidi"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
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
	cacheOnce sync.Once
	cache     *font.Cache
)

// face returns the font face of weight w at size points.
func face(w Weight, size float64) font.Face {
	cacheOnce.Do(func() { cache = font.NewCache(liberation.Collection()) })
	f := font.Font{Typeface: "Liberation", Variant: "Sans"}
	if w == Bold {
		f.Weight = xfont.WeightBold
	}
	return cache.Lookup(f, vg.Length(size))
}

// measurer measures text widths as gonum's font.Face.Width does (advances
// and kerning in font units, hinting none), without its allocation per
// call: it keeps one buffer and remembers each glyph's advance and each
// pair's kerning. Not safe for concurrent use.
type measurer struct {
	weights [2]*metrics
}

type metrics struct {
	f    *sfnt.Font
	buf  sfnt.Buffer
	upem fixed.Int26_6
	adv  map[rune]glyphAdvance
	kern map[[2]sfnt.GlyphIndex]fixed.Int26_6
}

type glyphAdvance struct {
	g   sfnt.GlyphIndex
	adv fixed.Int26_6
}

func newMeasurer() *measurer { return &measurer{} }

// width is the advance of s in weight w at size points.
func (m *measurer) width(s string, w Weight, size float64) float64 {
	mt := m.weights[w]
	if mt == nil {
		f := face(w, 1).Face
		mt = &metrics{f: f, upem: fixed.Int26_6(f.UnitsPerEm()), adv: map[rune]glyphAdvance{}, kern: map[[2]sfnt.GlyphIndex]fixed.Int26_6{}}
		m.weights[w] = mt
	}
	width := 0
	var prev sfnt.GlyphIndex
	for i, r := range s {
		ga, ok := mt.adv[r]
		if !ok {
			ga.g, _ = mt.f.GlyphIndex(&mt.buf, r)
			ga.adv, _ = mt.f.GlyphAdvance(&mt.buf, ga.g, mt.upem, xfont.HintingNone)
			mt.adv[r] = ga
		}
		if i > 0 {
			k, ok := mt.kern[[2]sfnt.GlyphIndex{prev, ga.g}]
			if !ok {
				k, _ = mt.f.Kern(&mt.buf, prev, ga.g, mt.upem, xfont.HintingNone)
				mt.kern[[2]sfnt.GlyphIndex{prev, ga.g}] = k
			}
			width += int(k)
		}
		width += int(ga.adv)
		prev = ga.g
	}
	// As font.Face.Width: font units times size over units per em.
	return (vg.Points(float64(width)) * (vg.Length(size) / vg.Points(float64(mt.upem)))).Points()
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

// visualOrder returns s in the order its characters are drawn left to
// right, for the canvases that place glyphs one after another (PNG, PDF;
// an SVG viewer orders text itself): each run of right-to-left text
// (Hebrew, Arabic) is reversed, the neutral characters between two of its
// letters included. It is a simplification of the Unicode bidirectional
// algorithm that is right for titles of words in either direction.
func visualOrder(s string) string {
	rtl := func(r rune) bool {
		c := bidiClass(r)
		return c == bidi.R || c == bidi.AL
	}
	if !strings.ContainsFunc(s, rtl) {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		if !rtl(rs[i]) {
			out = append(out, rs[i])
			i++
			continue
		}
		last := i
		for j := i; j < len(rs) && bidiClass(rs[j]) != bidi.L; j++ {
			if rtl(rs[j]) {
				last = j
			}
		}
		for k := last; k >= i; k-- {
			out = append(out, rs[k])
		}
		i = last + 1
	}
	return string(out)
}

func bidiClass(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}
