package service

import (
	"testing"

	"tandem/backend/model"
)

func TestUndoRedoAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	svc := openTestService(t, dir)
	start := must(t)(svc.StartupRoadmap())
	id := start.Info.ID
	if start.CanUndo || start.CanRedo {
		t.Fatalf("a fresh roadmap has history: %+v", start)
	}
	v0 := fileOf(t, start)
	v1 := fileOf(t, must(t)(svc.AddLane(id, model.Lane{Name: "Sales"})))
	v2 := fileOf(t, must(t)(svc.AddEffort(id, model.Effort{Lane: "sales", Title: "Deal desk", DurationDays: ptr(10)})))

	// Reopen the store with a new service: the history is still there.
	svc.store.Close()
	svc = openTestService(t, dir)
	steps := []struct {
		name string
		do   func(string) (*Snapshot, error)
		want string
		undo bool
		redo bool
	}{
		{"undo add effort", svc.Undo, v1, true, true},
		{"undo add lane", svc.Undo, v0, false, true},
		{"undo with nothing left", svc.Undo, v0, false, true},
		{"redo add lane", svc.Redo, v1, true, true},
		{"redo add effort", svc.Redo, v2, true, false},
		{"redo with nothing left", svc.Redo, v2, true, false},
	}
	for _, st := range steps {
		snap := must(t)(st.do(id))
		if got := fileOf(t, snap); got != st.want {
			t.Fatalf("%s: roadmap is not the expected version", st.name)
		}
		if snap.CanUndo != st.undo || snap.CanRedo != st.redo {
			t.Fatalf("%s: canUndo %v canRedo %v; want %v %v", st.name, snap.CanUndo, snap.CanRedo, st.undo, st.redo)
		}
	}
	// A new edit after an undo drops the redo tail.
	must(t)(svc.Undo(id))
	snap := must(t)(svc.AddMetric(id, model.Metric{Name: "Pipeline"}))
	if snap.CanRedo {
		t.Fatal("redo still possible after a new edit")
	}
}
