package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The roadmaps the mspdi and html exports are tested on.
const (
	sampleRoadmap  = "../sample/sample.tandem"
	hostileRoadmap = "testdata/export/hostile.tandem"
)

// exportCase loads the roadmap file at path and prepares it for an export.
func exportCase(t testing.TB, path string, opts ExportOptions) *ExportInput {
	t.Helper()
	return exportCaseOf(t, loadRoadmap(t, path), opts)
}

// exportCaseOf analyses r and packs its lanes as the service does, with
// asOf (else 2027-01-01) as today.
func exportCaseOf(t testing.TB, r *model.Roadmap, opts ExportOptions) *ExportInput {
	t.Helper()
	res, err := analysis.Analyze(r, analysis.Options{Today: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	today := r.AsOf
	if today == "" {
		today = "2027-01-01"
	}
	return &ExportInput{Roadmap: r, Analysis: res, Layout: PackSchedule(r, res), Today: today, Options: opts}
}

// writeExport runs the writer of format on in, twice: both writes must be
// the same bytes.
func writeExport(t testing.TB, format string, in *ExportInput) []byte {
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

// exportGoldenFile compares got with testdata/export/name, or rewrites the
// file with -update.
func exportGoldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "export", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the export (run go test -update and review the diff)", path)
	}
}

// loadRoadmap reads and validates the roadmap file at path.
func loadRoadmap(t testing.TB, path string) *model.Roadmap {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
