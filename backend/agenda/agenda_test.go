package agenda

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/internal/golden"
	"tandem/backend/model"
	"tandem/backend/sample"
)

func loadSample(t testing.TB) *model.Roadmap {
	t.Helper()
	r, err := model.Load(sample.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func analyze(t testing.TB, r *model.Roadmap) *analysis.Result {
	t.Helper()
	res, err := analysis.Analyze(r, analysis.Options{Today: time.Date(2027, 2, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// build freezes the sample, applies edit to the live copy and prepares the
// agenda of ritual (nil: whole roadmap) since the snapshot.
func build(t testing.TB, edit func(r *model.Roadmap), ritual *model.Ritual) *Agenda {
	t.Helper()
	r := loadSample(t)
	snap, err := r.Freeze("before", "Before the sync", r.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	edit(r)
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return Build(Input{Roadmap: r, Result: analyze(t, r), Since: &snap, SinceResult: analyze(t, snap.Roadmap),
		Ritual: ritual, AsOf: r.AsOf})
}

func effortByID(r *model.Roadmap, id string) *model.Effort {
	for i := range r.Efforts {
		if r.Efforts[i].ID == id {
			return &r.Efforts[i]
		}
	}
	panic("no effort " + id)
}

func ids(refs []EffortRef) []string {
	out := []string{}
	for _, e := range refs {
		out = append(out, e.ID)
	}
	return out
}

func keys(items []ConflictItem) []string {
	out := []string{}
	for _, c := range items {
		out = append(out, c.Key)
	}
	return out
}

// TestChangesAreExactlyTheEdits: each edit after the snapshot shows as
// exactly the changes it makes, and nothing else.
func TestChangesAreExactlyTheEdits(t *testing.T) {
	noEdit := func(*model.Roadmap) {}
	t.Run("no edit, no change", func(t *testing.T) {
		c := build(t, noEdit, nil).Changes
		if n := len(c.Added) + len(c.Removed) + len(c.Moved) + len(c.Slips) + len(c.Kills) + len(c.NewConflicts) +
			len(c.ChangedConflicts) + len(c.ResolvedConflicts) + len(c.Decisions); n != 0 {
			t.Fatalf("%d changes without an edit: %+v", n, c)
		}
	})
	t.Run("move an effort a week", func(t *testing.T) {
		c := build(t, func(r *model.Roadmap) {
			effortByID(r, "case-studies").Start = "2027-02-22" // scheduled 2027-02-15..2027-03-26
		}, nil).Changes
		if len(c.Moved) != 1 || c.Moved[0].Effort.ID != "case-studies" || c.Moved[0].StartDays != 7 || c.Moved[0].EndDays != 7 {
			t.Fatalf("moved = %+v", c.Moved)
		}
		if len(c.Kills)+len(c.Added)+len(c.Decisions)+len(c.NewConflicts)+len(c.ResolvedConflicts) != 0 {
			t.Fatalf("other changes: %+v", c)
		}
	})
	t.Run("kill, decide, add", func(t *testing.T) {
		c := build(t, func(r *model.Roadmap) {
			effortByID(r, "pricing-ads").Status = model.StatusKilled
			r.Decisions = append(r.Decisions, model.Decision{ID: "kill-ads", Date: "2027-02-15", Kind: model.DecisionKill,
				Efforts: []string{"pricing-ads"}, Title: "No spring campaign", By: "Ana"})
			r.Efforts = append(r.Efforts, model.Effort{ID: "new-one", Lane: "content", Title: "New one", Start: "2027-05-03", End: "2027-05-07"})
		}, nil).Changes
		if got := ids(c.Kills); !slices.Equal(got, []string{"pricing-ads"}) {
			t.Errorf("kills = %v", got)
		}
		if len(c.Decisions) != 1 || c.Decisions[0].ID != "kill-ads" {
			t.Errorf("decisions = %+v", c.Decisions)
		}
		if got := ids(c.Added); !slices.Equal(got, []string{"new-one"}) {
			t.Errorf("added = %v", got)
		}
		want := []string{"declared::lead-gate+pricing-ads", "surface:pricing-page:pricing-ads+pricing-redesign"}
		if got := keys(c.ResolvedConflicts); !slices.Equal(got, want) {
			t.Errorf("resolved = %v, want %v", got, want)
		}
	})
	t.Run("changed windows", func(t *testing.T) {
		c := build(t, func(r *model.Roadmap) {
			effortByID(r, "pricing-ads").End = "2027-03-05" // the disruption with pricing-redesign shrinks to a week
		}, nil).Changes
		var got []string
		for _, x := range c.ChangedConflicts {
			got = append(got, x.Key+" "+span(x.WasFrom, x.WasTo)+" -> "+span(x.From, x.To))
		}
		want := []string{
			"declared::lead-gate+pricing-ads 2027-03-22..2027-03-26 -> ", // no longer overlap in time
			"surface:pricing-page:pricing-ads+pricing-redesign 2027-03-01..2027-03-12 -> 2027-03-01..2027-03-05",
		}
		if !slices.Equal(got, want) {
			t.Errorf("changed = %q, want %q", got, want)
		}
		if len(c.NewConflicts)+len(c.ResolvedConflicts) != 0 || len(c.Moved) != 1 {
			t.Errorf("new %v, resolved %v, moved %d", keys(c.NewConflicts), keys(c.ResolvedConflicts), len(c.Moved))
		}
	})
	t.Run("a ritual's lanes limit the changes", func(t *testing.T) {
		ritual := &model.Ritual{ID: "content-sync", Name: "Content sync", Cadence: model.CadenceWeekly, Weekday: "tuesday", Lanes: []string{"content"}}
		a := build(t, func(r *model.Roadmap) {
			effortByID(r, "ai-ad-copy").Status = model.StatusKilled // ai-tools: out of scope
			effortByID(r, "case-studies").Owner = "Kim"             // content: no schedule change
		}, ritual)
		if len(a.Changes.Kills) != 0 {
			t.Errorf("kills outside the ritual's lanes: %v", ids(a.Changes.Kills))
		}
		if a.Meeting != "2027-02-16" {
			t.Errorf("meeting = %s, want Tuesday 2027-02-16", a.Meeting)
		}
		for _, c := range a.Open {
			if c.Efforts[0].Lane != "content" && c.Efforts[1].Lane != "content" {
				t.Errorf("open conflict outside the lanes: %s", c.Key)
			}
		}
	})
}

func TestNoSnapshotEverythingIsNew(t *testing.T) {
	r := loadSample(t)
	a := Build(Input{Roadmap: r, Result: analyze(t, r), AsOf: r.AsOf})
	live := 0
	for i := range r.Efforts {
		if r.Efforts[i].EffectiveStatus() != model.StatusKilled {
			live++
		}
	}
	if a.Since != nil || len(a.Changes.Added) != live || len(a.Changes.Moved) != 0 {
		t.Fatalf("since %v, %d added (want %d), %d moved", a.Since, len(a.Changes.Added), live, len(a.Changes.Moved))
	}
	if !strings.Contains(Markdown(a), "no snapshot yet: everything is new") {
		t.Error("the Markdown does not say there is no snapshot")
	}
}

func TestSections(t *testing.T) {
	a := build(t, func(*model.Roadmap) {}, nil)
	if got := ids(func() []EffortRef {
		var out []EffortRef
		for _, b := range a.Blocked {
			out = append(out, b.Effort)
		}
		return out
	}()); !slices.Equal(got, []string{"pricing-redesign"}) {
		t.Errorf("blocked = %v", got)
	}
	if b := a.Blocked[0]; b.Since != "2027-02-09" || b.Days != 6 || b.WaitsOn == nil || b.WaitsOn.ID != "billing-v2" || !b.CrossLane {
		t.Errorf("blocked item = %+v", b)
	}
	if a.Integration == nil || a.Integration.Efforts[0].ID != "ai-chat" {
		t.Errorf("integration = %+v", a.Integration)
	}
	for _, h := range a.Handoffs {
		if h.Date < "2027-02-15" || h.Date >= "2027-03-01" || h.From.Lane == h.To.Lane {
			t.Errorf("handoff out of the window or within a lane: %+v", h)
		}
	}
	if len(a.Open) != 5 || !a.Open[0].CrossLane {
		t.Errorf("open = %v", keys(a.Open))
	}
	if len(a.Debt.Weeks) != DebtWeeks || a.Debt.Weeks[DebtWeeks-1].Week != "2027-02-15" {
		t.Fatalf("debt weeks = %+v", a.Debt.Weeks)
	}
	total := 0
	for _, w := range a.Debt.Weeks {
		total += w.BlockedDays
	}
	// From 2027-01-11: q1-search-push 01-11..01-14 (3), seo-hub 01-25..02-01 (7), pricing-redesign 02-09..02-15 (6).
	if total != 16 {
		t.Errorf("blocked days over the trend = %d, want 16: %+v", total, a.Debt.Weeks)
	}
}

func TestNextMeeting(t *testing.T) {
	tests := []struct {
		cadence, weekday string
		asOf, want       model.Date
	}{
		{"weekly", "monday", "2027-02-15", "2027-02-15"},
		{"weekly", "friday", "2027-02-15", "2027-02-19"},
		{"biweekly", "sunday", "2027-02-15", "2027-02-21"},
		{"monthly", "monday", "2027-02-15", "2027-03-01"},
		{"monthly", "monday", "2027-02-01", "2027-02-01"},
		{"daily", "", "2027-02-15", "2027-02-15"},
		{"weekly", "", "2027-02-15", "2027-02-15"},
	}
	for _, tt := range tests {
		r := &model.Ritual{Cadence: tt.cadence, Weekday: tt.weekday}
		if got := nextMeeting(r, tt.asOf); got != tt.want {
			t.Errorf("%s %s from %s = %s, want %s", tt.cadence, tt.weekday, tt.asOf, got, tt.want)
		}
	}
}

func TestEscape(t *testing.T) {
	if got := esc("a*b_[c]\n<d>|#"); got != `a\*b\_\[c\] \<d\>\|\#` {
		t.Errorf("esc = %q", got)
	}
}

// TestGoldenMarkdown compares the agenda of the sample's ritual, after a
// few edits since a snapshot, with testdata/sample.agenda.md.
func TestGoldenMarkdown(t *testing.T) {
	a := build(t, func(r *model.Roadmap) {
		effortByID(r, "case-studies").Start = "2027-02-22"
		effortByID(r, "ai-ad-copy").Status = model.StatusKilled
		r.Decisions = append(r.Decisions, model.Decision{ID: "no-ad-copy", Date: "2027-02-15", Kind: model.DecisionKill,
			Efforts: []string{"ai-ad-copy"}, Title: "Stop the *AI* ad-copy tool", By: "Ana"})
	}, &loadSample(t).Rituals[0])
	got := []byte(Markdown(a))
	golden.Check(t, filepath.Join("testdata", "sample.agenda.md"), got)
}
