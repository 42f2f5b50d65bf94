package draw

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/sfnt"

	"tandem/backend/model/modeltest"
)

// xrefOffsets reads b's cross-reference table (through startxref) and
// checks that it covers /Size objects and that each entry points at its
// object's "N 0 obj" line.
func xrefOffsets(t *testing.T, name string, b []byte) {
	t.Helper()
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s: no startxref at the end", name)
	}
	at, _ := strconv.Atoi(string(m[1]))
	if at >= len(b) || !bytes.HasPrefix(b[at:], []byte("xref\n0 ")) {
		t.Fatalf("%s: startxref %d does not point at the xref table", name, at)
	}
	lines := strings.Split(string(b[at:]), "\n")
	count, _ := strconv.Atoi(strings.Fields(lines[1])[1])
	size := regexp.MustCompile(`/Size (\d+)`).FindSubmatch(b)
	if size == nil || string(size[1]) != strconv.Itoa(count) {
		t.Errorf("%s: trailer /Size %s, xref has %d entries", name, size, count)
	}
	if lines[2] != "0000000000 65535 f " {
		t.Errorf("%s: first xref entry %q", name, lines[2])
	}
	for num := 1; num < count; num++ {
		e := lines[2+num]
		if len(e) != 19 || !strings.HasSuffix(e, " 00000 n ") {
			t.Fatalf("%s: xref entry %d is %q", name, num, e)
		}
		off, _ := strconv.Atoi(e[:10])
		if want := strconv.Itoa(num) + " 0 obj\n"; !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Fatalf("%s: object %d's offset %d points at %q", name, num, off, b[off:min(off+20, len(b))])
		}
	}
}

func TestPDFCrossReferencesPointAtTheirObjects(t *testing.T) {
	cases := []struct {
		name  string
		in    *Input
		paper string
		pages int
	}{
		{"sample", sampleInput(t), "a4", 1},
		{"hostile", hostileInput(t), "letter", 1},
		{"three years", inputOf(t, modeltest.Generate(60, 3)), "a4", 3},
		{"empty", inputOf(t, roadmap(t)), "a4", 1},
	}
	for _, c := range cases {
		b, err := PDF(c.in, c.paper)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		xrefOffsets(t, c.name, b)
		if n := len(pdfPages(t, c.name, b)); n < c.pages {
			t.Errorf("%s: %d pages, want at least %d", c.name, n, c.pages)
		}
		if _, err := exec.LookPath("pdfinfo"); err == nil {
			info := pdfinfo(t, b)
			if strings.Contains(info, "Error") || !regexp.MustCompile(`Pages: +[1-9]`).MatchString(info) {
				t.Errorf("%s: pdfinfo says:\n%s", c.name, info)
			}
		}
	}
}

// TestPDFTextReadsBack: text in and beyond Windows-1252, bold and regular,
// comes out of pdftotext as written, characters the font lacks included
// (ActualText).
func TestPDFTextReadsBack(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	cases := []struct{ name, effort string }{
		{"Ünïcødé — 日本", "Łódź straße ĳ œuvre"},
		{"Plain name", "Café — €5 “quoted” 🚀"},
		{"Ελληνικά Кириллица", "Tiếng Việt"},
	}
	for _, c := range cases {
		r := roadmap(t, [4]string{"e1", c.effort, "2027-01-04", "2027-03-26"})
		r.Name = c.name
		b, err := PDF(inputOf(t, r), "a4")
		if err != nil {
			t.Fatal(err)
		}
		text := pdftotext(t, b)
		for _, want := range []string{c.name, c.effort, "Alpha"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: pdftotext lacks %q:\n%s", c.name, want, text)
			}
		}
		if info := pdfinfo(t, b); !regexp.MustCompile(`(?m)^Title: +` + regexp.QuoteMeta(c.name) + `$`).MatchString(info) {
			t.Errorf("%s: pdfinfo's title is not the roadmap's name:\n%s", c.name, info)
		}
	}
}

