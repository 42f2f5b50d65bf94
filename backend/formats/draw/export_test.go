package draw

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tandem/backend/model/modeltest"
)

func TestSVGOfTheSample(t *testing.T) {
	b, err := SVG(sampleInput(t))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := SVG(sampleInput(t))
	if !bytes.Equal(b, again) {
		t.Error("two SVGs of the same roadmap differ")
	}
	goldenFile(t, "sample.svg", b)
	svgIsSafe(t, "sample", b)
	for _, want := range []string{"<title>Growth H1 2027 (sample)</title>", ">Paid</text>", ">Pricing page redesign</text>",
		"font-family:'Liberation Sans',Arial,Helvetica,sans-serif;", ">Today</text>", ">Critical path</text>"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the sample's SVG lacks %q", want)
		}
	}
}

// svgIsSafe parses b as XML and fails on any script element or event
// attribute.
func svgIsSafe(t *testing.T, name string, b []byte) {
	t.Helper()
	if bytes.Contains(bytes.ToLower(b), []byte("<script")) {
		t.Errorf("%s: the SVG holds <script", name)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: the SVG is not XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
			}
			if strings.EqualFold(se.Name.Local, "script") || strings.EqualFold(se.Name.Local, "foreignObject") {
				t.Errorf("%s: the SVG has a <%s> element", name, se.Name.Local)
			}
			for _, a := range se.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Errorf("%s: the SVG has an %s attribute", name, a.Name.Local)
				}
			}
		}
	}
	if root != "svg" {
		t.Errorf("%s: root element %q, want svg", name, root)
	}
}

func TestHostileTextIsDrawnSafely(t *testing.T) {
	in := hostileInput(t)
	b, err := SVG(in)
	if err != nil {
		t.Fatal(err)
	}
	svgIsSafe(t, "hostile", b)
	if !bytes.Contains(b, []byte("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) && !bytes.Contains(b, []byte("[1]")) {
		t.Error("the hostile title is neither drawn (escaped) nor numbered")
	}
	if bytes.ContainsRune(b, '\u202e') {
		t.Error("a right-to-left override reached the SVG")
	}
	p, err := PDF(in, "letter")
	if err != nil {
		t.Fatal(err)
	}
	pdfPages(t, "hostile", p)
	img, err := PNG(in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(img)); err != nil {
		t.Errorf("hostile PNG does not decode: %v", err)
	}
}

// pdfPages checks that b is a PDF with its fonts embedded and returns the
// size of each page (from the page tree's MediaBox; every page has the
// same).
func pdfPages(t *testing.T, name string, b []byte) []string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b[len(b)-64:], []byte("%%EOF")) {
		t.Fatalf("%s: not a whole PDF", name)
	}
	if !bytes.Contains(b, []byte("/FontFile2")) {
		t.Errorf("%s: the PDF's fonts are not embedded", name)
	}
	m := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindAllSubmatch(b, -1)
	if len(m) != 1 {
		t.Fatalf("%s: %d page sizes, want one for every page", name, len(m))
	}
	n := len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(b, -1))
	sizes := make([]string, n)
	for i := range sizes {
		sizes[i] = string(m[0][1]) + "x" + string(m[0][2])
	}
	return sizes
}

