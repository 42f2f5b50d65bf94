package draw

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Paper sizes, landscape, in points.
var papers = map[string][2]float64{
	"a4":     {841.89, 595.28},
	"letter": {792, 612},
}

// pdfMinDayW is the narrowest a day is drawn in a PDF: a month is then at
// least 90 points wide; a longer roadmap is tiled across pages.
const pdfMinDayW = 3.0

// PDF draws in on pages of paper ("a4", the default, or "letter"),
// landscape, with Liberation Sans embedded. A chart wider or taller than a
// page is tiled: each page repeats the title, the time axis and the lane
// names; the numbered key follows on pages of its own.
func PDF(in *Input, paper string) ([]byte, error) {
	var buf bytes.Buffer
	if err := WritePDF(&buf, in, paper); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WritePDF is PDF writing to w as it goes: each page is written out as
// soon as it is drawn, so the memory it takes does not grow with the
// number of pages. On an error w may hold part of a document.
func WritePDF(w io.Writer, in *Input, paper string) error {
	if paper == "" {
		paper = "a4"
	}
	size, ok := papers[strings.ToLower(paper)]
	if !ok {
		return fmt.Errorf("paper: unknown size %q (a4 or letter)", paper)
	}
	c, err := newPDFCanvas(w, size[0], size[1])
	if err != nil {
		return err
	}
	err = Draw(in, Format{PageW: size[0], PageH: size[1], MinDayW: pdfMinDayW}, func(p Page) error {
		c.beginPage()
		Paint(p, c)
		c.endPage()
		return c.pw.err
	})
	if err != nil {
		return err
	}
	return c.close(cleanText(in.Roadmap.Name))
}
