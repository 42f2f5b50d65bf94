package service

import (
	"slices"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// sampleOpportunity opens the sample and returns its id, file and top opportunity.
func sampleOpportunity(t *testing.T, svc *Service) (string, string, [2]string) {
	t.Helper()
	snap := must(t)(svc.StartupRoadmap())
	if len(snap.Analysis.Opportunities) == 0 {
		t.Fatal("the sample has no opportunity")
	}
	return snap.Info.ID, fileOf(t, snap), snap.Analysis.Opportunities[0].Efforts
}

func TestIntegrate(t *testing.T) {
	for _, withDep := range []bool{false, true} {
		svc, _ := newTestService(t)
		id, before, pair := sampleOpportunity(t, svc)
		req := IntegrateRequest{Efforts: pair, By: "Mara Lind", Rationale: "  One launch, one story.  "}
		if withDep {
			req.Dependency = &model.Dependency{From: pair[0], To: pair[1], Type: model.DepFS}
		}
		snap := must(t)(svc.Integrate(id, req))
		r := snap.Roadmap
		if i := find(r.Links, links.key(&model.Link{A: pair[0], B: pair[1]}), links.key); i < 0 || r.Links[i].Kind != model.LinkReinforces {
			t.Fatalf("no reinforces link between %v", pair)
		}
		d := r.Decisions[len(r.Decisions)-1]
		if d.Kind != model.DecisionIntegrate || d.Date != r.AsOf || d.By != "Mara Lind" ||
			d.Rationale != "One launch, one story." || !slices.Equal(d.Efforts, pair[:]) || d.Title == "" || d.ID == "" {
			t.Errorf("decision %+v", d)
		}
		hasDep := find(r.Dependencies, dependencies.key(&model.Dependency{From: pair[0], To: pair[1]}), dependencies.key) >= 0
		if hasDep != withDep {
			t.Errorf("dependency added: %v; want %v", hasDep, withDep)
		}
		for _, o := range snap.Analysis.Opportunities {
			if o.Efforts == pair {
				t.Error("the integrated pair is still an opportunity")
			}
		}
		// One undo takes all of it back.
		if got := fileOf(t, must(t)(svc.Undo(id))); got != before {
			t.Fatal("one undo did not revert the integration")
		}
	}
}

func TestIntegrateRefusals(t *testing.T) {
	svc, _ := newTestService(t)
	id, before, pair := sampleOpportunity(t, svc)
	snap := must(t)(svc.OpenRoadmap(id))
	var killed string
	for _, e := range snap.Roadmap.Efforts {
		if e.Status == model.StatusKilled {
			killed = e.ID
		}
	}
	link := snap.Roadmap.Links[0]
	dep := snap.Roadmap.Dependencies[0]
	cases := []struct {
		name string
		req  IntegrateRequest
		code string
	}{
		{"unknown effort", IntegrateRequest{Efforts: [2]string{pair[0], "ghost"}}, CodeNotFound},
		{"itself", IntegrateRequest{Efforts: [2]string{pair[0], pair[0]}}, CodeInvalid},
		{"killed", IntegrateRequest{Efforts: [2]string{pair[0], killed}}, CodeInvalid},
		{"already linked", IntegrateRequest{Efforts: [2]string{link.B, link.A}}, CodeInvalid},
		{"dependency elsewhere", IntegrateRequest{Efforts: pair,
			Dependency: &model.Dependency{From: dep.From, To: dep.To}}, CodeInvalid},
		{"dependency with a bad type", IntegrateRequest{Efforts: pair,
			Dependency: &model.Dependency{From: pair[0], To: pair[1], Type: "XX"}}, CodeInvalid},
		{"dependency closing a cycle", IntegrateRequest{Efforts: [2]string{dep.From, dep.To},
			Dependency: &model.Dependency{From: dep.To, To: dep.From}}, CodeInvalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.Integrate(id, tc.req)
			wantCode(t, err, tc.code)
			if after := fileOf(t, must(t)(svc.OpenRoadmap(id))); after != before {
				t.Fatal("a refused integration changed the roadmap")
			}
		})
	}
}

func TestCoordinationReport(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.StartupRoadmap())
	id := snap.Info.ID
	m, err := svc.CoordinationReport(id)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := svc.CoordinationReport(id); again != m {
		t.Error("a second call computed the report again")
	}
	if m.AsOf != snap.Roadmap.AsOf || len(m.Debt.Lanes) != len(snap.Roadmap.Lanes) || len(m.Metrics) == 0 {
		t.Fatalf("report %+v", m)
	}
	// Block an effort of one lane by one of another: the matrix and the open waits say so.
	lane := map[string]string{}
	for _, e := range snap.Roadmap.Efforts {
		lane[e.ID] = e.Lane
	}
	waiter, blocker := "q1-search-push", "billing-v2"
	if lane[waiter] == lane[blocker] {
		t.Fatal("pick efforts of two lanes")
	}
	must(t)(svc.SetEffortStatus(id, waiter, model.StatusBlocked, blocker))
	after, err := svc.CoordinationReport(id)
	if err != nil {
		t.Fatal(err)
	}
	if after == m {
		t.Fatal("an edit kept the old report")
	}
	if cells(after, lane[waiter], lane[blocker]) != cells(m, lane[waiter], lane[blocker])+1 {
		t.Errorf("matrix cell %s<-%s did not gain the wait", lane[waiter], lane[blocker])
	}
	if !slices.ContainsFunc(after.Debt.Open, func(o analysis.OpenWait) bool {
		return o.Effort == waiter && o.BlockedBy == blocker && o.Since == snap.Roadmap.AsOf
	}) {
		t.Errorf("open waits %+v lack %s", after.Debt.Open, waiter)
	}
	if _, err := svc.CoordinationReport("nope"); err == nil {
		t.Error("no error for an unknown roadmap")
	}
}

// cells returns the blocked events of matrix cell waiter <- blocker.
func cells(m *analysis.Measures, waiter, blocker string) int {
	for _, w := range m.Debt.Waits {
		if w.Waiter == waiter && w.Blocker == blocker {
			return w.Events
		}
	}
	return 0
}
