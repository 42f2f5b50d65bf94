package service

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The sample's disruption: the pricing campaign relies on the pricing page
// that the redesign changes, while it is being changed.
const pricingConflict = "surface:pricing-page:pricing-ads+pricing-redesign"

// decisionCases run on the sample. Each must add what check looks for,
// record one decision like want, be previewed exactly, and undo as one step.
var decisionCases = []struct {
	name  string
	req   DecisionRequest
	want  model.Decision // the fields of the record that the case fixes
	check func(t *testing.T, r *model.Roadmap, res *analysis.Result)
}{
	{name: "sequence the disruption",
		req:  DecisionRequest{Kind: "sequence", Conflict: pricingConflict, By: "Dana Ruiz"},
		want: model.Decision{Kind: "sequence", Efforts: []string{"pricing-redesign", "pricing-ads"}, Conflict: pricingConflict, By: "Dana Ruiz"},
		check: func(t *testing.T, r *model.Roadmap, res *analysis.Result) {
			if !hasDependency(r, "pricing-redesign", "pricing-ads") {
				t.Error("no dependency pricing-redesign -> pricing-ads")
			}
			ads := r.Efforts[find(r.Efforts, "pricing-ads", efforts.key)]
			if ads.Start != "2027-03-15" {
				t.Errorf("pricing-ads starts %s; want 2027-03-15, the Monday after the redesign", ads.Start)
			}
			if findConflict(res, pricingConflict) != nil {
				t.Error("the disruption is still there")
			}
			if s := scheduled(res, "pricing-ads"); s.SlipDays != 0 {
				t.Errorf("the sequenced campaign slips %d days: the plan breaks the new dependency", s.SlipDays)
			}
		}},
	{name: "reschedule the campaign past the redesign",
		req:  DecisionRequest{Kind: "reschedule", Conflict: pricingConflict, Effort: "pricing-ads"},
		want: model.Decision{Kind: "reschedule", Efforts: []string{"pricing-ads", "pricing-redesign"}, Conflict: pricingConflict},
		check: func(t *testing.T, r *model.Roadmap, res *analysis.Result) {
			if findConflict(res, pricingConflict) != nil {
				t.Error("the disruption is still there")
			}
			if hasDependency(r, "pricing-redesign", "pricing-ads") {
				t.Error("a reschedule added a dependency")
			}
		}},
	{name: "accept the collision",
		req: DecisionRequest{Kind: "accept", Conflict: "surface:signup-flow:signup-copy+signup-experiment", Rationale: "Same squad"},
		want: model.Decision{Kind: "accept", Efforts: []string{"signup-copy", "signup-experiment"}, Rationale: "Same squad",
			Conflict: "surface:signup-flow:signup-copy+signup-experiment",
			Window:   &model.ConflictWindow{Severity: "collision", From: "2027-03-01", To: "2027-03-12", Days: 10}},
		check: func(t *testing.T, _ *model.Roadmap, res *analysis.Result) {
			if c := findConflict(res, "surface:signup-flow:signup-copy+signup-experiment"); c == nil || !c.Accepted {
				t.Errorf("the collision is not accepted: %+v", c)
			}
		}},
	{name: "kill the campaign",
		req: DecisionRequest{Kind: "kill", Effort: "pricing-ads", Rationale: "Budget moves", By: "Mara Lind", Reason: "strategy", Trigger: "CAC < 40"},
		want: model.Decision{Kind: "kill", Efforts: []string{"pricing-ads"}, Rationale: "Budget moves", By: "Mara Lind",
			Reason: "strategy", Trigger: "CAC < 40", Removed: []string{"declared::lead-gate+pricing-ads", pricingConflict}},
		check: func(t *testing.T, r *model.Roadmap, res *analysis.Result) {
			if e := r.Efforts[find(r.Efforts, "pricing-ads", efforts.key)]; e.Status != model.StatusKilled {
				t.Errorf("status %s", e.Status)
			}
			if ev := r.Events[len(r.Events)-1]; ev.Effort != "pricing-ads" || ev.Status != model.StatusKilled {
				t.Errorf("last event %+v", ev)
			}
			if scheduled(res, "pricing-ads") != nil {
				t.Error("a killed effort is still scheduled")
			}
		}},
	{name: "revive the LinkedIn pilot",
		req:  DecisionRequest{Kind: "revive", Effort: "linkedin-pilot", Rationale: "New creative"},
		want: model.Decision{Kind: "revive", Efforts: []string{"linkedin-pilot"}, Rationale: "New creative", Supersedes: "kill-linkedin"},
		check: func(t *testing.T, r *model.Roadmap, res *analysis.Result) {
			if e := r.Efforts[find(r.Efforts, "linkedin-pilot", efforts.key)]; e.Status != model.StatusActive {
				t.Errorf("revived as %q; want active, its status before the kill", e.Status)
			}
			if scheduled(res, "linkedin-pilot") == nil {
				t.Error("the revived effort is not scheduled")
			}
		}},
	{name: "record an integration",
		req:  DecisionRequest{Kind: "integrate", Efforts: []string{"ai-chat", "signup-experiment"}, Title: "One squad"},
		want: model.Decision{Kind: "integrate", Efforts: []string{"ai-chat", "signup-experiment"}, Title: "One squad"},
	},
}

