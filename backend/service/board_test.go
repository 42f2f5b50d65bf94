package service

import (
	"reflect"
	"strings"
	"testing"

	"tandem/backend/model"
)

// statuses returns the board's status of each key.
func statuses(b *Board) map[string]string {
	m := map[string]string{}
	for _, row := range b.Rows {
		m[row.Key] = row.Status
	}
	return m
}

func board(t *testing.T, svc *Service, id string) *Board {
	t.Helper()
	b, err := svc.ConflictBoard(id)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestConflictBoard(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID

	// As opened: the sample's accepted disruption, the rest open, none new.
	b := board(t, svc, id)
	want := map[string]string{
		"surface:signup-flow:signup-copy+signup-experiment": StatusOpen,
		"surface:homepage:brand-search+homepage-refresh":    StatusAccepted,
		pricingConflict:                          StatusOpen,
		"sequence::launch-email+pricing-v2-live": StatusOpen,
		"metric:signup-cr:ai-chat+lead-gate":     StatusOpen,
		"declared::lead-gate+pricing-ads":        StatusOpen,
	}
	if got := statuses(b); !reflect.DeepEqual(got, want) {
		t.Fatalf("board %v\nwant %v", got, want)
	}
	res := must(t)(svc.OpenRoadmap(id)).Analysis
	if first := b.Rows[0].Of(res); b.Rows[0].Status != StatusOpen || !first.CrossLane || first.Severity != "collision" {
		t.Errorf("first row %+v; want the cross-lane collision first", b.Rows[0])
	}
	for _, row := range b.Rows {
		if row.Of(res).Key() != row.Key {
			t.Errorf("row %s points at conflict %s of the snapshot's analysis", row.Key, row.Of(res).Key())
		}
	}
	if b.Counts[StatusOpen] != 5 || b.Counts[StatusAccepted] != 1 {
		t.Errorf("counts %v", b.Counts)
	}

	// Sequencing resolves the disruption; the board keeps it as resolved
	// with the decision, and the pair now reinforces (the redesign changes
	// the page before the campaign relies on it).
	snap := must(t)(svc.Decide(id, DecisionRequest{Kind: "sequence", Conflict: pricingConflict}))
	seq := snap.Roadmap.Decisions[len(snap.Roadmap.Decisions)-1].ID
	b = board(t, svc, id)
	row := rowOf(b, pricingConflict)
	if row == nil || row.Status != StatusResolved || row.Decision != seq || row.Conflict.Days != 0 ||
		row.Conflict.Efforts != [2]string{"pricing-ads", "pricing-redesign"} || !row.Conflict.CrossLane ||
		!reflect.DeepEqual(row.Helps, []string{"pricing-redesign", "pricing-ads"}) {
		t.Fatalf("sequenced row %+v", row)
	}

	// Accept the collision, then move one side: it reopens as changed and
	// says what moved.
	must(t)(svc.Decide(id, DecisionRequest{Kind: "accept", Conflict: "surface:signup-flow:signup-copy+signup-experiment", Rationale: "Same squad"}))
	key := "surface:signup-flow:signup-copy+signup-experiment"
	if got := rowOf(board(t, svc, id), key); got.Status != StatusAccepted || got.Conflict != nil || got.Index < 0 {
		t.Fatalf("accepted row %+v", got)
	}
	r := must(t)(svc.OpenRoadmap(id)).Roadmap
	e := r.Efforts[find(r.Efforts, "signup-copy", efforts.key)]
	e.Start = "2027-03-03"
	must(t)(svc.UpdateEffort(id, e))
	got := rowOf(board(t, svc, id), key)
	if got.Status != StatusChanged || len(got.Changed) != 1 || !strings.HasPrefix(got.Changed[0], "window 2027-03-01..2027-03-12 (10 days) -> 2027-03-03..") {
		t.Fatalf("moved accepted row %+v", got)
	}

	// A conflict that appears after opening, and that no decision names, is new.
	must(t)(svc.AddEffort(id, model.Effort{ID: "copy-test", Lane: "paid", Title: "Copy test", Start: "2027-03-01", DurationDays: ptr(5),
		Touches: []model.Touch{{Surface: "signup-flow", Mode: model.ModeChanges}}}))
	b = board(t, svc, id)
	if got := rowOf(b, "surface:signup-flow:copy-test+signup-experiment"); got == nil || got.Status != StatusNew {
		t.Fatalf("new conflict row %+v", got)
	}
	if b.Rows[0].Status != StatusNew {
		t.Errorf("the board does not list new conflicts first: %+v", b.Rows[0])
	}
}

// With a snapshot (what the last ritual saw), "new" is measured against
// its conflicts instead of those the roadmap had when opened.
func TestBoardNewSinceTheLatestSnapshot(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	addCopyTest := func(id2, start string) {
		must(t)(svc.AddEffort(id, model.Effort{ID: id2, Lane: "paid", Title: id2, Start: model.Date(start), DurationDays: ptr(5),
			Touches: []model.Touch{{Surface: "signup-flow", Mode: model.ModeChanges}}}))
	}
	addCopyTest("copy-a", "2027-03-01")
	must(t)(svc.TakeSnapshot(id, "Weekly sync"))
	addCopyTest("copy-b", "2027-03-02")
	b := board(t, svc, id)
	if !strings.Contains(b.Baseline, "Weekly sync") {
		t.Errorf("baseline %q", b.Baseline)
	}
	if got := rowOf(b, "surface:signup-flow:copy-a+signup-experiment"); got == nil || got.Status != StatusOpen {
		t.Errorf("a conflict the snapshot had is %+v; want open", got)
	}
	if got := rowOf(b, "surface:signup-flow:copy-b+signup-experiment"); got == nil || got.Status != StatusNew {
		t.Errorf("a conflict since the snapshot is %+v; want new", got)
	}
}

func rowOf(b *Board, key string) *BoardRow {
	for i := range b.Rows {
		if b.Rows[i].Key == key {
			return &b.Rows[i]
		}
	}
	return nil
}
