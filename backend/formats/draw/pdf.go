package draw

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Paper sizes, landscape, in points.
var papers = map[string][2]float64{
	"a4":     {841.89, 595.28},
	"letter": {792, 612},
}

// pdfMinDayW is the narrowest a day is drawn in a PDF: a month is then at
// least 90 points wide; a longer roadmap is tiled across pages.
const pdfMinDayW = 3.0

func init() {
	// The same roadmap gives the same bytes: a fixed creation date and the
	// PDF's objects (fonts) in a sorted order.
	epoch := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fpdf.SetDefaultCreationDate(epoch)
	fpdf.SetDefaultModificationDate(epoch)
	fpdf.SetDefaultCatalogSort(true)
}

// PDF draws in on pages of paper ("a4", the default, or "letter"),
// landscape, with Liberation Sans embedded. A chart wider or taller than a
// page is tiled: each page repeats the title, the time axis and the lane
// names; the numbered key follows on pages of its own.
func PDF(in *Input, paper string) ([]byte, error) {
	if paper == "" {
		paper = "a4"
	}
	size, ok := papers[strings.ToLower(paper)]
	if !ok {
		return nil, fmt.Errorf("paper: unknown size %q (a4 or letter)", paper)
	}
	c := newPDFCanvas(size[0], size[1])
	first := true
	err := Draw(in, Format{PageW: size[0], PageH: size[1], MinDayW: pdfMinDayW}, func(p Page) error {
		if !first {
			c.NextPage()
		}
		first = false
		Paint(p, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := c.output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