func TestDecide(t *testing.T) {
	for _, tc := range decisionCases {
		t.Run(tc.name, func(t *testing.T) {
			svc, _ := newTestService(t)
			start := must(t)(svc.StartupRoadmap())
			id := start.Info.ID
			before := fileOf(t, start)
			pre, err := svc.PreviewDecision(id, tc.req)
			if err != nil {
				t.Fatal(err)
			}
			if fileOf(t, must(t)(svc.OpenRoadmap(id))) != before {
				t.Fatal("a preview changed the roadmap")
			}
			snap := must(t)(svc.Decide(id, tc.req))
			r, res := snap.Roadmap, snap.Analysis
			got := r.Decisions[len(r.Decisions)-1]
			if len(r.Decisions) != len(start.Roadmap.Decisions)+1 {
				t.Fatalf("%d decisions; want one more than %d", len(r.Decisions), len(start.Roadmap.Decisions))
			}
			wantRecord(t, got, tc.want, start.Roadmap.AsOf)
			if tc.check != nil {
				tc.check(t, r, res)
			}
			// The preview is what deciding gave.
			if !reflect.DeepEqual(pre.Decision, got) {
				t.Errorf("preview record %+v\n decided %+v", pre.Decision, got)
			}
			after := &applied{decision: got, changes: pre.Changes, after: res, diff: diffConflicts(start.Analysis, res)}
			if want := preview(start.Analysis, after); !reflect.DeepEqual(pre, want) {
				t.Errorf("preview %+v\nafter deciding %+v", pre, want)
			}
			// Deciding is what the store holds, and one undo step takes it all back.
			svc.open = map[string]*opened{}
			if fileOf(t, must(t)(svc.OpenRoadmap(id))) != fileOf(t, snap) {
				t.Fatal("the store holds something else than the decision answered")
			}
			if undone := must(t)(svc.Undo(id)); fileOf(t, undone) != before {
				t.Fatal("one undo did not restore the roadmap as it was")
			}
		})
	}
}

// wantRecord compares the fields of a decision record that want fixes
// (a zero field is not checked, except those every record has).
func wantRecord(t *testing.T, got, want model.Decision, day model.Date) {
	t.Helper()
	if got.ID == "" || got.Date != day || got.Title == "" {
		t.Errorf("record id %q, date %q (want %s), title %q", got.ID, got.Date, day, got.Title)
	}
	w := want
	w.ID, w.Date = got.ID, got.Date
	if w.Title == "" {
		w.Title = got.Title
	}
	if w.Removed == nil {
		w.Removed = got.Removed
	}
	if !reflect.DeepEqual(got, w) {
		t.Errorf("record\n got %+v\nwant %+v", got, w)
	}
}

// Refused decisions change nothing and say why.
func TestDecideRefusals(t *testing.T) {
	tests := []struct {
		name, code, says string
		req              DecisionRequest
	}{
		{"unknown kind", CodeInvalid, "unknown decision kind", DecisionRequest{Kind: "defer"}},
		{"kill without rationale", CodeInvalid, "needs a rationale", DecisionRequest{Kind: "kill", Effort: "pricing-ads", By: "x", Reason: "strategy"}},
		{"kill without who", CodeInvalid, "needs who decided", DecisionRequest{Kind: "kill", Effort: "pricing-ads", Rationale: "r", Reason: "strategy"}},
		{"kill with a bad reason", CodeInvalid, "unknown kill reason", DecisionRequest{Kind: "kill", Effort: "pricing-ads", Rationale: "r", By: "x", Reason: "mood"}},
		{"kill a killed effort", CodeInvalid, "already killed", DecisionRequest{Kind: "kill", Effort: "linkedin-pilot", Rationale: "r", By: "x", Reason: "strategy"}},
		{"kill nothing", CodeInvalid, "names its effort", DecisionRequest{Kind: "kill", Rationale: "r", By: "x", Reason: "strategy"}},
		{"revive a live effort", CodeInvalid, "is not killed", DecisionRequest{Kind: "revive", Effort: "pricing-ads", Rationale: "r"}},
		{"revive without why", CodeInvalid, "rationale", DecisionRequest{Kind: "revive", Effort: "linkedin-pilot"}},
		{"accept without rationale", CodeInvalid, "needs a rationale", DecisionRequest{Kind: "accept", Conflict: pricingConflict}},
		{"sequence no conflict", CodeInvalid, "names the conflict", DecisionRequest{Kind: "sequence"}},
		{"sequence a gone conflict", CodeNotFound, "no conflict", DecisionRequest{Kind: "sequence", Conflict: "surface:x:a+b"}},
		{"sequence a stranger first", CodeInvalid, "not one of the conflict's efforts", DecisionRequest{Kind: "sequence", Conflict: pricingConflict, Effort: "seo-hub"}},
		{"sequence a broken dependency", CodeInvalid, "already sequenced", DecisionRequest{Kind: "sequence", Conflict: "sequence::launch-email+pricing-v2-live"}},
		{"reschedule the predecessor", CodeInvalid, "comes first", DecisionRequest{Kind: "reschedule", Conflict: "sequence::launch-email+pricing-v2-live", Effort: "pricing-v2-live"}},
		{"reschedule without mover", CodeInvalid, "say which effort", DecisionRequest{Kind: "reschedule", Conflict: pricingConflict}},
		{"other without title", CodeInvalid, "needs a title", DecisionRequest{Kind: "other"}},
		{"supersede an unknown record", CodeInvalid, "unknown decision", DecisionRequest{Kind: "other", Title: "t", Supersedes: "nope"}},
		{"revisit on a bad date", CodeInvalid, "revisit", DecisionRequest{Kind: "other", Title: "t", Revisit: "2027-02-30"}},
	}
	svc, _ := newTestService(t)
	start := must(t)(svc.StartupRoadmap())
	id, before := start.Info.ID, fileOf(t, start)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := []func() error{func() error { _, err := svc.Decide(id, tt.req); return err }}
			if !strings.Contains(tt.says, "needs") && !strings.Contains(tt.says, "rationale") {
				// a preview does not ask for the texts yet
				calls = append(calls, func() error { _, err := svc.PreviewDecision(id, tt.req); return err })
			}
			for _, call := range calls {
				err := call()
				wantCode(t, err, tt.code)
				if !strings.Contains(err.Error(), tt.says) {
					t.Errorf("error %q does not say %q", err, tt.says)
				}
			}
			snap := must(t)(svc.OpenRoadmap(id))
			if fileOf(t, snap) != before || snap.CanUndo {
				t.Fatal("a refused decision changed the roadmap")
			}
		})
	}
}

