package service

import (
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// TestImportFileDoesNotAnalyze: `tandem import` (ImportFile) computed the
// whole analysis just to print counts, which took longer than a minute on
// a 100 MB CSV (issue 13, item 5). It checks the schedule only; the app's
// import (ImportRoadmap) analyses, since it shows the roadmap next.
func TestImportFileDoesNotAnalyze(t *testing.T) {
	calls := 0
	was, wasOpen := analyze, openEntry
	analyze = func(r *model.Roadmap, now time.Time) (*analysis.Result, error) {
		calls++
		return was(r, now)
	}
	openEntry = func(r *model.Roadmap, now time.Time) (*opened, error) {
		calls++
		return wasOpen(r, now)
	}
	t.Cleanup(func() { analyze, openEntry = was, wasOpen })

	svc, _ := newTestService(t)
	info, err := ImportFile(svc, "", "sample.tandem", sample.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatalf("ImportFile analysed the roadmap %d times; want only its schedule checked", calls)
	}
	if info.Efforts == 0 {
		t.Fatalf("ImportFile stored no efforts: %+v", info)
	}
	must(t)(svc.ImportRoadmap("", "sample.tandem", string(sample.Bytes())))
	if calls != 1 {
		t.Fatalf("ImportRoadmap analysed the roadmap %d times; want once (the hook counts nothing otherwise)", calls)
	}
}
