package formats

import (
	"testing"

	"tandem/backend/model"
)

// TestPackScheduleLeavesRoomForSlipGhosts: a slipped effort's row is kept
// free from its planned start, where the app draws its ghost, so no other
// bar of the lane shares that row there; an effort that did not slip keeps
// its row only for its scheduled days.
func TestPackScheduleLeavesRoomForSlipGhosts(t *testing.T) {
	dur := func(n int) *int { return &n }
	r := &model.Roadmap{
		Format: "tandem/roadmap", Version: 1, Name: "Ghosts", Start: "2027-01-04",
		Lanes: []model.Lane{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Efforts: []model.Effort{
			{ID: "blocker", Title: "Blocker", Lane: "b", Start: "2027-01-04", DurationDays: dur(20)},
			// planned 2027-01-04, pushed by the blocker to 2027-02-01: its ghost covers January.
			{ID: "slipped", Title: "Slipped", Lane: "a", Start: "2027-01-04", DurationDays: dur(5)},
			// in the same lane, in January only: it must not share the slipped effort's row.
			{ID: "early", Title: "Early", Lane: "a", Start: "2027-01-11", DurationDays: dur(3)},
			// in lane b after the blocker: shares its row.
			{ID: "later", Title: "Later", Lane: "b", Start: "2027-03-01", DurationDays: dur(3)},
		},
		Dependencies: []model.Dependency{{From: "blocker", To: "slipped", Type: "FS"}},
	}
	in := textExportInputOf(t, r, ExportOptions{})
	slip := map[string]int{}
	for _, s := range in.Analysis.Schedule {
		slip[s.ID] = s.SlipDays
	}
	if slip["slipped"] <= 0 || slip["early"] != 0 {
		t.Fatalf("the roadmap does not slip as meant: %v", slip)
	}
	if flat := PackSchedule(r, in.Analysis, false); flat.Lanes[0].Rows != 1 {
		t.Errorf("without ghosts lane a has %d rows; want 1 (slipped and early do not overlap as scheduled)", flat.Lanes[0].Rows)
	}
	lay := PackSchedule(r, in.Analysis, true)
	if lay.Rows["slipped"] == lay.Rows["early"] {
		t.Errorf("slipped and early share row %d: the ghost would run into early", lay.Rows["early"])
	}
	if lay.Lanes[0].Rows != 2 || lay.Lanes[1].Rows != 1 {
		t.Errorf("lanes %+v; want a with 2 rows (ghost and early), b with 1", lay.Lanes)
	}
	if lay.Rows["later"] != lay.Rows["blocker"] {
		t.Errorf("later and blocker do not overlap but got rows %d and %d", lay.Rows["later"], lay.Rows["blocker"])
	}
}