// A preview does not need the texts yet: a kill previews without them.
func TestPreviewWithoutTexts(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	p, err := svc.PreviewDecision(id, DecisionRequest{Kind: "kill", Effort: "pricing-ads"})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Removed) != 2 || p.OpenAfter != p.OpenBefore-2 {
		t.Errorf("kill preview removes %d conflicts, open %d -> %d; want 2 fewer", len(p.Removed), p.OpenBefore, p.OpenAfter)
	}
}

// A kill then a revive: the revival supersedes the kill and restores the
// status the effort had (from its events); Not doing then drops it.
func TestKillThenReviveRestoresStatus(t *testing.T) {
	svc, _ := newTestService(t)
	id := must(t)(svc.StartupRoadmap()).Info.ID
	snap := must(t)(svc.Decide(id, DecisionRequest{Kind: "kill", Effort: "pricing-redesign", Rationale: "r", By: "Mara", Reason: "wrong-time"}))
	kill := snap.Roadmap.Decisions[len(snap.Roadmap.Decisions)-1]
	snap = must(t)(svc.Decide(id, DecisionRequest{Kind: "revive", Effort: "pricing-redesign", Rationale: "It is time"}))
	r := snap.Roadmap
	rev := r.Decisions[len(r.Decisions)-1]
	if rev.Supersedes != kill.ID {
		t.Errorf("revive supersedes %q; want %q", rev.Supersedes, kill.ID)
	}
	e := r.Efforts[find(r.Efforts, "pricing-redesign", efforts.key)]
	if e.Status != model.StatusBlocked {
		t.Errorf("revived as %q; want blocked, its status before the kill", e.Status)
	}
	if ev := r.Events[len(r.Events)-1]; ev.Status != model.StatusBlocked || ev.BlockedBy == "" {
		t.Errorf("revival event %+v", ev)
	}
	if !slices.ContainsFunc(snap.Analysis.Conflicts, func(c analysis.Conflict) bool { return c.Key() == pricingConflict }) {
		t.Error("the revived effort's conflict did not come back")
	}
}

// AddDecision records by hand, never acting; a later record supersedes.
func TestAddDecision(t *testing.T) {
	svc, _ := newTestService(t)
	start := must(t)(svc.StartupRoadmap())
	id := start.Info.ID
	snap := must(t)(svc.AddDecision(id, model.Decision{Kind: "other", Title: "Hire a designer", By: "Mara", Supersedes: "kill-linkedin"}))
	d := snap.Roadmap.Decisions[len(snap.Roadmap.Decisions)-1]
	if d.ID != "hire-a-designer" || d.Date != start.Roadmap.AsOf || d.Supersedes != "kill-linkedin" || d.Efforts == nil {
		t.Errorf("recorded %+v", d)
	}
	if _, err := svc.AddDecision(id, model.Decision{Kind: "other"}); err == nil {
		t.Error("a record without a title was added")
	}
	if _, err := svc.AddDecision(id, model.Decision{Kind: "defer", Title: "t"}); err == nil {
		t.Error("a record of an unknown kind was added")
	}
}