func pdfinfo(t *testing.T, pdf []byte) string {
	t.Helper()
	return pdfTool(t, "pdfinfo", pdf)
}

// pdfTool runs a poppler tool on pdf (written to a file) and returns what
// it prints.
func pdfTool(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	path := t.TempDir() + "/x.pdf"
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, append(args, path)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

// TestPDFEmbedsRegularAndBoldSubsets: the title is bold and the rest
// regular, each its own embedded subset with a ToUnicode map.
func TestPDFEmbedsRegularAndBoldSubsets(t *testing.T) {
	if _, err := exec.LookPath("pdffonts"); err != nil {
		t.Skip("pdffonts is not installed")
	}
	b, err := PDF(sampleInput(t), "a4")
	if err != nil {
		t.Fatal(err)
	}
	out := pdfTool(t, "pdffonts", b)
	for _, face := range []string{"LiberationSans", "LiberationSans-Bold"} {
		re := regexp.MustCompile(`(?m)^[A-Z]{6}\+` + face + ` +CID TrueType +Identity-H +yes yes yes `)
		if !re.MatchString(out) {
			t.Errorf("no embedded subset of %s with a ToUnicode map:\n%s", face, out)
		}
	}
}

func TestTrueTypeSubsetKeepsOnlyTheGlyphsUsed(t *testing.T) {
	ttf, err := parseTrueType(liberationsansregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	full, _ := sfnt.Parse(liberationsansregular.TTF)
	var buf sfnt.Buffer
	gid := func(r rune) uint16 {
		g, _ := full.GlyphIndex(&buf, r)
		return uint16(g)
	}
	// Ü is made of U and the diaeresis in Liberation Sans: both parts stay.
	used := []uint16{gid('A'), gid('Ü'), gid('€')}
	sub := ttf.subset(used)
	if sum := sfntChecksum(sub); sum != 0xB1B0AFBA {
		t.Errorf("the subset's checksum is %#x, want 0xB1B0AFBA", sum)
	}
	if len(sub) > len(liberationsansregular.TTF)/4 {
		t.Errorf("a 3-glyph subset is %d bytes of the font's %d", len(sub), len(liberationsansregular.TTF))
	}
	// The subset keeps the font's glyph indices: a used glyph (and the
	// parts of a composite one) has its outline, any other none.
	got, err := parseTrueType(sub)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	parts := ttf.components(int(gid('Ü')))
	if len(parts) == 0 {
		t.Fatal("Ü is not a composite glyph in Liberation Sans: the test needs another")
	}
	last := int(max(slices.Max(used), uint16(slices.Max(parts))))
	if len(got.glyphs) != last+1 || !slices.Equal(got.advances, ttf.advances[:last+1]) {
		t.Errorf("the subset has %d glyphs, want the font's first %d with their widths", len(got.glyphs), last+1)
	}
	for g := range got.glyphs {
		kept := g == 0 || slices.Contains(used, uint16(g)) || slices.Contains(parts, g)
		switch {
		case kept && !bytes.Equal(got.glyph(g), ttf.glyph(g)):
			t.Errorf("glyph %d is used but its outline is not the font's", g)
		case !kept && len(got.glyph(g)) != 0:
			t.Errorf("glyph %d is not used but has an outline of %d bytes", g, len(got.glyph(g)))
		}
	}
	for _, tag := range subsetTables {
		if _, ok := got.tables[tag]; !ok {
			t.Errorf("the subset has no %q table", tag)
		}
	}
	if _, err := parseTrueType(sub[:40]); err == nil {
		t.Error("a cut font parses")
	}
	bad := bytes.Clone(sub)
	binary.BigEndian.PutUint32(bad[12+8:], uint32(len(bad))) // the first table starts at the end
	if _, err := parseTrueType(bad); err == nil {
		t.Error("a table beyond the file parses")
	}
}

func TestAppendNum(t *testing.T) {
	cases := []struct {
		v      float64
		digits int
		want   string
	}{
		{0, 2, "0 "}, {100, 2, "100 "}, {0.1, 2, "0.1 "}, {12.345, 2, "12.35 "}, {-1.5, 2, "-1.5 "},
		{-0.004, 2, "0 "}, {841.89, 2, "841.89 "}, {1.0 / 3, 3, "0.333 "}, {0.05, 2, "0.05 "}, {2.999, 2, "3 "},
		{math.NaN(), 2, "0 "}, {math.Inf(-1), 2, "0 "},
	}
	for _, c := range cases {
		if got := string(appendNum(nil, c.v, c.digits)); got != c.want {
			t.Errorf("appendNum(%g, %d) = %q, want %q", c.v, c.digits, got, c.want)
		}
	}
}

// countingSink counts what is written to it.
type countingSink struct{ n int }

func (s *countingSink) Write(b []byte) (int, error) { s.n += len(b); return len(b), nil }

// TestPDFMemoryDoesNotGrowWithPages paints the same page hundreds of
// times: each page is written out as it ends, and what the document keeps
// per page (its object number and offsets) is a few bytes, not its
// content.
func TestPDFMemoryDoesNotGrowWithPages(t *testing.T) {
	pages, err := Build(inputOf(t, modeltest.Generate(200, 1)), Format{PageW: papers["a4"][0], PageH: papers["a4"][1], MinDayW: pdfMinDayW})
	if err != nil {
		t.Fatal(err)
	}
	page := pages[0]
	sink := &countingSink{}
	c, err := newPDFCanvas(sink, page.W, page.H)
	if err != nil {
		t.Fatal(err)
	}
	paint := func(n int) uint64 {
		for range n {
			c.beginPage()
			Paint(page, c)
			c.endPage()
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	before := paint(50)
	if int64(sink.n) < c.pw.at-64<<10 {
		t.Errorf("after 50 pages (%d bytes) %d bytes reached the writer: pages are not written out as they end", c.pw.at, sink.n)
	}
	const more = 600
	after := paint(more)
	perPage := (int64(after) - int64(before)) / more
	t.Logf("%d bytes of content a page, %d written in all, heap %d -> %d (%d a page)", len(c.content), sink.n, before, after, perPage)
	if perPage > 1024 { // a page's content is over 20 KB
		t.Errorf("the heap grows by %d bytes a page (%d -> %d over %d pages), want a few bytes", perPage, before, after, more)
	}
	if err := c.close("x"); err != nil {
		t.Fatal(err)
	}
	if int64(sink.n) != c.pw.at {
		t.Errorf("%d bytes written of %d", sink.n, c.pw.at)
	}
}

// failingSink takes ok bytes, then fails.
type failingSink struct{ ok int }

var errDiskFull = errors.New("disk full")

func (s *failingSink) Write(b []byte) (int, error) {
	if len(b) > s.ok {
		n := s.ok
		s.ok = 0
		return n, errDiskFull
	}
	s.ok -= len(b)
	return len(b), nil
}

// TestWritePDFStopsAtTheWritersError: a writer that fails at the start,
// among the pages or at the end makes WritePDF return its error.
func TestWritePDFStopsAtTheWritersError(t *testing.T) {
	in := inputOf(t, modeltest.Generate(200, 1))
	var whole bytes.Buffer
	if err := WritePDF(&whole, in, "a4"); err != nil {
		t.Fatal(err)
	}
	for _, ok := range []int{0, whole.Len() / 2, whole.Len() - 10} {
		if err := WritePDF(&failingSink{ok: ok}, in, "a4"); !errors.Is(err, errDiskFull) {
			t.Errorf("a writer failing after %d of %d bytes: error %v, want %v", ok, whole.Len(), err, errDiskFull)
		}
	}
}
