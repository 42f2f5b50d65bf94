package draw

import (
	"fmt"
	"image/color"
	"io"
	"strings"
	"unicode/utf16"

	"gonum.org/v1/plot/vg"
)

// The document around pdfCanvas's pages: its start, each page's end
// (written out at once) and the objects every page refers to, written at
// the close.

// newPDFCanvas starts a document of w x h point pages written to out.
func newPDFCanvas(out io.Writer, w, h float64) (*pdfCanvas, error) {
	files, err := loadFontFiles()
	if err != nil {
		return nil, err
	}
	c := &pdfCanvas{pw: newPDFWriter(out), w: w, h: h}
	c.fonts = [2]*pdfFont{newPDFFont(files[Regular], "F1"), newPDFFont(files[Bold], "F2")}
	c.pagesNum, c.resNum = c.pw.reserve(), c.pw.reserve()
	return c, nil
}

// beginPage starts a page; the drawing state starts afresh.
func (c *pdfCanvas) beginPage() {
	c.content = c.content[:0]
	c.stack = append(c.stack[:0], identity)
	unknown := color.RGBA{1, 2, 3, 0} // no colour: the next one set is written
	c.width, c.dash, c.fill, c.stroke, c.alpha, c.font, c.size = -1, "", unknown, unknown, 0xffff, nil, 0
	vg.Initialize(c)
}

// endPage writes the page's content and the page out.
func (c *pdfCanvas) endPage() {
	content, page := c.pw.reserve(), c.pw.reserve()
	c.pw.stream(content, "", c.content)
	c.pw.object(page, fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Resources %d 0 R /Contents %d 0 R >>", c.pagesNum, c.resNum, content))
	c.pages = append(c.pages, page)
}

// close writes what every page refers to (the page tree, the resources
// and fonts), the catalog, the document information with title, and the
// cross-reference table.
func (c *pdfCanvas) close(title string) error {
	var kids strings.Builder
	for i, p := range c.pages {
		if i > 0 {
			kids.WriteByte(' ')
		}
		fmt.Fprintf(&kids, "%d 0 R", p)
	}
	c.pw.object(c.pagesNum, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 %.2f %.2f] >>", kids.String(), len(c.pages), c.w, c.h))
	var res strings.Builder
	res.WriteString("<< /ProcSet [/PDF /Text] /Font <<")
	for _, f := range c.fonts {
		if f.num != 0 {
			fmt.Fprintf(&res, " /%s %d 0 R", f.resource, f.num)
		}
	}
	res.WriteString(" >> /ExtGState <<")
	for i, a := range c.alphas {
		fmt.Fprintf(&res, " /GS%d << /Type /ExtGState /ca %s /CA %s /BM /Normal >>", i+1, a, a)
	}
	res.WriteString(" >> >>")
	c.pw.object(c.resNum, res.String())
	for _, f := range c.fonts {
		if f.num != 0 {
			f.write(c.pw)
		}
	}
	catalog, info := c.pw.reserve(), c.pw.reserve()
	c.pw.object(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", c.pagesNum))
	c.pw.object(info, "<< /Title "+pdfTextString(title)+" /Producer (Tandem) >>")
	return c.pw.finish(catalog, info)
}

// pdfTextString is s as a PDF text string: UTF-16BE with its byte order
// mark, in hex (so no character of s can end it early).
func pdfTextString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}
