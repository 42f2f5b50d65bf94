package service

import (
	"testing"

	"tandem/backend/sample"
)

func TestSnapshotViewShowsTheRoadmapAsItWas(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("", "", string(sample.Bytes())))
	id := snap.Info.ID
	snap = must(t)(svc.TakeSnapshot(id, "Board review"))
	snapID := snap.Snapshots[0].ID
	first := snap.Roadmap.Efforts[0]
	renamed := first
	renamed.Title = "Renamed since"
	must(t)(svc.UpdateEffort(id, renamed))

	view, err := svc.SnapshotView(id, snapID)
	if err != nil {
		t.Fatal(err)
	}
	if view.Name != "Board review" || view.Date != snap.Roadmap.AsOf {
		t.Errorf("view %q of %s; want Board review of %s", view.Name, view.Date, snap.Roadmap.AsOf)
	}
	if got := view.Roadmap.Efforts[0].Title; got != first.Title {
		t.Errorf("the snapshot shows %q; want the title it had, %q", got, first.Title)
	}
	if view.Analysis == nil || len(view.Analysis.Schedule) == 0 || view.Layout == nil {
		t.Fatal("the snapshot comes without its analysis or layout")
	}
	if len(view.Roadmap.Snapshots) != 0 {
		t.Error("a frozen roadmap carries snapshots")
	}
	_, err = svc.SnapshotView(id, "nope")
	wantCode(t, err, CodeNotFound)
	_, err = svc.SnapshotView("nope", snapID)
	wantCode(t, err, CodeNotFound)
}
