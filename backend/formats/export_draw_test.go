package formats

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// TestDrawnWritersAreRegistered: svg, png and pdf are export formats that
// pass the options on (a lane filter, the paper).
func TestDrawnWritersAreRegistered(t *testing.T) {
	r, err := model.Load(sample.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	res, err := analysis.Analyze(r, analysis.Options{Today: time.Date(2027, 2, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		format, ext, mime string
		binary            bool
		magic             string
	}{
		{"svg", ".svg", "image/svg+xml", false, "<?xml"},
		{"png", ".png", "image/png", true, "\x89PNG"},
		{"pdf", ".pdf", "application/pdf", true, "%PDF-"},
	}
	formats := ExportFormats()
	for _, c := range cases {
		w, ok := WriterFor(c.format)
		if !ok || w.Ext != c.ext || w.MIME != c.mime || w.Binary != c.binary {
			t.Errorf("%s: writer %+v (registered %v)", c.format, w, ok)
			continue
		}
		if !strings.Contains(strings.Join(formats, ","), c.format) {
			t.Errorf("ExportFormats() = %v lacks %s", formats, c.format)
		}
		in := &ExportInput{Roadmap: r, Analysis: res, Today: r.AsOf, Options: ExportOptions{Lanes: []string{"paid"}, Paper: "letter"}}
		b, err := w.Write(in)
		if err != nil || !bytes.HasPrefix(b, []byte(c.magic)) {
			t.Errorf("%s: %d bytes, %v", c.format, len(b), err)
		}
		in.Options.Lanes = []string{"nope"}
		if _, err := w.Write(in); err == nil || !strings.Contains(err.Error(), `unknown lane "nope"`) {
			t.Errorf("%s with an unknown lane: %v", c.format, err)
		}
	}
}
