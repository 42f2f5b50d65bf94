package service

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"tandem/backend/model"
	"tandem/backend/store"
)

// TestDiskFull fills the disk (a simulated one, store.SimulatedDiskEnv)
// under an open roadmap: an edit is refused with CodeDiskFull and the
// message people see, nothing changes, the roadmap still opens and reads,
// and edits work again once the disk has room.
func TestDiskFull(t *testing.T) {
	svc, dir := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	before := must(t)(svc.OpenRoadmap(id))

	t.Setenv(store.SimulatedDiskEnv, "0")
	effort := model.Effort{ID: "new-one", Lane: "paid", Title: "New one", DurationDays: ptr(3)}
	_, err := svc.AddEffort(id, effort)
	e := AsError(err)
	if e == nil || e.Code != CodeDiskFull {
		t.Fatalf("AddEffort on a full disk: %v, want code %s", err, CodeDiskFull)
	}
	want := regexp.MustCompile(`^the disk is full: the last change was not saved; Tandem is read-only until the disk holding ` +
		regexp.QuoteMeta(dir) + ` has \d+\.\d MB free \(it has 0\.0 MB\)$`)
	if !want.MatchString(e.Message) {
		t.Errorf("message %q", e.Message)
	}
	for name, call := range map[string]func() (*Snapshot, error){
		"Undo":          func() (*Snapshot, error) { return svc.Undo(id) },
		"RenameRoadmap": func() (*Snapshot, error) { return svc.RenameRoadmap(id, "Other") },
		"CreateRoadmap": func() (*Snapshot, error) { return svc.CreateRoadmap("Other") },
	} {
		if _, err := call(); AsError(err).Code != CodeDiskFull {
			t.Errorf("%s on a full disk: %v", name, err)
		}
	}
	after := must(t)(svc.OpenRoadmap(id)) // reads work: remembering the last roadmap is skipped
	if !reflect.DeepEqual(after.Roadmap, before.Roadmap) || after.CanUndo != before.CanUndo {
		t.Error("a refused edit changed the roadmap")
	}
	if list, err := svc.ListRoadmaps(); err != nil || len(list) != 1 {
		t.Errorf("ListRoadmaps = %v, %v", list, err)
	}

	t.Setenv(store.SimulatedDiskEnv, "")
	snap := must(t)(svc.AddEffort(id, effort))
	if !strings.Contains(snap.Info.Name, "sample") || len(snap.Roadmap.Efforts) != len(before.Roadmap.Efforts)+1 {
		t.Errorf("with room again: %d efforts, want %d", len(snap.Roadmap.Efforts), len(before.Roadmap.Efforts)+1)
	}
}
