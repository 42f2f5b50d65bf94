package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/internal/golden"
	"tandem/backend/model"
)

// The roadmaps the exports (csv, ics, md, mspdi, html) are tested on.
const (
	samplePath  = "../sample/sample.tandem"
	hostilePath = "testdata/export/hostile.tandem"
)

// textExportInput loads the roadmap file at path and analyses it, with its
// asOf as today; Layout stays nil (the text exports draw nothing, and the
// html writer packs the lanes itself, as the service would).
func textExportInput(t testing.TB, path string, opts ExportOptions) *ExportInput {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	return textExportInputOf(t, r, opts)
}

// textExportInputOf analyses r for an export.
func textExportInputOf(t testing.TB, r *model.Roadmap, opts ExportOptions) *ExportInput {
	t.Helper()
	res, err := analysis.Analyze(r, analysis.Options{Today: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	today := r.AsOf
	if today == "" {
		today = "2027-01-01"
	}
	return &ExportInput{Roadmap: r, Analysis: res, Today: today, Options: opts}
}

// exportWith runs the writer of format on in.
func exportWith(t testing.TB, format string, in *ExportInput) []byte {
	t.Helper()
	w, ok := WriterFor(format)
	if !ok {
		t.Fatalf("no writer for %s", format)
	}
	got, err := w.Write(in)
	if err != nil {
		t.Fatal(err)
	}
	again, err := w.Write(in)
	if err != nil || !bytes.Equal(again, got) {
		t.Fatalf("%s: two writes of the same input differ (err %v)", format, err)
	}
	return got
}

// textGolden compares got with testdata/export/name, or rewrites the file
// with -update.
func textGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "export", name), got)
}

// TestTextExportsOfAnEmptyRoadmap: a roadmap without efforts exports.
func TestTextExportsOfAnEmptyRoadmap(t *testing.T) {
	r := model.New("")
	for format, want := range map[string]string{
		"csv": "\ufeffid,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves\r\n",
		"ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Tandem roadmap export//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:Roadmap\r\nX-WR-CALNAME:Roadmap\r\nEND:VCALENDAR\r\n",
	} {
		wantEqual(t, format, string(exportWith(t, format, textExportInputOf(t, r, ExportOptions{}))), want)
	}
	md := string(exportWith(t, "md", textExportInputOf(t, r, ExportOptions{})))
	for _, want := range []string{"# Roadmap\n", "Briefing as of 2027-01-01.", "No effort shown is on the critical path.", "0 open, 0 accepted.", "None found.", "Nothing killed."} {
		if !strings.Contains(md, want) {
			t.Errorf("md lacks %q:\n%s", want, md)
		}
	}
}
