package store

import (
	"fmt"
	"testing"

	"tandem/backend/model"
)

func laneStep(i int) Change { return Put(model.Lane{ID: fmt.Sprintf("l%d", i), Name: "x"}) }

func laneIDs(t *testing.T, s *Store, id string) []string {
	t.Helper()
	var out []string
	for _, l := range mustLoad(t, s, id).Lanes {
		out = append(out, l.ID)
	}
	return out
}

func TestUndoRedo(t *testing.T) {
	type op struct {
		do        string // "apply N", "undo", "redo", "reopen"
		wantLabel string
		wantOK    bool
		lanes     int  // lanes beyond the sample's 3 after the op
		canUndo   bool // History after the op
		canRedo   bool
	}
	tests := []struct {
		name string
		ops  []op
	}{
		{"nothing to undo or redo", []op{
			{do: "undo", lanes: 0}, {do: "redo", lanes: 0},
		}},
		{"undo then redo", []op{
			{do: "apply 1", lanes: 1, canUndo: true},
			{do: "apply 2", lanes: 2, canUndo: true},
			{do: "undo", wantLabel: "step 2", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "undo", wantLabel: "step 1", wantOK: true, lanes: 0, canRedo: true},
			{do: "undo", lanes: 0, canRedo: true},
			{do: "redo", wantLabel: "step 1", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "redo", wantLabel: "step 2", wantOK: true, lanes: 2, canUndo: true},
			{do: "redo", lanes: 2, canUndo: true},
		}},
		{"across Close and Open", []op{
			{do: "apply 1", lanes: 1, canUndo: true},
			{do: "apply 2", lanes: 2, canUndo: true},
			{do: "reopen", lanes: 2, canUndo: true},
			{do: "undo", wantLabel: "step 2", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "reopen", lanes: 1, canUndo: true, canRedo: true},
			{do: "redo", wantLabel: "step 2", wantOK: true, lanes: 2, canUndo: true},
			{do: "undo", wantLabel: "step 2", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "undo", wantLabel: "step 1", wantOK: true, lanes: 0, canRedo: true},
		}},
		{"new edit drops the redo tail", []op{
			{do: "apply 1", lanes: 1, canUndo: true},
			{do: "apply 2", lanes: 2, canUndo: true},
			{do: "apply 3", lanes: 3, canUndo: true},
			{do: "undo", wantLabel: "step 3", wantOK: true, lanes: 2, canUndo: true, canRedo: true},
			{do: "undo", wantLabel: "step 2", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "apply 4", lanes: 2, canUndo: true},
			{do: "redo", lanes: 2, canUndo: true},
			{do: "reopen", lanes: 2, canUndo: true},
			{do: "undo", wantLabel: "step 4", wantOK: true, lanes: 1, canUndo: true, canRedo: true},
			{do: "undo", wantLabel: "step 1", wantOK: true, lanes: 0, canRedo: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := openTemp(t)
			id := mustCreate(t, s, sample())
			for i, o := range tt.ops {
				var label string
				var ok bool
				var err error
				var n int
				switch {
				case o.do == "undo":
					label, ok, err = s.Undo(id)
				case o.do == "redo":
					label, ok, err = s.Redo(id)
				case o.do == "reopen":
					s = reopen(t, s, dir)
				default:
					if _, err := fmt.Sscanf(o.do, "apply %d", &n); err != nil {
						t.Fatal(err)
					}
					mustApply(t, s, id, fmt.Sprintf("step %d", n), laneStep(n))
				}
				if err != nil || label != o.wantLabel || ok != o.wantOK {
					t.Fatalf("op %d %s = %q, %v, %v; want %q, %v", i, o.do, label, ok, err, o.wantLabel, o.wantOK)
				}
				if got := len(laneIDs(t, s, id)) - 3; got != o.lanes {
					t.Fatalf("op %d %s: %d added lanes, want %d", i, o.do, got, o.lanes)
				}
				u, r, err := s.History(id)
				if err != nil || u != o.canUndo || r != o.canRedo {
					t.Fatalf("op %d %s: History = %v %v %v, want %v %v", i, o.do, u, r, err, o.canUndo, o.canRedo)
				}
			}
		})
	}
}

func TestUndoRestoresEveryImage(t *testing.T) {
	s, _ := openTemp(t)
	id := mustCreate(t, s, sample())
	e := sample().Efforts[0]
	e.Title = "changed"
	mustApply(t, s, id, "multi",
		Put(e), Put(e), // the same entity twice: one image, last value wins
		Del(KindLane, "ai"), Put(model.Lane{ID: "ai", Name: "back"}), // delete then re-add: new position
		Put(model.Metric{ID: "m9"}))
	after := mustLoad(t, s, id)
	if after.Lanes[2].Name != "back" || after.Efforts[0].Title != "changed" {
		t.Fatalf("after step: %+v %+v", after.Lanes, after.Efforts[0])
	}
	if _, ok, _ := s.Undo(id); !ok {
		t.Fatal("no undo")
	}
	assertRoadmap(t, mustLoad(t, s, id), sample())
	if _, ok, _ := s.Redo(id); !ok {
		t.Fatal("no redo")
	}
	assertRoadmap(t, mustLoad(t, s, id), after)
}

func TestUndoLimit(t *testing.T) {
	s, dir := openTemp(t)
	s.undoLimit = 5
	id := mustCreate(t, s, sample())
	for i := range 8 {
		mustApply(t, s, id, fmt.Sprintf("step %d", i), laneStep(i))
	}
	if n := countKeys(t, s, join(string(dataPrefix(id)), "u/")); n != 5 {
		t.Fatalf("%d log entries kept, want 5", n)
	}
	s = reopen(t, s, dir)
	s.undoLimit = 5
	var labels []string
	for {
		label, ok, err := s.Undo(id)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		labels = append(labels, label)
	}
	if fmt.Sprint(labels) != "[step 7 step 6 step 5 step 4 step 3]" {
		t.Fatalf("undone %v", labels)
	}
	// steps 0-2 can no longer be undone: their lanes stay.
	if got := fmt.Sprint(laneIDs(t, s, id)); got != "[paid content ai l0 l1 l2]" {
		t.Fatalf("lanes %s", got)
	}
	// A new step after undoing everything drops the five redo steps.
	mustApply(t, s, id, "fresh", laneStep(9))
	if n := countKeys(t, s, join(string(dataPrefix(id)), "u/")); n != 1 {
		t.Fatalf("%d log entries after new step, want 1", n)
	}
}
