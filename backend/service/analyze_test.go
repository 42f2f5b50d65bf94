package service

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// TestSnapshotCarriesLiveAnalysis checks that every snapshot has the
// analysis of the roadmap it shows, recomputed after an edit and an undo.
func TestSnapshotCarriesLiveAnalysis(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.StartupRoadmap())
	if snap.Analysis == nil || len(snap.Analysis.Critical) == 0 {
		t.Fatalf("the sample's snapshot has no critical path: %+v", snap.Analysis)
	}
	id := snap.Info.ID
	// A long new effort that the last critical effort must wait for takes
	// over the critical path.
	last := snap.Analysis.Critical[len(snap.Analysis.Critical)-1]
	must(t)(svc.AddEffort(id, model.Effort{ID: "legal-review", Lane: "product", Title: "Legal review", DurationDays: ptr(400)}))
	after := must(t)(svc.AddDependency(id, model.Dependency{From: "legal-review", To: last, Type: "FS"}))
	if !slices.Contains(after.Analysis.Critical, "legal-review") || after.Analysis.Finish <= snap.Analysis.Finish {
		t.Fatalf("after the edit: critical %v, finish %s (was %s)", after.Analysis.Critical, after.Analysis.Finish, snap.Analysis.Finish)
	}
	if es(after, last) <= es(snap, last) {
		t.Fatalf("%s did not move after its new predecessor: es %d", last, es(after, last))
	}
	undone := must(t)(svc.Undo(id))
	if es(undone, last) != es(snap, last) {
		t.Fatalf("undo did not recompute the analysis: es %d; want %d", es(undone, last), es(snap, last))
	}
	undone = must(t)(svc.Undo(id))
	if undone.Analysis.Finish != snap.Analysis.Finish {
		t.Fatalf("after undoing both edits finish is %s; want %s", undone.Analysis.Finish, snap.Analysis.Finish)
	}
}

// es returns the early start of effort id in snap's analysis, or -1.
func es(snap *Snapshot, id string) int {
	for _, s := range snap.Analysis.Schedule {
		if s.ID == id {
			return s.ES
		}
	}
	return -1
}

func TestAnalyzeFile(t *testing.T) {
	run := func(data []byte, asJSON bool) ([]byte, error) {
		var out bytes.Buffer
		err := AnalyzeFile(&out, data, "", asJSON)
		return out.Bytes(), err
	}
	a, err := run(sample.Bytes(), true)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := run(sample.Bytes(), true)
	if !bytes.Equal(a, b) || !bytes.HasPrefix(a, []byte(`{"start":"2027-01-04","finish":`)) || bytes.Count(a, []byte("\n")) != 1 {
		t.Fatalf("analyze --json must be one deterministic object:\n%.200s", a)
	}
	text, err := run(sample.Bytes(), false)
	if err != nil || !bytes.Contains(text, []byte("Critical path")) {
		t.Fatalf("text analysis: %v\n%s", err, text)
	}
	cyclic := []byte(`{"format":"tandem/roadmap","version":1,"name":"C","lanes":[{"id":"l","name":"L"}],
	  "efforts":[{"id":"a","lane":"l","title":"A","durationDays":1},{"id":"b","lane":"l","title":"B","durationDays":1}],
	  "dependencies":[{"from":"a","to":"b"},{"from":"b","to":"a"}]}`)
	out, err := run(cyclic, true)
	wantCode(t, err, CodeInvalid)
	if len(out) != 0 {
		t.Errorf("bad input wrote %q", out)
	}
}

// TestSnapshotLayoutLeavesRoomForSlipGhosts: the app draws a slipped
// effort's ghost (its planned bar) in the effort's row, so the snapshot's
// layout keeps that row free from the planned start; the UI takes the rows
// as they are. Here "slipped" is planned for January but pushed to February,
// and "early" sits in January in the same lane.
func TestSnapshotLayoutLeavesRoomForSlipGhosts(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("Ghosts", "ghosts.tandem", `{"format":"tandem/roadmap","version":1,"name":"Ghosts",
	  "start":"2027-01-04","lanes":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
	  "efforts":[{"id":"blocker","lane":"b","title":"Blocker","start":"2027-01-04","durationDays":20},
	    {"id":"slipped","lane":"a","title":"Slipped","start":"2027-01-04","durationDays":5},
	    {"id":"early","lane":"a","title":"Early","start":"2027-01-11","durationDays":3}],
	  "dependencies":[{"from":"blocker","to":"slipped","type":"FS"}]}`))
	l := snap.Layout
	if l.Rows["slipped"] == l.Rows["early"] || l.Lanes[0].Rows != 2 {
		t.Errorf("layout %+v: slipped and early must have rows of their own in lane a (the ghost covers January)", l)
	}
}

// TestSnapshotCarriesLayout checks that every effort the UI draws (every
// one not killed: the UI packs nothing itself) has a row within its lane's
// rows, and that no two bars of one row overlap.
func TestSnapshotCarriesLayout(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.StartupRoadmap())
	l := snap.Layout
	if l == nil || len(l.Lanes) != len(snap.Roadmap.Lanes) || len(l.Rows) != len(snap.Analysis.Schedule) {
		t.Fatalf("layout %+v for %d lanes and %d scheduled efforts", l, len(snap.Roadmap.Lanes), len(snap.Analysis.Schedule))
	}
	laneRows := map[string]int{}
	for i, lane := range l.Lanes {
		if lane.ID != snap.Roadmap.Lanes[i].ID {
			t.Fatalf("layout lane %d is %q; want %q (the roadmap's order)", i, lane.ID, snap.Roadmap.Lanes[i].ID)
		}
		laneRows[lane.ID] = lane.Rows
	}
	for _, e := range snap.Roadmap.Efforts {
		row, ok := l.Rows[e.ID]
		switch {
		case e.Status == model.StatusKilled && ok:
			t.Errorf("killed effort %s has row %d; it is not drawn", e.ID, row)
		case e.Status != model.StatusKilled && (!ok || row < 0 || row >= laneRows[e.Lane]):
			t.Errorf("effort %s: row %d (listed %v) outside lane %s's %d rows", e.ID, row, ok, e.Lane, laneRows[e.Lane])
		}
	}
	type key struct {
		lane string
		row  int
	}
	last := map[key]string{}
	byStart := slices.Clone(snap.Analysis.Schedule)
	slices.SortFunc(byStart, func(a, b analysis.Scheduled) int { return strings.Compare(string(a.Start), string(b.Start)) })
	for _, s := range byStart {
		k := key{s.Lane, l.Rows[s.ID]}
		if prev, ok := last[k]; ok && prev >= string(s.Start) {
			t.Fatalf("%s starts %s in lane %s row %d, before the bar before it ends (%s)", s.ID, s.Start, s.Lane, k.row, prev)
		}
		last[k] = string(s.End)
	}
}
