package analysis

import (
	"testing"

	"tandem/backend/model"
)

// activity is one activity of a published CPM example.
type activity struct {
	id             string
	dur            int
	pred           []string
	es, ef, ls, lf int // as published (finish-to-start, no lags)
}

// textbookRoadmap turns an activity list into a roadmap: every day works,
// FS dependencies with lag 0, durations only.
func textbookRoadmap(acts []activity) *model.Roadmap {
	r := model.New("textbook")
	r.Start, r.AsOf = "2026-01-01", "2026-01-01"
	r.Lanes = []model.Lane{{ID: "all", Name: "All"}}
	for _, a := range acts {
		d := a.dur
		r.Efforts = append(r.Efforts, model.Effort{ID: a.id, Lane: "all", Title: a.id, DurationDays: &d})
		for _, p := range a.pred {
			r.Dependencies = append(r.Dependencies, model.Dependency{From: p, To: a.id, Type: model.DepFS})
		}
	}
	return r
}

func checkTextbook(t *testing.T, acts []activity, finish int, critical []string) {
	t.Helper()
	r := textbookRoadmap(acts)
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	res := analyze(t, r)
	for _, a := range acts {
		s := row(t, res, a.id)
		got := [5]int{s.ES, s.EF, s.LS, s.LF, s.Float}
		want := [5]int{a.es, a.ef, a.ls, a.lf, a.ls - a.es}
		if got != want {
			t.Errorf("%s: es/ef/ls/lf/float %v, published %v", a.id, got, want)
		}
	}
	wantEqual(t, "durationDays", res.DurationDays, finish)
	wantEqual(t, "critical", res.Critical, critical)
}

// TestTextbookTaylor checks the CPM against the two worked solutions of
// B. W. Taylor III, "Introduction to Management Science", chapter 8 "Project
// Management", solutions to the problems "network, earliest and latest event
// times, slack" (activity-on-arrow networks; activity i-j is named aIJ here,
// its predecessors are the activities that end at node i; 4-5 in the second
// is a dummy of duration 0, a milestone here). The published tables list ES,
// EF, LS, LF and slack of every activity, copied below.
func TestTextbookTaylor(t *testing.T) {
	t.Run("first", func(t *testing.T) {
		checkTextbook(t, []activity{
			{"a12", 7, nil, 0, 7, 2, 9},
			{"a13", 10, nil, 0, 10, 0, 10},
			{"a24", 6, []string{"a12"}, 7, 13, 9, 15},
			{"a34", 5, []string{"a13"}, 10, 15, 10, 15},
			{"a35", 4, []string{"a13"}, 10, 14, 14, 18},
			{"a45", 3, []string{"a24", "a34"}, 15, 18, 15, 18},
			{"a56", 2, []string{"a35", "a45"}, 18, 20, 18, 20},
		}, 20, []string{"a13", "a34", "a45", "a56"})
	})
	t.Run("second", func(t *testing.T) {
		in5 := []string{"a25", "a35", "a45"}
		checkTextbook(t, []activity{
			{"a12", 8, nil, 0, 8, 1, 9},
			{"a13", 10, nil, 0, 10, 0, 10},
			{"a14", 9, nil, 0, 9, 6, 15},
			{"a25", 6, []string{"a12"}, 8, 14, 9, 15},
			{"a26", 4, []string{"a12"}, 8, 12, 16, 20},
			{"a35", 5, []string{"a13"}, 10, 15, 10, 15},
			{"a45", 0, []string{"a14"}, 9, 9, 15, 15},
			{"a47", 7, []string{"a14"}, 9, 16, 20, 27},
			{"a57", 12, in5, 15, 27, 15, 27},
			{"a58", 15, in5, 15, 30, 16, 31},
			{"a69", 18, []string{"a26"}, 12, 30, 20, 38},
			{"a78", 4, []string{"a47", "a57"}, 27, 31, 27, 31},
			{"a89", 7, []string{"a58", "a78"}, 31, 38, 31, 38},
		}, 38, []string{"a13", "a35", "a57", "a78", "a89"})
	})
}

// TestTextbookHillierLieberman checks the CPM against the Reliable
// Construction Co. project of F. S. Hillier and G. J. Lieberman,
// "Introduction to Operations Research", chapter "Project Management with
// PERT/CPM": 14 activities in weeks, project duration 44 weeks, critical path
// A-B-C-E-F-J-L-N, slack 4 for D, G, H and M, 2 for I, 1 for K.
func TestTextbookHillierLieberman(t *testing.T) {
	dur := map[string]int{"A": 2, "B": 4, "C": 10, "D": 6, "E": 4, "F": 5, "G": 7, "H": 9, "I": 7, "J": 8, "K": 4, "L": 5, "M": 2, "N": 6}
	pred := map[string][]string{"B": {"A"}, "C": {"B"}, "D": {"C"}, "E": {"C"}, "F": {"E"}, "G": {"D"},
		"H": {"E", "G"}, "I": {"C"}, "J": {"F", "I"}, "K": {"J"}, "L": {"J"}, "M": {"H"}, "N": {"K", "L"}}
	var acts []activity
	for _, id := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"} {
		acts = append(acts, activity{id: id, dur: dur[id], pred: pred[id]})
	}
	res := analyze(t, textbookRoadmap(acts))
	wantEqual(t, "duration (weeks)", res.DurationDays, 44)
	wantEqual(t, "critical path", res.Critical, []string{"A", "B", "C", "E", "F", "J", "L", "N"})
	slack := map[string]int{"D": 4, "G": 4, "H": 4, "M": 4, "I": 2, "K": 1}
	for _, s := range res.Schedule {
		if got, want := s.Float, slack[s.ID]; got != want {
			t.Errorf("%s: slack %d, published %d", s.ID, got, want)
		}
	}
}
