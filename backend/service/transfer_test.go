package service

import (
	"testing"
	"time"

	"tandem/backend/formats"
	"tandem/backend/sample"
)

func TestImportExportRoundTrip(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("", "", string(sample.Bytes())))
	if snap.Info.Name != sample.Name {
		t.Fatalf("import named it %q; want the file's name %q", snap.Info.Name, sample.Name)
	}
	out, err := svc.ExportRoadmap(snap.Info.ID, "tandem")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ExportFile(sample.Bytes(), "", "tandem", formats.ExportOptions{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Fatal("a stored roadmap exports other bytes than its file")
	}
}

func TestImportRefusesBadFilesWhole(t *testing.T) {
	svc, _ := newTestService(t)
	bad := []string{
		``,
		`{"format":"tandem/roadmap","version":1,"name":"X","lanes":[{"id":"a","name":"A"}],"efforts":[{"id":"e","lane":"b","title":"E","durationDays":1}]}`,
		`{"format":"other","version":1,"name":"X"}`,
		`{"format":"tandem/roadmap","version":1,"name":"X",`,
	}
	for _, content := range bad {
		_, err := svc.ImportRoadmap("x", "", content)
		wantCode(t, err, CodeInvalid)
	}
	if list, _ := svc.ListRoadmaps(); len(list) != 0 {
		t.Fatalf("a refused import left %v", list)
	}
	_, err := svc.ExportRoadmap("nope", "tandem")
	wantCode(t, err, CodeNotFound)
	_, err = ExportFile(sample.Bytes(), "", "docx", formats.ExportOptions{}, time.Now())
	wantCode(t, err, CodeInvalid)
}
