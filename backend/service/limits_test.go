package service_test

import (
	"errors"
	"strings"
	"testing"

	"tandem/backend/badinput"
	"tandem/backend/model"
	"tandem/backend/service"
)

// TestEditsKeepTheLimits: an edit past a limit of the table (model.Limits)
// or one whose schedule would run past 9999 is refused as bad input naming
// the field, and the store is unchanged: a 20 MB note answered 500 before,
// a 5 MB lane name was taken.
func TestEditsKeepTheLimits(t *testing.T) {
	svc, snap := withSample(t)
	id := snap.Info.ID
	effort := func(i int) model.Effort { return snap.Roadmap.Efforts[i] }
	before, err := badinput.Fingerprint(svc)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func() (*service.Snapshot, error)
		want string
	}{
		{"notes of 100,001 characters", func() (*service.Snapshot, error) {
			e := effort(2)
			e.Notes = strings.Repeat("n", model.MaxNotesLength+1)
			return svc.UpdateEffort(id, e)
		}, `efforts[2] (id "` + effort(2).ID + `").notes: longer than 100,000 characters`},
		{"notes of 20 MB", func() (*service.Snapshot, error) {
			e := effort(0)
			e.Notes = strings.Repeat("n", 20<<20)
			return svc.UpdateEffort(id, e)
		}, `.notes: longer than 100,000 characters`},
		{"a lane name of 5 MB", func() (*service.Snapshot, error) {
			return svc.AddLane(id, model.Lane{ID: "big", Name: strings.Repeat("l", 5<<20)})
		}, `.name: longer than 200 characters`},
		{"an effort title of 1,001 characters", func() (*service.Snapshot, error) {
			e := effort(1)
			e.Title = strings.Repeat("é", model.MaxTitleLength+1)
			return svc.UpdateEffort(id, e)
		}, `.title: longer than 1,000 characters`},
		{"a decision's rationale", func() (*service.Snapshot, error) {
			return svc.AddDecision(id, model.Decision{Kind: model.DecisionOther, Title: "T", Rationale: strings.Repeat("r", model.MaxNotesLength+1)})
		}, `.rationale: longer than 100,000 characters`},
		{"a snapshot name", func() (*service.Snapshot, error) {
			return svc.TakeSnapshot(id, strings.Repeat("s", model.MaxNameLength+1))
		}, `.name: longer than 200 characters`},
		{"a start in the year 999", func() (*service.Snapshot, error) {
			e := effort(0)
			e.Start, e.End = "0999-12-31", ""
			return svc.UpdateEffort(id, e)
		}, `.start: 0999-12-31 is outside the years 1000 to 9999`},
		{"a schedule past 9999", func() (*service.Snapshot, error) {
			e := effort(0)
			d := model.MaxDays
			e.Start, e.End, e.DurationDays = "9990-01-01", "", &d
			return svc.UpdateEffort(id, e)
		}, `efforts[0] (id "` + effort(0).ID + `"): scheduled to end on 10130-04-14, after 9999-12-31`},
		{"a roadmap name", func() (*service.Snapshot, error) {
			return svc.RenameRoadmap(id, strings.Repeat("x", model.MaxNameLength+1))
		}, "roadmap name is 201 characters; the limit is 200"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.edit()
			var e *service.Error
			if !errors.As(service.AsError(err), &e) || e.Code != service.CodeInvalid || !strings.Contains(e.Message, tc.want) || got != nil {
				t.Fatalf("got %.300v; want an invalid error naming %q", err, tc.want)
			}
			if after, err := badinput.Fingerprint(svc); err != nil || after != before {
				t.Fatalf("the store changed (%v)", err)
			}
		})
	}
}

// TestRefusedEditsAfterAnEdit: once an edit was taken, the next edits
// start their durable write as soon as the analysis can no longer fail
// (analysis.Options.Checked) and the validation passed; one whose
// schedule runs past 9999, whether its analysis starts from the one before
// (a move) or from scratch (a move to another lane), or one the validation
// refuses, is still refused with the store unchanged, and a good edit
// after them is taken and stored.
func TestRefusedEditsAfterAnEdit(t *testing.T) {
	svc, snap := withSample(t)
	id := snap.Info.ID
	e := snap.Roadmap.Efforts[0]
	e.Title += " (moved)"
	snap, err := svc.UpdateEffort(id, e)
	if err != nil { // the roadmap now has an index and an analysis to start from
		t.Fatal(err)
	}
	before, err := badinput.Fingerprint(svc)
	if err != nil {
		t.Fatal(err)
	}
	late := func(lane string) model.Effort {
		e := snap.Roadmap.Efforts[0]
		d := model.MaxDays
		e.Start, e.End, e.DurationDays = "9990-01-01", "", &d
		if lane != "" {
			e.Lane = lane
		}
		return e
	}
	long := snap.Roadmap.Efforts[0]
	long.Notes = strings.Repeat("n", model.MaxNotesLength+1)
	for _, tc := range []struct {
		e    model.Effort
		want string
	}{
		{late(""), "after 9999-12-31"},
		{late(snap.Roadmap.Lanes[len(snap.Roadmap.Lanes)-1].ID), "after 9999-12-31"},
		{long, "longer than 100,000 characters"}, // the validation refuses what the analysis takes
	} {
		if got, err := svc.UpdateEffort(id, tc.e); err == nil || got != nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("got %v, %v; want an error naming %q", got, err, tc.want)
		}
		if after, err := badinput.Fingerprint(svc); err != nil || after != before {
			t.Fatalf("%q: the store changed (%v)", tc.want, err)
		}
	}
	e.Title += " again"
	if _, err := svc.UpdateEffort(id, e); err != nil {
		t.Fatal(err)
	}
	if after, err := badinput.Fingerprint(svc); err != nil || after == before {
		t.Fatalf("the good edit is not stored (%v)", err)
	}
}
