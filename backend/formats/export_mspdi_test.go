package formats

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

func TestExportMSPDIGolden(t *testing.T) {
	for _, tc := range []struct{ golden, path string }{
		{"mspdi-sample.xml", samplePath},
		{"mspdi-hostile.xml", hostilePath},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			textGolden(t, tc.golden, exportWith(t, "mspdi", textExportInput(t, tc.path, ExportOptions{})))
		})
	}
}

// TestExportMSPDIRoundTrip exports a roadmap, imports the XML back and
// checks that the analysis of the import schedules every live effort as
// the original's does: the same finish, critical set, dates, float and
// slip, with efforts matched through the Tandem id the export keeps in
// Text1. The cases: the sample, the hostile roadmap, every MS Project file
// the importer reads (export what was imported), generated roadmaps with
// every link type, lags, leads and a calendar with holidays, and one
// without a calendar.
func TestExportMSPDIRoundTrip(t *testing.T) {
	cases := map[string]*model.Roadmap{
		"sample":  textExportInput(t, samplePath, ExportOptions{}).Roadmap,
		"hostile": textExportInput(t, hostilePath, ExportOptions{}).Roadmap,
	}
	fixtures, err := filepath.Glob(filepath.Join(mspdiDir, "*.xml"))
	if err != nil || len(fixtures) < 4 {
		t.Fatalf("MS Project fixtures: %v %v", fixtures, err)
	}
	for _, path := range fixtures {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ReadMSPDI(data, filepath.Base(path))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases["imported "+path] = r
	}
	for _, seed := range []uint64{1, 2, 3} {
		cases[fmt.Sprintf("generated 600 seed %d", seed)] = modeltest.Generate(600, seed)
	}
	everyDay := modeltest.Generate(300, 4)
	everyDay.Calendar = nil // every day works
	cases["generated without a calendar"] = everyDay

	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			in := textExportInputOf(t, r, ExportOptions{})
			xmlData := exportWith(t, "mspdi", in)
			back, err := ReadMSPDI(xmlData, "export.xml")
			if err != nil {
				t.Fatalf("the export does not import: %v", err)
			}
			sameSchedule(t, in.Analysis, textExportInputOf(t, back, ExportOptions{}).Analysis, tandemIDs(t, xmlData))
		})
	}
}

// sameSchedule compares the analysis of the original with that of its
// export read back; ids maps the import's effort ids (UIDs) to the
// original's.
func sameSchedule(t *testing.T, want, got *analysis.Result, ids map[string]string) {
	t.Helper()
	if got.Start != want.Start || got.Finish != want.Finish || got.DurationDays != want.DurationDays {
		t.Errorf("start..finish %s..%s (%d days), want %s..%s (%d days)",
			got.Start, got.Finish, got.DurationDays, want.Start, want.Finish, want.DurationDays)
	}
	if len(got.Schedule) != len(want.Schedule) {
		t.Fatalf("%d efforts scheduled, want %d", len(got.Schedule), len(want.Schedule))
	}
	var critical []string
	for _, id := range got.Critical {
		critical = append(critical, ids[id])
	}
	wantCritical := slices.Clone(want.Critical)
	slices.Sort(critical)
	slices.Sort(wantCritical)
	if !slices.Equal(critical, wantCritical) {
		t.Errorf("critical %v, want %v", critical, wantCritical)
	}
	byID := map[string]analysis.Scheduled{}
	for _, s := range want.Schedule {
		byID[s.ID] = s
	}
	bad := 0
	for _, s := range got.Schedule {
		w, ok := byID[ids[s.ID]]
		s.ID, s.Lane, w.Lane = ids[s.ID], "", ""
		if !ok || s != w {
			if bad++; bad <= 5 {
				t.Errorf("effort %s: got %+v\n  want %+v", s.ID, s, w)
			}
		}
	}
	if got.Coordination.Dependencies != want.Coordination.Dependencies {
		t.Errorf("%d dependencies, want %d", got.Coordination.Dependencies, want.Coordination.Dependencies)
	}
}

// tandemIDs maps each task's UID to the Tandem id it keeps in Text1.
func tandemIDs(t *testing.T, data []byte) map[string]string {
	t.Helper()
	ids, err := MSPDITandemIDs(data)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestExportMSPDIStructure checks what MS Project relies on: the
// namespace, unique integer UIDs, IDs in row order, outline levels that
// step down at most one at a time with numbers that match, a Duration on
// every task, one calendar with the holidays, done as 100% complete,
// milestones flagged, killed efforts and empty lanes left out, and the
// hostile text read back as written.
func TestExportMSPDIStructure(t *testing.T) {
	in := textExportInput(t, hostilePath, ExportOptions{})
	in.Roadmap.Lanes = append(in.Roadmap.Lanes, model.Lane{ID: "empty", Name: "Nobody"})
	in.Roadmap.Efforts[1].Status = model.StatusKilled
	in.Roadmap.Efforts[0].Status = model.StatusDone
	in = textExportInputOf(t, in.Roadmap, ExportOptions{})
	data := exportWith(t, "mspdi", in)
	var p struct {
		XMLName   xml.Name
		Calendars []struct {
			Name       string
			Exceptions []struct{ Name string } `xml:"Exceptions>Exception"`
		} `xml:"Calendars>Calendar"`
		Tasks []struct {
			UID, ID, Name, OutlineNumber, Duration, Milestone, Summary, PercentComplete string
			OutlineLevel                                                                int
		} `xml:"Tasks>Task"`
	}
	if err := xml.Unmarshal(data, &p); err != nil {
		t.Fatalf("the export is not XML: %v", err)
	}
	if p.XMLName.Space != mspdiNamespace || p.XMLName.Local != "Project" {
		t.Errorf("root %v", p.XMLName)
	}
	if len(p.Calendars) != 1 || p.Calendars[0].Name != "Standard" {
		t.Errorf("calendars %+v", p.Calendars)
	}
	titles := map[string]bool{}
	for _, e := range in.Roadmap.Efforts {
		titles[e.Title] = true
	}
	level, uids := 0, map[string]bool{}
	var efforts []string
	for row, task := range p.Tasks {
		if uids[task.UID] || task.ID != fmt.Sprint(row) {
			t.Errorf("row %d: UID %s ID %s", row, task.UID, task.ID)
		}
		uids[task.UID] = true
		if task.OutlineLevel > level+1 || task.Duration == "" || task.OutlineNumber == "" ||
			strings.Count(task.OutlineNumber, ".") != max(task.OutlineLevel-1, 0) {
			t.Errorf("row %d: %+v after level %d", row, task, level)
		}
		level = task.OutlineLevel
		if task.OutlineLevel == 2 {
			efforts = append(efforts, task.Name)
			if !titles[task.Name] {
				t.Errorf("title %q is not the effort's", task.Name)
			}
		}
		if task.Name == "Nobody" {
			t.Error("a lane without efforts is written")
		}
		if task.Name == in.Roadmap.Efforts[0].Title && task.PercentComplete != "100" {
			t.Errorf("a done effort is %s%% complete", task.PercentComplete)
		}
		if strings.HasPrefix(task.Name, "Milestone") && task.Milestone != "1" {
			t.Errorf("milestone %q not flagged", task.Name)
		}
	}
	if len(efforts) != len(in.Analysis.Schedule) || slices.Contains(efforts, in.Roadmap.Efforts[1].Title) {
		t.Errorf("efforts written %q; the killed one must be left out", efforts)
	}
}
