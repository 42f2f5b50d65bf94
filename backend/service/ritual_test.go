package service

import (
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
)

// fullFile returns roadmap id as the store holds it, snapshots included.
func fullFile(t *testing.T, svc *Service, id string) string {
	t.Helper()
	out, err := svc.ExportRoadmap(id, "tandem")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTakeSnapshotIsOneUndoableStep(t *testing.T) {
	dir := t.TempDir()
	svc := openTestService(t, dir)
	start := must(t)(svc.StartupRoadmap())
	id := start.Info.ID
	before := fullFile(t, svc, id)
	snap := must(t)(svc.TakeSnapshot(id, "  Before the sync "))
	if len(snap.Snapshots) != 1 {
		t.Fatalf("%d snapshots", len(snap.Snapshots))
	}
	info := snap.Snapshots[0]
	if info.ID != "before-the-sync" || info.Name != "Before the sync" || info.Date != start.Roadmap.AsOf || len(info.Hash) != 64 {
		t.Errorf("snapshot info = %+v", info)
	}
	var keys []string
	for i := range snap.Analysis.Conflicts {
		keys = append(keys, snap.Analysis.Conflicts[i].Key())
	}
	if !slices.Equal(info.Conflicts, keys) {
		t.Errorf("snapshot conflicts %v, want the roadmap's %v", info.Conflicts, keys)
	}
	if snap.Roadmap.Snapshots != nil {
		t.Error("the UI's roadmap carries the frozen roadmaps")
	}
	if !snap.CanUndo {
		t.Error("cannot undo a snapshot")
	}
	taken := fullFile(t, svc, id)
	if !strings.Contains(taken, `"hash": "`+info.Hash+`"`) {
		t.Error("the file lacks the snapshot")
	}
	// A second snapshot of the same name gets its own id, the same hash.
	second := must(t)(svc.TakeSnapshot(id, "Before the sync"))
	if s := second.Snapshots[1]; s.ID != "before-the-sync-2" || s.Hash != info.Hash {
		t.Errorf("second snapshot = %+v", s)
	}
	must(t)(svc.Undo(id))
	if undone := must(t)(svc.Undo(id)); len(undone.Snapshots) != 0 || fullFile(t, svc, id) != before {
		t.Fatal("undo did not remove the snapshot")
	}
	must(t)(svc.Redo(id))
	if fullFile(t, svc, id) != taken {
		t.Fatal("redo did not bring the snapshot back")
	}
	// The snapshot survives a restart.
	svc.store.Close()
	svc = openTestService(t, dir)
	if got := must(t)(svc.OpenRoadmap(id)); len(got.Snapshots) != 1 || got.Snapshots[0].Hash != info.Hash {
		t.Fatalf("after a restart: %+v", got.Snapshots)
	}
	if fullFile(t, svc, id) != taken {
		t.Fatal("the reopened roadmap differs")
	}
	// Delete is one step too; an unknown snapshot changes nothing.
	_, err := svc.DeleteSnapshot(id, "nope")
	wantCode(t, err, CodeNotFound)
	if got := must(t)(svc.DeleteSnapshot(id, info.ID)); len(got.Snapshots) != 0 {
		t.Fatal("delete left the snapshot")
	}
	must(t)(svc.Undo(id))
	if fullFile(t, svc, id) != taken {
		t.Fatal("undo of delete did not restore the snapshot")
	}
}

// TestAgendaListsExactlyTheEdits: snapshot, edit, and the agenda lists that
// edit; the snapshot round trips through a file and an import.
func TestAgendaListsExactlyTheEdits(t *testing.T) {
	svc, _ := newTestService(t)
	start := must(t)(svc.StartupRoadmap())
	id := start.Info.ID
	rep, err := svc.Agenda(id, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Agenda.Since != nil || !strings.Contains(rep.Markdown, "no snapshot yet: everything is new") {
		t.Fatalf("agenda without a snapshot: since %+v", rep.Agenda.Since)
	}
	must(t)(svc.TakeSnapshot(id, "Monday"))
	e := start.Roadmap.Efforts[find(start.Roadmap.Efforts, "case-studies", efforts.key)]
	e.Start = "2027-02-22"
	must(t)(svc.UpdateEffort(id, e))
	must(t)(svc.SetEffortStatus(id, "ai-ad-copy", model.StatusKilled, ""))
	rep, err = svc.Agenda(id, "growth-sync", "", "")
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Agenda.Changes
	var moved []string
	for _, m := range c.Moved {
		moved = append(moved, m.Effort.ID)
	}
	if !slices.Equal(moved, []string{"case-studies"}) || len(c.Kills) != 1 || c.Kills[0].ID != "ai-ad-copy" ||
		len(c.Added)+len(c.Removed)+len(c.Decisions)+len(c.NewConflicts) != 0 {
		t.Errorf("changes = moved %v, kills %+v, %+v", moved, c.Kills, c)
	}
	if rep.Agenda.Since == nil || rep.Agenda.Since.Name != "Monday" || rep.Agenda.Ritual != "growth-sync" {
		t.Errorf("since %+v, ritual %q", rep.Agenda.Since, rep.Agenda.Ritual)
	}
	if !strings.Contains(rep.Markdown, "### Moved") || !strings.Contains(rep.Markdown, "Customer case-study series") {
		t.Errorf("markdown:\n%s", rep.Markdown)
	}

	// The same agenda from the file, through the command line's path.
	file := fullFile(t, svc, id)
	md, err := AgendaFile([]byte(file), "x.tandem", "growth-sync", "Monday", "", svc.now())
	if err != nil {
		t.Fatal(err)
	}
	if string(md) != rep.Markdown {
		t.Errorf("the file's agenda differs from the service's:\n%s", md)
	}
	imported := must(t)(svc.ImportRoadmap("copy", "x.tandem", file))
	if len(imported.Snapshots) != 1 || fullFile(t, svc, imported.Info.ID) != strings.Replace(file, start.Roadmap.Name, "copy", 1) {
		t.Error("an import lost or changed the snapshot")
	}
}

func TestAgendaRefusesBadArguments(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	must(t)(svc.TakeSnapshot(id, "s"))
	tests := []struct {
		ritual, since, asOf, code string
	}{
		{"nope", "", "", CodeNotFound},
		{"", "nope", "", CodeNotFound},
		{"", "", "2027-02-30", CodeInvalid},
		{"", "", "soon", CodeInvalid},
	}
	for _, tt := range tests {
		_, err := svc.Agenda(id, tt.ritual, tt.since, tt.asOf)
		wantCode(t, err, tt.code)
	}
	_, err := svc.Agenda("missing", "", "", "")
	wantCode(t, err, CodeNotFound)
	if rep, err := svc.Agenda(id, "", "s", "2027-03-01"); err != nil || rep.Agenda.AsOf != "2027-03-01" {
		t.Fatalf("as of a given day: %v", err)
	}
}

func TestRitualEdits(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	before := fullFile(t, svc, id)
	refused := []struct {
		name string
		r    model.Ritual
		code string
	}{
		{"unknown lane", model.Ritual{Name: "X", Cadence: "weekly", Lanes: []string{"paid", "sales"}}, CodeInvalid},
		{"no cadence", model.Ritual{Name: "X"}, CodeInvalid},
		{"taken id", model.Ritual{ID: "growth-sync", Name: "X", Cadence: "weekly"}, CodeInvalid},
	}
	for _, tt := range refused {
		_, err := svc.AddRitual(id, tt.r)
		wantCode(t, err, tt.code)
	}
	if fullFile(t, svc, id) != before {
		t.Fatal("a refused ritual changed the roadmap")
	}
	snap := must(t)(svc.AddRitual(id, model.Ritual{Name: "Content review", Cadence: "biweekly", Weekday: "thursday",
		Lanes: []string{"content", "ai-tools"}}))
	r := snap.Roadmap.Rituals[len(snap.Roadmap.Rituals)-1]
	if r.ID != "content-review" || !slices.Equal(r.Lanes, []string{"content", "ai-tools"}) {
		t.Fatalf("added %+v", r)
	}
	r.Lanes = []string{"content"}
	snap = must(t)(svc.UpdateRitual(id, r))
	if got := snap.Roadmap.Rituals[len(snap.Roadmap.Rituals)-1].Lanes; !slices.Equal(got, []string{"content"}) {
		t.Fatalf("updated lanes %v", got)
	}
	_, err := svc.UpdateRitual(id, model.Ritual{ID: "nope", Name: "N", Cadence: "weekly"})
	wantCode(t, err, CodeNotFound)
	// Deleting a lane takes it out of the rituals that cover it.
	snap = must(t)(svc.DeleteLane(id, "content", "paid"))
	if got := snap.Roadmap.Rituals[len(snap.Roadmap.Rituals)-1].Lanes; len(got) != 0 {
		t.Fatalf("lanes after deleting content: %v", got)
	}
	must(t)(svc.Undo(id))
	snap = must(t)(svc.DeleteRitual(id, "content-review"))
	if find(snap.Roadmap.Rituals, "content-review", rituals.key) >= 0 {
		t.Fatal("ritual not deleted")
	}
	for range 3 {
		must(t)(svc.Undo(id))
	}
	if fullFile(t, svc, id) != before {
		t.Fatal("undoing the ritual edits did not restore the roadmap")
	}
}
