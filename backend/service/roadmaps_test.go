package service

import (
	"testing"

	"tandem/backend/sample"
)

func TestStartupOpensSampleOnceThenLastOpened(t *testing.T) {
	svc, _ := newTestService(t)
	first := must(t)(svc.StartupRoadmap())
	if first.Info.Name != sample.Name || first.Info.Lanes != 4 {
		t.Fatalf("first start opened %+v; want the 4-lane sample %q", first.Info, sample.Name)
	}
	other := must(t)(svc.CreateRoadmap("Q3 plan"))
	again := must(t)(svc.StartupRoadmap())
	if again.Info.ID != other.Info.ID {
		t.Fatalf("startup opened %q; want the last opened %q", again.Info.ID, other.Info.ID)
	}
	list, err := svc.ListRoadmaps()
	if err != nil || len(list) != 2 {
		t.Fatalf("list = %v, %v; want the sample and Q3 plan only (no second sample)", list, err)
	}
}

func TestRoadmapLifecycle(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.CreateRoadmap("  Growth H1  "))
	if snap.Info.Name != "Growth H1" || snap.Roadmap.Name != "Growth H1" {
		t.Fatalf("name not trimmed: %+v", snap.Info)
	}
	renamed := must(t)(svc.RenameRoadmap(snap.Info.ID, "Growth 2027"))
	if renamed.Info.Name != "Growth 2027" || renamed.Roadmap.Name != "Growth 2027" {
		t.Fatalf("rename gave %+v / %q", renamed.Info, renamed.Roadmap.Name)
	}
	if err := svc.DeleteRoadmap(snap.Info.ID); err != nil {
		t.Fatal(err)
	}
	_, err := svc.OpenRoadmap(snap.Info.ID)
	wantCode(t, err, CodeNotFound)
}

func TestRoadmapNamesAreChecked(t *testing.T) {
	svc, _ := newTestService(t)
	for _, name := range []string{"", "   ", string(make([]byte, 201))} {
		_, err := svc.CreateRoadmap(name)
		wantCode(t, err, CodeInvalid)
	}
	if list, _ := svc.ListRoadmaps(); len(list) != 0 {
		t.Fatalf("a refused create left %v", list)
	}
}

func TestStartupAfterLastOpenedWasDeleted(t *testing.T) {
	svc, _ := newTestService(t)
	first := must(t)(svc.StartupRoadmap())
	other := must(t)(svc.CreateRoadmap("Q3 plan"))
	if err := svc.DeleteRoadmap(other.Info.ID); err != nil {
		t.Fatal(err)
	}
	if again := must(t)(svc.StartupRoadmap()); again.Info.ID != first.Info.ID {
		t.Fatalf("startup opened %q; want the remaining %q", again.Info.ID, first.Info.ID)
	}
}
