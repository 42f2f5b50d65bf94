package formats

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// icsDateTime is a DATE (YYYYMMDD) or a UTC DATE-TIME.
var icsDateTime = regexp.MustCompile(`^[0-9]{8}(T[0-9]{6}Z)?$`)

// TestEveryExportAtTheYearEdges writes roadmaps whose work ends on
// 9999-12-31 or begins on 1000-01-01, the last and first days a date can
// have, in every format: each writes, the formats Tandem reads read back
// (the MS Project file to the same schedule), the calendar parses, and no
// text names a year outside 1000..9999 (the calendar once wrote the day
// after 9999-12-31 as "1000-0-0", the drawings "Jan 10000"). The fuzzed
// roadmaps of FuzzExport start before year 5000, so they never get here.
func TestEveryExportAtTheYearEdges(t *testing.T) {
	for name, src := range map[string]string{
		"last day": `{"format":"tandem/roadmap","version":1,"name":"Edge","start":"9999-12-20","asOf":"9999-12-31",
			"lanes":[{"id":"l","name":"L"},{"id":"k","name":"K"}],
			"efforts":[{"id":"a","lane":"l","title":"A","start":"9999-12-20","durationDays":3},
				{"id":"b","lane":"k","title":"B","durationDays":8},
				{"id":"m","lane":"l","title":"M","durationDays":0}],
			"dependencies":[{"from":"a","to":"b","type":"FS","lagDays":0},{"from":"b","to":"m","type":"FS","lagDays":0}]}`,
		"first day": `{"format":"tandem/roadmap","version":1,"name":"Edge","start":"1000-01-01","asOf":"1000-01-01",
			"lanes":[{"id":"l","name":"L"}],
			"efforts":[{"id":"m","lane":"l","title":"M","start":"1000-01-01","durationDays":0},
				{"id":"a","lane":"l","title":"A","start":"1000-01-01","end":"1000-01-03"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			r, err := model.Load([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			res, err := analysis.Analyze(r, analysis.Options{Today: fuzzToday})
			if err != nil {
				t.Fatal(err)
			}
			in := &ExportInput{Roadmap: r, Analysis: res, Layout: PackSchedule(r, res, false), Today: r.AsOf}
			for _, format := range ExportFormats() {
				w, _ := WriterFor(format)
				out, err := w.Write(in)
				if err != nil || len(out) == 0 {
					t.Fatalf("%s: %d bytes, %v", format, len(out), err)
				}
				checkReadBack(t, format, w.Ext, r, res, out)
				switch format {
				case "ics":
					for _, ev := range parseICS(t, out) {
						for k, v := range ev {
							if strings.HasPrefix(k, "DT") && !icsDateTime.MatchString(v) {
								t.Errorf("ics: %s is %q, not a DATE or DATE-TIME", k, v)
							}
						}
					}
				case "png", "pdf":
					continue // binary; the drawing's text is checked in backend/formats/draw
				}
				for _, bad := range []string{"10000-", " 10000", "+010000", "1000-0-0", "0999"} {
					if i := bytes.Index(out, []byte(bad)); i >= 0 {
						t.Errorf("%s names %q: ...%s...", format, bad, out[max(0, i-60):min(len(out), i+40)])
					}
				}
			}
		})
	}
}
