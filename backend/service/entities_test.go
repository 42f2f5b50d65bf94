package service

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
)

// edits are table cases over a copy of the sample roadmap. A case with a
// code must change nothing; one without must pass check.
var edits = []struct {
	name  string
	edit  func(s *Service, id string) (*Snapshot, error)
	code  string
	check func(t *testing.T, r *model.Roadmap)
}{
	{name: "add lane with a made-up id",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddLane(id, model.Lane{Name: "Lifecycle & CRM", Color: "#5f3dc4"})
		},
		check: func(t *testing.T, r *model.Roadmap) {
			if l := r.Lanes[len(r.Lanes)-1]; l.ID != "lifecycle-crm" || l.Name != "Lifecycle & CRM" {
				t.Errorf("new lane is %+v", l)
			}
		}},
	{name: "add lane with a taken id", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddLane(id, model.Lane{ID: "paid", Name: "Paid 2"})
		}},
	{name: "rename a lane",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.UpdateLane(id, model.Lane{ID: "paid", Name: "Paid media", Color: "#d9480f"})
		},
		check: func(t *testing.T, r *model.Roadmap) {
			if r.Lanes[0].Name != "Paid media" {
				t.Errorf("lane 0 is %+v", r.Lanes[0])
			}
		}},
	{name: "delete a lane and move its efforts",
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteLane(id, "paid", "content") },
		check: func(t *testing.T, r *model.Roadmap) {
			if find(r.Lanes, "paid", lanes.key) >= 0 {
				t.Error("lane paid is still there")
			}
			for _, e := range r.Efforts {
				if e.Lane == "paid" {
					t.Errorf("effort %s is still in lane paid", e.ID)
				}
			}
		}},
	{name: "delete a lane with its efforts",
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteLane(id, "paid", "") },
		check: func(t *testing.T, r *model.Roadmap) {
			for _, e := range r.Efforts {
				if e.Lane == "paid" {
					t.Errorf("effort %s of lane paid survived", e.ID)
				}
			}
			ids := map[string]bool{}
			for _, e := range r.Efforts {
				ids[e.ID] = true
			}
			for _, d := range r.Dependencies {
				if !ids[d.From] || !ids[d.To] {
					t.Errorf("dependency %+v names a deleted effort", d)
				}
			}
		}},
	{name: "delete a lane moving its efforts into itself", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteLane(id, "paid", "paid") }},
	{name: "delete a lane moving its efforts to a missing lane", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteLane(id, "paid", "legal") }},
	{name: "delete a missing lane", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteLane(id, "nope", "") }},
	{name: "move a lane to the top",
		edit: func(s *Service, id string) (*Snapshot, error) { return s.MoveLane(id, "ai-tools", 0) },
		check: func(t *testing.T, r *model.Roadmap) {
			var got []string
			for _, l := range r.Lanes {
				got = append(got, l.ID)
			}
			if !slices.Equal(got, []string{"ai-tools", "paid", "content", "product"}) {
				t.Errorf("lanes %v", got)
			}
		}},
	{name: "move a missing lane", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) { return s.MoveLane(id, "nope", 0) }},
	{name: "move several efforts in one step",
		edit: func(s *Service, id string) (*Snapshot, error) {
			snap, _ := s.OpenRoadmap(id)
			var moved []model.Effort
			for _, e := range snap.Roadmap.Efforts {
				if e.Lane == "content" {
					e.Lane = "product"
					moved = append(moved, e)
				}
			}
			return s.UpdateEfforts(id, moved)
		},
		check: func(t *testing.T, r *model.Roadmap) {
			for _, e := range r.Efforts {
				if e.Lane == "content" {
					t.Errorf("effort %s was not moved", e.ID)
				}
			}
		}},
	{name: "move several efforts, one of them missing", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) {
			snap, _ := s.OpenRoadmap(id)
			return s.UpdateEfforts(id, []model.Effort{snap.Roadmap.Efforts[0], {ID: "ghost", Lane: "paid", DurationDays: ptr(1)}})
		}},
	{name: "block an effort records the event",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.SetEffortStatus(id, busiestEffort, model.StatusBlocked, otherEffort)
		},
		check: func(t *testing.T, r *model.Roadmap) {
			e := r.Efforts[find(r.Efforts, busiestEffort, efforts.key)]
			last := r.Events[len(r.Events)-1]
			if e.Status != model.StatusBlocked || last.Effort != busiestEffort || last.BlockedBy != otherEffort || last.Date != r.AsOf {
				t.Errorf("status %q, last event %+v (asOf %s)", e.Status, last, r.AsOf)
			}
		}},
	{name: "block an effort without a blocker", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.SetEffortStatus(id, busiestEffort, model.StatusBlocked, "")
		}},
	{name: "set an unknown status", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.SetEffortStatus(id, busiestEffort, "snoozed", "")
		}},
	{name: "add an effort",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddEffort(id, model.Effort{Lane: "content", Title: "Case study series", Start: "2027-03-01", End: "2027-03-26"})
		},
		check: func(t *testing.T, r *model.Roadmap) {
			if e := r.Efforts[len(r.Efforts)-1]; e.ID != "case-study-series" {
				t.Errorf("new effort is %+v", e)
			}
		}},
	{name: "add an effort in a missing lane", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddEffort(id, model.Effort{Lane: "legal", Title: "Terms", DurationDays: ptr(5)})
		}},
	{name: "add an effort ending before it starts", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddEffort(id, model.Effort{Lane: "paid", Title: "Bad", Start: "2027-03-10", End: "2027-03-01"})
		}},
	{name: "update a missing effort", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.UpdateEffort(id, model.Effort{ID: "ghost", Lane: "paid", Title: "Ghost", DurationDays: ptr(1)})
		}},
	{name: "delete an effort takes its dependencies, links and events",
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteEffort(id, busiestEffort) },
		check: func(t *testing.T, r *model.Roadmap) {
			for _, d := range r.Dependencies {
				if d.From == busiestEffort || d.To == busiestEffort {
					t.Errorf("dependency %+v survived", d)
				}
			}
			for _, l := range r.Links {
				if l.A == busiestEffort || l.B == busiestEffort {
					t.Errorf("link %+v survived", l)
				}
			}
			for _, e := range r.Events {
				if e.Effort == busiestEffort || e.BlockedBy == busiestEffort {
					t.Errorf("event %+v survived", e)
				}
			}
			for _, d := range r.Decisions {
				if slices.Contains(d.Efforts, busiestEffort) {
					t.Errorf("decision %s still lists it", d.ID)
				}
			}
		}},
	{name: "add a dependency that closes a cycle", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			snap, _ := s.OpenRoadmap(id)
			d := snap.Roadmap.Dependencies[0]
			return s.AddDependency(id, model.Dependency{From: d.To, To: d.From, Type: "FS"})
		}},
	{name: "add a dependency to a missing effort", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddDependency(id, model.Dependency{From: busiestEffort, To: "ghost", Type: "FS"})
		}},
	{name: "delete several efforts in one step",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.DeleteEfforts(id, []string{busiestEffort, otherEffort})
		},
		check: func(t *testing.T, r *model.Roadmap) {
			for _, e := range r.Efforts {
				if e.ID == busiestEffort || e.ID == otherEffort {
					t.Errorf("effort %s survived", e.ID)
				}
			}
		}},
	{name: "delete several efforts, one of them missing", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.DeleteEfforts(id, []string{busiestEffort, "ghost"})
		}},
	{name: "delete a surface takes it off every effort",
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteSurface(id, "signup-flow") },
		check: func(t *testing.T, r *model.Roadmap) {
			for _, e := range r.Efforts {
				for _, tc := range e.Touches {
					if tc.Surface == "signup-flow" {
						t.Errorf("effort %s still touches it", e.ID)
					}
				}
			}
		}},
	{name: "add and name a metric",
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddMetric(id, model.Metric{Name: "Activation rate", Unit: "%"})
		},
		check: func(t *testing.T, r *model.Roadmap) {
			if m := r.Metrics[len(r.Metrics)-1]; m.ID != "activation-rate" {
				t.Errorf("new metric is %+v", m)
			}
		}},
	{name: "delete a missing metric", code: CodeNotFound,
		edit: func(s *Service, id string) (*Snapshot, error) { return s.DeleteMetric(id, "nope") }},
	{name: "link an effort to itself", code: CodeInvalid,
		edit: func(s *Service, id string) (*Snapshot, error) {
			return s.AddLink(id, model.Link{A: busiestEffort, B: busiestEffort, Kind: "reinforces"})
		}},
}

