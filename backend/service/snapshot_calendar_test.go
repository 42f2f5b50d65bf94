package service

import (
	"reflect"
	"testing"

	"tandem/backend/model"
)

// TestSnapshotCalendar: the snapshot carries the working calendar as
// model.WorkCalendar reads it (workdays Monday first, only the holidays on
// working weekdays, sorted), null without a calendar, and keeps it through
// an edit's delta (which never changes it).
func TestSnapshotCalendar(t *testing.T) {
	svc, _ := newTestService(t)
	file := `{"format": "tandem/roadmap", "version": 1, "name": "Cal", "start": "2026-12-21",
 "calendar": {"workdays": ["thu", "sun", "mon", "tue", "wed"], "holidays": ["2027-01-01", "2026-12-26", "2026-12-24"]},
 "lanes": [{"id": "l", "name": "L"}],
 "efforts": [{"id": "a", "lane": "l", "title": "A", "start": "2026-12-21", "durationDays": 5}]}`
	snap := must(t)(svc.ImportRoadmap("cal", "", file))
	want := &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "sun"}, Holidays: []model.Date{"2026-12-24"}}
	if !reflect.DeepEqual(snap.Calendar, want) {
		t.Fatalf("Calendar = %+v, want %+v", snap.Calendar, want)
	}
	e := snap.Roadmap.Efforts[0]
	e.Title = "A2"
	edited := must(t)(svc.UpdateEffort(snap.Info.ID, e))
	if edited.Delta == nil {
		t.Fatal("an effort edit sent no delta")
	}
	if !reflect.DeepEqual(edited.Calendar, want) {
		t.Errorf("after an edit Calendar = %+v, want %+v", edited.Calendar, want)
	}

	plain := must(t)(svc.ImportRoadmap("plain", "", `{"format": "tandem/roadmap", "version": 1, "name": "Plain"}`))
	if plain.Calendar != nil {
		t.Errorf("without a calendar Calendar = %+v, want nil", plain.Calendar)
	}
}
