package draw

import (
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/sfnt"
)

// fontFile is one of the two faces the PDF embeds, parsed once.
type fontFile struct {
	name string // PostScript name
	ttf  *trueType
	sf   *sfnt.Font
}

var (
	fontFilesOnce sync.Once
	fontFiles     [2]fontFile // by Weight
	fontFilesErr  error
)

func loadFontFiles() ([2]fontFile, error) {
	fontFilesOnce.Do(func() {
		for w, f := range map[Weight]struct {
			name string
			data []byte
		}{Regular: {"LiberationSans", liberationsansregular.TTF}, Bold: {"LiberationSans-Bold", liberationsansbold.TTF}} {
			ttf, err := parseTrueType(f.data)
			if err != nil {
				fontFilesErr = fmt.Errorf("%s: %w", f.name, err)
				return
			}
			sf, err := sfnt.Parse(f.data)
			if err != nil {
				fontFilesErr = fmt.Errorf("%s: %w", f.name, err)
				return
			}
			fontFiles[w] = fontFile{name: f.name, ttf: ttf, sf: sf}
		}
	})
	return fontFiles, fontFilesErr
}

// pdfFont is a font of one document: a TrueType face embedded as a Type0
// font with Identity-H encoding, so that text is written as two-byte glyph
// indices and any character the face has is written as itself (a
// ToUnicode map lets readers copy and search it). Only the glyphs used are
// embedded.
type pdfFont struct {
	fontFile
	resource string // the pages' name for it, e.g. F1
	num      int    // its object number; 0 while unused
	buf      sfnt.Buffer
	gids     map[rune]uint16
	uni      map[uint16]rune // the character each used glyph stands for
}

func newPDFFont(f fontFile, resource string) *pdfFont {
	return &pdfFont{fontFile: f, resource: resource, gids: map[rune]uint16{}, uni: map[uint16]rune{}}
}

// appendHex appends s as a hex string of glyph indices, and says whether
// each character was written as itself: one the face has no glyph for
// (emoji, Arabic, CJK: Liberation Sans has none) is written as "?", as the
// PNG draws it.
func (f *pdfFont) appendHex(dst []byte, s string) ([]byte, bool) {
	const digits = "0123456789ABCDEF"
	whole := true
	dst = append(dst, '<')
	for _, r := range s {
		g, ok := f.gids[r]
		if !ok {
			g = f.glyphIndex(r)
			f.gids[r] = g
		}
		if whole && r != '?' && f.uni[g] == '?' {
			whole = false
		}
		dst = append(dst, digits[g>>12], digits[g>>8&15], digits[g>>4&15], digits[g&15])
	}
	return append(dst, '>'), whole
}

// glyphIndex is r's glyph, "?"'s when the face has none; the first
// character met for a glyph is the one it stands for in the ToUnicode map.
func (f *pdfFont) glyphIndex(r rune) uint16 {
	g, err := f.sf.GlyphIndex(&f.buf, r)
	if err != nil || g == 0 {
		r = '?'
		g, _ = f.sf.GlyphIndex(&f.buf, r)
	}
	if _, seen := f.uni[uint16(g)]; !seen {
		f.uni[uint16(g)] = r
	}
	return uint16(g)
}

// write writes the font's objects: the Type0 font (object f.num), its
// CIDFont with the glyphs' widths, the descriptor, the ToUnicode map and
// the subset font file.
func (f *pdfFont) write(pw *pdfWriter) {
	used := slices.Sorted(maps.Keys(f.uni))
	h := fnv.New32a()
	for _, g := range used {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	tag := make([]byte, 6)
	for i, sum := 0, h.Sum32(); i < 6; i, sum = i+1, sum/26 {
		tag[i] = 'A' + byte(sum%26)
	}
	name := string(tag) + "+" + f.name
	cid, desc, toUni, file := pw.reserve(), pw.reserve(), pw.reserve(), pw.reserve()
	pw.object(f.num, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>",
		name, cid, toUni))
	pw.object(cid, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 0 /W [%s] >>",
		name, desc, f.widths(used)))
	t := f.ttf
	em := func(v int) int { return v * 1000 / t.unitsPerEm }
	pw.object(desc, fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>",
		name, em(t.bbox[0]), em(t.bbox[1]), em(t.bbox[2]), em(t.bbox[3]), em(t.ascent), em(t.descent), em(t.capHeight), f.stemV(), file))
	pw.stream(toUni, "", f.toUnicode(used))
	font := t.subset(used)
	pw.stream(file, fmt.Sprintf(" /Length1 %d", len(font)), font)
}

// stemV is the descriptor's dominant stem width, a guess from the weight
// as PDF writers usually make it.
func (f *pdfFont) stemV() int {
	if strings.HasSuffix(f.name, "-Bold") {
		return 165
	}
	return 87
}

// widths is the CIDFont's W array: each run of consecutive glyphs as
// "first [w w ...]", in thousandths of the text size (to 1/100: the text
// then runs as wide as the draw package measured it).
func (f *pdfFont) widths(used []uint16) string {
	var b []byte
	for i := 0; i < len(used); {
		j := i + 1
		for j < len(used) && used[j] == used[j-1]+1 {
			j++
		}
		b = append(strconv.AppendInt(b, int64(used[i]), 10), " ["...)
		for _, g := range used[i:j] {
			b = appendNum(b, float64(f.ttf.advances[g])*1000/float64(f.ttf.unitsPerEm), 2)
		}
		b = append(b[:len(b)-1], "] "...)
		i = j
	}
	return strings.TrimSpace(string(b))
}

// toUnicode is the CMap from each used glyph to its character.
func (f *pdfFont) toUnicode(used []uint16) []byte {
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(used); i += 100 {
		chunk := used[i:min(i+100, len(used))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, g := range chunk {
			fmt.Fprintf(&b, "<%04X> <", g)
			for _, u := range utf16.Encode([]rune{f.uni[g]}) {
				fmt.Fprintf(&b, "%04X", u)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return []byte(b.String())
}