// busiestEffort is a sample effort with dependencies, links or events;
// otherEffort is another one.
var busiestEffort, otherEffort string

func ptr(n int) *int { return &n }

func TestEdits(t *testing.T) {
	for _, tc := range edits {
		t.Run(tc.name, func(t *testing.T) {
			svc, _ := newTestService(t)
			start := must(t)(svc.StartupRoadmap())
			busiestEffort = busiest(start.Roadmap)
			otherEffort = start.Roadmap.Efforts[0].ID
			if otherEffort == busiestEffort {
				otherEffort = start.Roadmap.Efforts[1].ID
			}
			before := fileOf(t, start)
			snap, err := tc.edit(svc, start.Info.ID)
			if tc.code != "" {
				wantCode(t, err, tc.code)
				if after := fileOf(t, must(t)(svc.OpenRoadmap(start.Info.ID))); after != before {
					t.Fatal("a refused edit changed the roadmap")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !snap.CanUndo {
				t.Error("an applied edit cannot be undone")
			}
			tc.check(t, snap.Roadmap)
			// What the service answered is what the store holds.
			svc.open = map[string]*opened{}
			if stored := fileOf(t, must(t)(svc.OpenRoadmap(start.Info.ID))); stored != fileOf(t, snap) {
				t.Fatal("the store holds something else than the edit answered")
			}
		})
	}
}

// busiest returns the effort named by the most dependencies, links and events.
func busiest(r *model.Roadmap) string {
	n := map[string]int{}
	for _, d := range r.Dependencies {
		n[d.From]++
		n[d.To]++
	}
	for _, l := range r.Links {
		n[l.A]++
		n[l.B]++
	}
	for _, e := range r.Events {
		n[e.Effort]++
	}
	best := ""
	for id, c := range n {
		if best == "" || c > n[best] || c == n[best] && id < best {
			best = id
		}
	}
	return best
}

func TestUpdateKeepsUnknownKeys(t *testing.T) {
	svc, _ := newTestService(t)
	const file = `{"format":"tandem/roadmap","version":1,"name":"X","start":"2027-01-04",
	  "lanes":[{"id":"a","name":"A"}],
	  "efforts":[{"id":"e","lane":"a","title":"E","durationDays":3,"jiraKey":"GRO-12"}]}`
	snap := must(t)(svc.ImportRoadmap("", "", file))
	e := snap.Roadmap.Efforts[0]
	e.Extra = nil // the UI never sees unknown keys
	e.Title = "E, renamed"
	snap = must(t)(svc.UpdateEffort(snap.Info.ID, e))
	out, err := svc.ExportRoadmap(snap.Info.ID, "tandem")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"jiraKey": "GRO-12"`) || !strings.Contains(out, "E, renamed") {
		t.Fatalf("export lost the unknown key or the edit:\n%s", out)
	}
	var check map[string]any
	if err := json.Unmarshal([]byte(out), &check); err != nil {
		t.Fatal(err)
	}
}
