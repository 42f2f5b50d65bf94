package draw

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// trueType is the part of a TrueType font file the PDF writer needs: its
// tables by tag, its metrics and every glyph's advance, in font units.
type trueType struct {
	tables     map[string][]byte
	unitsPerEm int
	bbox       [4]int // xMin, yMin, xMax, yMax
	ascent     int
	descent    int
	capHeight  int
	advances   []int // by glyph index
	glyphs     [][2]uint32
}

// subsetTables are the tables a font embedded in a PDF as CIDFontType2
// needs (glyphs are addressed by index, so no cmap), in tag order.
var subsetTables = []string{"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}

// parseTrueType reads the table directory and metrics of a TrueType font.
func parseTrueType(data []byte) (*trueType, error) {
	if len(data) < 12 {
		return nil, errors.New("truetype: too short")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, errors.New("truetype: table directory cut short")
	}
	t := &trueType{tables: map[string][]byte{}}
	for i := range n {
		rec := data[12+16*i:]
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("truetype: table %q beyond the file", rec[:4])
		}
		t.tables[string(rec[:4])] = data[off : off+length]
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if t.tables[tag] == nil {
			return nil, fmt.Errorf("truetype: no %q table", tag)
		}
	}
	head, hhea, maxp := t.tables["head"], t.tables["hhea"], t.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("truetype: head, hhea or maxp cut short")
	}
	i16 := func(b []byte, at int) int { return int(int16(binary.BigEndian.Uint16(b[at:]))) }
	u16 := func(b []byte, at int) int { return int(binary.BigEndian.Uint16(b[at:])) }
	t.unitsPerEm = u16(head, 18)
	t.bbox = [4]int{i16(head, 36), i16(head, 38), i16(head, 40), i16(head, 42)}
	t.ascent, t.descent = i16(hhea, 4), i16(hhea, 6)
	t.capHeight = t.ascent
	if os2 := t.tables["OS/2"]; len(os2) >= 90 && u16(os2, 0) >= 2 {
		t.capHeight = i16(os2, 88)
	}
	numGlyphs, numMetrics := u16(maxp, 4), u16(hhea, 34)
	hmtx := t.tables["hmtx"]
	if numMetrics == 0 || len(hmtx) < 4*numMetrics {
		return nil, errors.New("truetype: hmtx cut short")
	}
	t.advances = make([]int, numGlyphs)
	for g := range t.advances {
		t.advances[g] = u16(hmtx, 4*min(g, numMetrics-1))
	}
	loca, long := t.tables["loca"], i16(head, 50) == 1
	t.glyphs = make([][2]uint32, numGlyphs)
	for g := range t.glyphs {
		var a, b uint32
		switch {
		case long && len(loca) >= 4*(g+2):
			a, b = binary.BigEndian.Uint32(loca[4*g:]), binary.BigEndian.Uint32(loca[4*g+4:])
		case !long && len(loca) >= 2*(g+2):
			a, b = 2*uint32(u16(loca, 2*g)), 2*uint32(u16(loca, 2*g+2))
		default:
			return nil, errors.New("truetype: loca cut short")
		}
		if a > b || int(b) > len(t.tables["glyf"]) {
			return nil, fmt.Errorf("truetype: glyph %d beyond glyf", g)
		}
		t.glyphs[g] = [2]uint32{a, b}
	}
	return t, nil
}

// glyph returns glyph g's outline data (empty for a blank glyph).
func (t *trueType) glyph(g int) []byte {
	r := t.glyphs[g]
	return t.tables["glyf"][r[0]:r[1]]
}

// components returns the glyphs a composite glyph is made of (none for a
// simple one).
func (t *trueType) components(g int) []int {
	d := t.glyph(g)
	if len(d) < 10 || int16(binary.BigEndian.Uint16(d)) >= 0 {
		return nil
	}
	var out []int
	for at := 10; at+4 <= len(d); {
		flags := binary.BigEndian.Uint16(d[at:])
		out = append(out, int(binary.BigEndian.Uint16(d[at+2:])))
		at += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			at += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			at += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			at += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return out
}

// subset returns a font file holding only the outlines of the glyphs used
// (with .notdef and the parts of composite glyphs); every other glyph is
// left blank, so glyph indices stay those of the whole font, and the font
// ends at the last glyph kept (loca and hmtx shrink with it).
func (t *trueType) subset(used []uint16) []byte {
	keep := make([]bool, len(t.glyphs))
	var mark func(g int)
	mark = func(g int) {
		if g < 0 || g >= len(keep) || keep[g] {
			return
		}
		keep[g] = true
		for _, c := range t.components(g) {
			mark(c)
		}
	}
	mark(0)
	for _, g := range used {
		mark(int(g))
	}
	n := len(keep)
	for !keep[n-1] {
		n--
	}
	var glyf []byte
	loca := make([]byte, 4*(n+1))
	for g := range n {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		if keep[g] {
			glyf = append(glyf, t.glyph(g)...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))
	head := slices.Clone(t.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long offsets
	maxp := slices.Clone(t.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	// hmtx: the first m glyphs' advance and side bearing, then the side
	// bearings of the rest up to n.
	hhea, hmtx := slices.Clone(t.tables["hhea"]), t.tables["hmtx"]
	metrics := int(binary.BigEndian.Uint16(hhea[34:]))
	m := min(metrics, n)
	binary.BigEndian.PutUint16(hhea[34:], uint16(m))
	newHmtx := slices.Clone(hmtx[:4*m])
	for g := m; g < n; g++ {
		at := 4*metrics + 2*(g-metrics)
		if at+2 > len(hmtx) {
			newHmtx = append(newHmtx, 0, 0)
			continue
		}
		newHmtx = append(newHmtx, hmtx[at:at+2]...)
	}
	tables := map[string][]byte{"glyf": glyf, "loca": loca, "head": head, "maxp": maxp, "hhea": hhea, "hmtx": newHmtx}
	var tags []string
	for _, tag := range subsetTables {
		if tables[tag] == nil && t.tables[tag] != nil {
			tables[tag] = t.tables[tag]
		}
		if tables[tag] != nil {
			tags = append(tags, tag)
		}
	}
	return sfntFile(tags, tables)
}

// sfntFile lays tables (tags sorted) out as a TrueType file with its
// directory and checksums.
func sfntFile(tags []string, tables map[string][]byte) []byte {
	n := len(tags)
	pow := 1
	for pow*2 <= n {
		pow *= 2
	}
	log := 0
	for 1<<(log+1) <= pow {
		log++
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(out[8:], uint16(log))
	binary.BigEndian.PutUint16(out[10:], uint16(16*(n-pow)))
	headAt := 0
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], sfntChecksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt > 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-sfntChecksum(out))
	}
	return out
}

// sfntChecksum is the sum of b's big-endian 32-bit words, b padded with
// zeros.
func sfntChecksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
