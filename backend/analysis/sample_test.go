package analysis

import (
	"slices"
	"testing"

	"tandem/backend/model"
	"tandem/backend/sample"
)

// TestSampleSituations checks that the analysis of the built-in sample finds
// every situation the sample was written to show (see package sample).
func TestSampleSituations(t *testing.T) {
	r := load(t, sample.Bytes())
	res := analyze(t, r)
	lane := map[string]string{}
	status := map[string]string{}
	for _, e := range r.Efforts {
		lane[e.ID], status[e.ID] = e.Lane, e.Status
	}
	find := func(kind, severity, subject string) []Conflict {
		var out []Conflict
		for _, c := range res.Conflicts {
			if c.Kind == kind && c.Severity == severity && (subject == "" || c.Surface == subject || c.Metric == subject) {
				out = append(out, c)
			}
		}
		return out
	}

	t.Run("lanes", func(t *testing.T) {
		var ids []string
		for _, l := range r.Lanes {
			ids = append(ids, l.ID)
		}
		wantEqual(t, "lanes", ids, []string{"paid", "content", "product", "ai-tools"})
	})
	t.Run("disruption: a paid campaign relies on a page content is redesigning", func(t *testing.T) {
		ok := false
		for _, c := range find(KindSurface, SeverityDisruption, "") {
			if c.CrossLane && slices.Contains(c.Lanes[:], "paid") && slices.Contains(c.Lanes[:], "content") && !c.Accepted {
				ok = true
			}
		}
		if !ok {
			t.Error("no open paid/content disruption")
		}
	})
	t.Run("collision: product experiment and marketing both change the signup flow", func(t *testing.T) {
		ok := false
		for _, c := range find(KindSurface, SeverityCollision, "signup-flow") {
			if slices.Contains(c.Lanes[:], "product") && c.CrossLane && c.Days > 0 {
				ok = true
			}
		}
		if !ok {
			t.Error("no cross-lane collision on signup-flow with product")
		}
	})
	t.Run("metric conflict between two AI-tool efforts", func(t *testing.T) {
		ok := false
		for _, c := range find(KindMetric, "", "") {
			if c.Lanes == [2]string{"ai-tools", "ai-tools"} && c.Days > 0 {
				ok = true
			}
		}
		if !ok {
			t.Error("no metric conflict inside ai-tools")
		}
	})
	t.Run("accepted, declared and sequence conflicts", func(t *testing.T) {
		accepted := 0
		for _, c := range res.Conflicts {
			if c.Accepted {
				accepted++
			}
		}
		if accepted == 0 || len(find(KindDeclared, "", "")) == 0 || len(find(KindSequence, "", "")) == 0 {
			t.Errorf("accepted %d, declared %d, sequence %d", accepted, len(find(KindDeclared, "", "")), len(find(KindSequence, "", "")))
		}
	})
	t.Run("opportunity: cross-lane pair moving one metric the same way, unjoined", func(t *testing.T) {
		ok := false
		for _, o := range res.Opportunities {
			for _, v := range o.Via {
				if len(v) > 7 && v[:7] == "metric:" && o.Lanes[0] != o.Lanes[1] {
					ok = true
				}
			}
		}
		if !ok {
			t.Error("no metric opportunity")
		}
	})
	t.Run("flywheel of three efforts", func(t *testing.T) {
		ok := false
		for _, f := range res.Flywheels {
			ok = ok || len(f) == 3
		}
		if !ok {
			t.Errorf("flywheels %v", res.Flywheels)
		}
	})
	t.Run("cross-lane blocked events", func(t *testing.T) {
		c := res.Coordination
		if c.CrossLaneBlockedEvents == 0 || c.CrossLaneBlockedDays == 0 || c.BlockedEvents <= c.CrossLaneBlockedEvents {
			t.Errorf("blocked %+v", c)
		}
	})
	t.Run("a killed effort, left out", func(t *testing.T) {
		killed := ""
		for id, s := range status {
			if s == model.StatusKilled {
				killed = id
			}
		}
		if killed == "" {
			t.Fatal("no killed effort")
		}
		for _, s := range res.Schedule {
			if s.ID == killed {
				t.Errorf("killed %s is scheduled", killed)
			}
		}
	})
	t.Run("shape", func(t *testing.T) {
		crossDeps := res.Coordination.CrossLaneDependencies
		milestones := 0
		for _, s := range res.Schedule {
			if s.EF == s.ES {
				milestones++
			}
		}
		if crossDeps == 0 || milestones < 2 || len(res.Critical) == 0 || len(res.SharedMetrics) == 0 {
			t.Errorf("cross-lane deps %d, milestones %d, critical %v, shared metrics %d", crossDeps, milestones, res.Critical, len(res.SharedMetrics))
		}
		done, active, blocked := 0, 0, 0
		for _, s := range status {
			switch s {
			case model.StatusDone:
				done++
			case model.StatusActive:
				active++
			case model.StatusBlocked:
				blocked++
			}
		}
		if done == 0 || active == 0 || blocked == 0 {
			t.Errorf("done %d, active %d, blocked %d", done, active, blocked)
		}
	})
}