func TestPDFPagesAndText(t *testing.T) {
	in := sampleInput(t)
	a4, err := PDF(in, "")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := PDF(sampleInput(t), "a4")
	if !bytes.Equal(a4, again) {
		t.Error("two PDFs of the same roadmap differ")
	}
	if got := pdfPages(t, "a4", a4); strings.Join(got, ",") != "841.89x595.28" {
		t.Errorf("A4 page sizes %v, want one A4 landscape page", got)
	}
	letter, _ := PDF(in, "Letter")
	if got := pdfPages(t, "letter", letter); strings.Join(got, ",") != "792.00x612.00" {
		t.Errorf("Letter page sizes %v, want one Letter landscape page", got)
	}
	long, err := PDF(inputOf(t, modeltest.Generate(60, 3)), "a4") // three years
	if err != nil {
		t.Fatal(err)
	}
	if n := len(pdfPages(t, "long", long)); n < 3 {
		t.Errorf("three years fit %d A4 pages, want them tiled across 3 or more", n)
	}
	// 18 months around the sample's H1 2027: its last period (autumn 2027)
	// has no effort, so it gets no page.
	wide := sampleInput(t)
	wide.From, wide.To = "2026-07-01", "2027-12-31"
	tiled, err := PDF(wide, "a4")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(pdfPages(t, "wide", tiled)); n != 2 {
		t.Errorf("an 18-month window around H1 2027 has %d A4 pages, want 2 (three periods, the last one empty)", n)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed: the PDF's text is not checked")
	}
	text := pdftotext(t, a4)
	for _, want := range []string{"Growth H1 2027 (sample)", "Paid", "AI tools", "Pricing page redesign", "Critical path", "Page 1 of 1", "Titles in full"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
	hostile, _ := PDF(hostileInput(t), "a4")
	if text := pdftotext(t, hostile); !strings.Contains(text, "Hostile <script>alert(1)</script>") {
		t.Errorf("the hostile PDF's title is not its name as text:\n%s", text)
	}
}

func pdftotext(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestPNGIsTwiceTheDrawing(t *testing.T) {
	in := sampleInput(t)
	b, err := PNG(in)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := PNG(sampleInput(t)); !bytes.Equal(b, again) {
		t.Error("two PNGs of the same roadmap differ")
	}
	pages, _ := Build(in, screenFormat)
	w, h := int(pages[0].W*2+0.5), int(pages[0].H*2+0.5)
	if got := img.Bounds().Size(); got != (image.Point{w, h}) {
		t.Errorf("PNG is %v, want 2x the %gx%g point drawing: %dx%d", got, pages[0].W, pages[0].H, w, h)
	}
	// The middle of the right end of "Brand search, Q1 flight" is its
	// lane's tint.
	sel, _ := selectInput(in)
	c := newChart(sel, screenFormat)
	boxes := c.itemBoxes()
	for i, it := range sel.items {
		if it.id != "brand-search" {
			continue
		}
		x := (margin + c.laneW + boxes[i].x1 - 3) * 2
		y := (margin + titleH + headerH + boxes[i].mid) * 2
		r, g, bl, _ := img.At(int(x), int(y)).RGBA()
		want, _, _ := c.barStyle(it)
		if !it.active || want != tint(hex(sel.lanes[it.lane].color), barTintActive) {
			t.Fatalf("brand-search (%+v) is not drawn as an active bar", it)
		}
		if d := absDiff(r>>8, want.R) + absDiff(g>>8, want.G) + absDiff(bl>>8, want.B); d > 6 {
			t.Errorf("pixel (%d,%d) of the bar is %d,%d,%d, want the active lane's tint %v", int(x), int(y), r>>8, g>>8, bl>>8, want)
		}
		return
	}
	t.Fatal("the sample has no effort brand-search")
}

func absDiff(a uint32, b uint8) uint32 {
	if a > uint32(b) {
		return a - uint32(b)
	}
	return uint32(b) - a
}

func TestPNGScalesDownToItsLimits(t *testing.T) {
	cases := []struct {
		w, h float64
		want float64
	}{
		{1000, 600, 2},
		{10000, 600, 16384.0 / 10000},
		{300, 9000, 16384.0 / 9000},
		{4000, 4000, 1.024}, // 16 Mpx: 4096 x 4096
	}
	for _, c := range cases {
		s := pngFit(c.w, c.h)
		if d := s - c.want; d > 1e-9 || d < -1e-9 {
			t.Errorf("pngFit(%g, %g) = %g, want %g", c.w, c.h, s, c.want)
		}
		if c.w*s > MaxPNGSide+0.5 || c.h*s > MaxPNGSide+0.5 || c.w*s*c.h*s > MaxPNGPixels*1.0001 {
			t.Errorf("pngFit(%g, %g) = %g breaks a limit", c.w, c.h, s)
		}
	}
}
