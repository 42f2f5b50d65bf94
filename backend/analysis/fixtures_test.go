package analysis

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tandem/backend/model"
)

// fixture is one roadmap of testdata/fixtures and what its analysis must
// find. All analyses share this one table (one fixture may check the
// schedule, conflicts, reinforcement and coordination at once).
type fixture struct {
	file  string
	check func(t *testing.T, res *Result)
}

var fixtures = []fixture{
	{"deptypes.tandem", func(t *testing.T, res *Result) {
		wantES(t, res, map[string]int{
			"a": 10, "fs-lag": 17, "fs-lead": 13, "ss-lag": 12, "ss-lead": 7, "ss-clamp": 0,
			"ff-lag": 14, "ff-lead": 11, "sf-lag": 9, "sf-lead": 3,
		})
		wantEqual(t, "critical", res.Critical, []string{"a", "fs-lag"})
		wantEqual(t, "finish", res.Finish, model.Date("2026-01-20"))
		wantEqual(t, "durationDays", res.DurationDays, 20)
		a := row(t, res, "a")
		wantEqual(t, "a ls/lf", [2]int{a.LS, a.LF}, [2]int{10, 15})
		wantEqual(t, "ss-lag float", row(t, res, "ss-lag").Float, 5)
		wantEqual(t, "conflicts", len(res.Conflicts), 0)
		wantEqual(t, "dependencies", res.Coordination.Dependencies, 9)
		wantEqual(t, "crossLaneDependencies", res.Coordination.CrossLaneDependencies, 9)
	}},
	{"slip.tandem", func(t *testing.T, res *Result) {
		wantES(t, res, map[string]int{"a": 0, "b": 10, "c": 2, "d": 19, "e": 8})
		wantSlip(t, res, map[string]int{"a": 0, "b": 5, "c": 0, "d": 0, "e": 5})
		c := row(t, res, "c")
		wantEqual(t, "done c", [4]any{c.Critical, c.Float, c.LS, c.LF}, [4]any{false, 0, 2, 4})
		wantEqual(t, "critical", res.Critical, []string{"d"})
		wantConflicts(t, res, []Conflict{
			{Kind: KindSequence, Efforts: [2]string{"a", "e"}, Lanes: [2]string{"x", "y"}, CrossLane: true,
				From: "2026-01-04", To: "2026-01-08", Days: 5},
			{Kind: KindSequence, Efforts: [2]string{"a", "b"}, Lanes: [2]string{"x", "y"}, CrossLane: true,
				From: "2026-01-06", To: "2026-01-10", Days: 5},
		})
		b := row(t, res, "b")
		wantEqual(t, "b dates", [2]model.Date{b.Start, b.End}, [2]model.Date{"2026-01-11", "2026-01-13"})
	}},
	{"milestones.tandem", func(t *testing.T, res *Result) {
		m := row(t, res, "m")
		wantEqual(t, "m", [4]any{m.ES, m.EF, m.Start, m.End}, [4]any{4, 4, model.Date("2026-01-05"), model.Date("2026-01-05")})
		wantEqual(t, "finish", res.Finish, model.Date("2026-01-08"))
		wantEqual(t, "durationDays", res.DurationDays, 7)
		wantEqual(t, "critical", res.Critical, []string{"b", "end"})
		wantEqual(t, "conflicts (a milestone occupies no day)", len(res.Conflicts), 0)
		wantEqual(t, "reinforcing", res.Reinforcing, []Reinforcing{
			{Efforts: [2]string{"m4", "m5"}, Via: []string{"surface:s1", "surface:s2"}, Score: 0.96},
		})
		wantEqual(t, "opportunities", len(res.Opportunities), 1)
	}},
	{"calendar.tandem", func(t *testing.T, res *Result) {
		wantES(t, res, map[string]int{"a": 0, "b": 6, "c": 4, "m": 13, "d": 0})
		wantDates(t, res, map[string][2]model.Date{
			"a": {"2026-12-21", "2026-12-28"}, "b": {"2026-12-30", "2026-12-31"},
			"c": {"2026-12-28", "2027-01-08"}, "m": {"2027-01-11", "2027-01-11"},
			"d": {"2026-12-21", "2026-12-23"},
		})
		wantEqual(t, "finish", res.Finish, model.Date("2027-01-11"))
		wantEqual(t, "durationDays", res.DurationDays, 13)
		wantEqual(t, "critical", res.Critical, []string{"c", "m"})
		wantEqual(t, "float a", row(t, res, "a").Float, 5)
		c := res.Coordination
		wantEqual(t, "blocked", [4]int{c.BlockedEvents, c.BlockedDays, c.CrossLaneBlockedEvents, c.CrossLaneBlockedDays}, [4]int{2, 5, 2, 5})
	}},
	{"parallel.tandem", func(t *testing.T, res *Result) {
		wantEqual(t, "critical", res.Critical, []string{"a", "c", "d", "b"})
		wantEqual(t, "float e", row(t, res, "e").Float, 7)
		ids := make([]string, len(res.Schedule))
		for i, s := range res.Schedule {
			ids[i] = s.ID
		}
		wantEqual(t, "schedule in file order", ids, []string{"b", "a", "c", "d", "e"})
	}},
	{"killed.tandem", func(t *testing.T, res *Result) {
		for _, s := range res.Schedule {
			if s.ID == "k" {
				t.Error("killed effort k is scheduled")
			}
		}
		wantES(t, res, map[string]int{"a": 0, "b": 5, "d": 0, "e": 4})
		wantEqual(t, "critical (done d ends last)", res.Critical, []string{})
		wantEqual(t, "dependencies", res.Coordination.Dependencies, 1)
		wantConflicts(t, res, []Conflict{
			{Kind: KindSurface, Severity: SeverityCollision, Efforts: [2]string{"d", "e"}, Lanes: [2]string{"x", "y"},
				CrossLane: true, Surface: "s2", From: "2026-01-05", To: "2026-01-07", Days: 3},
			{Kind: KindMetric, Efforts: [2]string{"d", "e"}, Lanes: [2]string{"x", "y"},
				CrossLane: true, Metric: "m", From: "2026-01-05", To: "2026-01-07", Days: 3},
			{Kind: KindMetric, Efforts: [2]string{"b", "e"}, Lanes: [2]string{"y", "y"},
				Metric: "m", From: "2026-01-06", To: "2026-01-07", Days: 2},
		})
		wantEqual(t, "reinforcing", len(res.Reinforcing), 0)
		c := res.Coordination
		wantEqual(t, "blocked", [4]int{c.BlockedEvents, c.BlockedDays, c.CrossLaneBlockedEvents, c.CrossLaneBlockedDays}, [4]int{1, 2, 0, 0})
	}},
	{"conflicts.tandem", func(t *testing.T, res *Result) {
		wantConflicts(t, res, []Conflict{
			{Kind: KindSurface, Severity: SeverityCollision, Efforts: [2]string{"a", "b"}, Lanes: [2]string{"x", "y"},
				CrossLane: true, Surface: "s", From: "2026-01-06", To: "2026-01-10", Days: 5, Accepted: true},
			{Kind: KindSurface, Severity: SeverityDisruption, Efforts: [2]string{"a", "c"}, Lanes: [2]string{"x", "x"},
				Surface: "s", From: "2026-01-09", To: "2026-01-10", Days: 2},
			{Kind: KindSurface, Severity: SeverityDisruption, Efforts: [2]string{"b", "c"}, Lanes: [2]string{"y", "x"},
				CrossLane: true, Surface: "s", From: "2026-01-09", To: "2026-01-10", Days: 2},
			{Kind: KindMetric, Efforts: [2]string{"g", "h"}, Lanes: [2]string{"x", "y"},
				CrossLane: true, Metric: "m", From: "2026-01-04", To: "2026-01-05", Days: 2},
			{Kind: KindDeclared, Efforts: [2]string{"a", "d"}, Lanes: [2]string{"x", "y"}, CrossLane: true},
		})
		wantEqual(t, "open", res.Coordination.OpenConflicts, 4)
		wantEqual(t, "cross-lane open", res.Coordination.CrossLaneConflicts, 3)
		// a -> d and b -> d are sequenced help, one way only: not mutual.
		wantEqual(t, "reinforcing", res.Reinforcing, []Reinforcing{
			{Efforts: [2]string{"h", "i"}, Via: []string{"metric:m"}, Score: 0.78},
		})
		wantEqual(t, "opportunities (same lane)", len(res.Opportunities), 0)
	}},
	{"reinforce.tandem", func(t *testing.T, res *Result) {
		wantEqual(t, "reinforcing", res.Reinforcing, []Reinforcing{
			{Efforts: [2]string{"f1", "f3"}, Via: []string{"link"}, Linked: true, Score: 0.55},
			{Efforts: [2]string{"f2", "f3"}, Via: []string{"metric:m1"}, Score: 0.58},
			{Efforts: [2]string{"g1", "g2"}, Via: []string{"metric:m2"}, Score: 0.8},
			{Efforts: [2]string{"h1", "h2"}, Via: []string{"metric:m2"}, Linked: true, Score: 0.8},
			{Efforts: [2]string{"j1", "j2"}, Via: []string{"metric:m4"}, Score: 0.8},
			{Efforts: [2]string{"k1", "k2"}, Via: []string{"metric:m3"}, Score: 0.8},
		})
		wantEqual(t, "opportunities", res.Opportunities, []Opportunity{
			{Efforts: [2]string{"j1", "j2"}, Lanes: [2]string{"p", "r"}, Via: []string{"metric:m4"}, Score: 0.8},
			{Efforts: [2]string{"k1", "k2"}, Lanes: [2]string{"p", "q"}, Via: []string{"metric:m3"}, Score: 0.8},
			{Efforts: [2]string{"f2", "f3"}, Lanes: [2]string{"q", "r"}, Via: []string{"metric:m1"}, Score: 0.58},
		})
		wantEqual(t, "flywheels", res.Flywheels, [][]string{{"f1", "f2", "f3"}})
		wantEqual(t, "sharedMetrics", res.SharedMetrics, []SharedMetric{
			{Metric: "m1", Lanes: []string{"p", "q", "r"}, Efforts: []string{"f2", "f3", "n1"}},
			{Metric: "m2", Lanes: []string{"p", "q"}, Efforts: []string{"g1", "g2", "h1", "h2"}},
			{Metric: "m3", Lanes: []string{"p", "q"}, Efforts: []string{"k1", "k2"}},
			{Metric: "m4", Lanes: []string{"p", "r"}, Efforts: []string{"j1", "j2"}},
		})
		wantEqual(t, "opportunity count", res.Coordination.Opportunities, 3)
	}},
	{"blocked.tandem", func(t *testing.T, res *Result) {
		c := res.Coordination
		wantEqual(t, "blocked", [4]int{c.BlockedEvents, c.BlockedDays, c.CrossLaneBlockedEvents, c.CrossLaneBlockedDays}, [4]int{3, 8, 2, 6})
	}},
}

// TestFixtures runs every analysis on every fixture, checks what the table
// expects, and checks for all of them that the JSON is stable, that lists are
// never null and that the text report renders.
func TestFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(strings.TrimSuffix(f.file, ".tandem"), func(t *testing.T) {
			r := loadFixture(t, f.file)
			res := analyze(t, r)
			f.check(t, res)
			checkOrder(t, res)
			first := marshal(t, res)
			if again := marshal(t, analyze(t, loadFixture(t, f.file))); !bytes.Equal(first, again) {
				t.Error("two analyses of the same file give different bytes")
			}
			if bytes.Contains(first, []byte("null")) {
				t.Errorf("JSON has a null:\n%s", first)
			}
			var text bytes.Buffer
			if err := WriteText(&text, r, res); err != nil || text.Len() == 0 {
				t.Errorf("WriteText: %v, %d bytes", err, text.Len())
			}
		})
	}
}

// TestCycles checks that a dependency cycle is a *model.CycleError listing
// one cycle in dependency order from its smallest id.
func TestCycles(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"cycle.tandem", []string{"a", "b", "c"}},
		{"selfloop.tandem", []string{"z"}},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "fixtures", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		r, err := model.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Analyze(r, Options{Today: fixedToday})
		var ce *model.CycleError
		if !errors.As(err, &ce) {
			t.Fatalf("%s: error %v, want a *model.CycleError", tc.file, err)
		}
		wantEqual(t, tc.file, ce.Efforts, tc.want)
	}
}

func loadFixture(t *testing.T, name string) *model.Roadmap {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	return load(t, data)
}

func row(t *testing.T, res *Result, id string) *Scheduled {
	t.Helper()
	for i := range res.Schedule {
		if res.Schedule[i].ID == id {
			return &res.Schedule[i]
		}
	}
	t.Fatalf("no schedule row for %q", id)
	return nil
}

func wantEqual(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

func wantES(t *testing.T, res *Result, want map[string]int) {
	t.Helper()
	for id, es := range want {
		if got := row(t, res, id).ES; got != es {
			t.Errorf("%s: es %d, want %d", id, got, es)
		}
	}
}

func wantSlip(t *testing.T, res *Result, want map[string]int) {
	t.Helper()
	for id, slip := range want {
		if got := row(t, res, id).SlipDays; got != slip {
			t.Errorf("%s: slipDays %d, want %d", id, got, slip)
		}
	}
}

func wantDates(t *testing.T, res *Result, want map[string][2]model.Date) {
	t.Helper()
	for id, d := range want {
		r := row(t, res, id)
		if got := [2]model.Date{r.Start, r.End}; got != d {
			t.Errorf("%s: dates %v, want %v", id, got, d)
		}
	}
}

func wantConflicts(t *testing.T, res *Result, want []Conflict) {
	t.Helper()
	if !reflect.DeepEqual(res.Conflicts, want) {
		t.Errorf("conflicts:\n got %s\nwant %s", marshal(t, res.Conflicts), marshal(t, want))
	}
}

// TestEmptyRoadmap: no efforts is not an error; every list is empty, not
// null, and the finish is the start.
func TestEmptyRoadmap(t *testing.T) {
	r := model.New("empty")
	r.Start = "2026-03-02"
	res := analyze(t, r)
	wantEqual(t, "finish", res.Finish, model.Date("2026-03-02"))
	if b := marshal(t, res); bytes.Contains(b, []byte("null")) {
		t.Errorf("null in %s", b)
	}
	r.Start = ""
	res = analyze(t, r)
	wantEqual(t, "start and finish without any date (not today's date)", [2]model.Date{res.Start, res.Finish}, [2]model.Date{"", ""})
	r.AsOf = "2026-05-04"
	res = analyze(t, r)
	wantEqual(t, "start and finish of an empty roadmap with asOf", [2]model.Date{res.Start, res.Finish}, [2]model.Date{"2026-05-04", "2026-05-04"})
}

// TestEffortsBeforeStart: a roadmap whose efforts all lie before its start
// finishes with its last effort, not at day 0, and has a critical path.
func TestEffortsBeforeStart(t *testing.T) {
	r := load(t, []byte(`{"format": "tandem/roadmap", "version": 1, "name": "early", "start": "2026-03-01",
		"lanes": [{"id": "l", "name": "L"}],
		"efforts": [
			{"id": "a", "lane": "l", "title": "A", "start": "2026-02-01", "end": "2026-02-10"},
			{"id": "b", "lane": "l", "title": "B", "durationDays": 5}],
		"dependencies": [{"from": "a", "to": "b", "type": "FS", "lagDays": 0}]}`))
	res := analyze(t, r)
	wantEqual(t, "finish", res.Finish, model.Date("2026-03-05"))
	wantEqual(t, "durationDays (from a's start)", res.DurationDays, 33)
	wantEqual(t, "critical (b is held by day 0, not by a)", res.Critical, []string{"b"})
	wantEqual(t, "a's float", row(t, res, "a").Float, 18)
	r = load(t, []byte(`{"format": "tandem/roadmap", "version": 1, "name": "early", "start": "2026-03-01",
		"lanes": [{"id": "l", "name": "L"}],
		"efforts": [
			{"id": "a", "lane": "l", "title": "A", "start": "2026-02-01", "end": "2026-02-10"},
			{"id": "c", "lane": "l", "title": "C", "start": "2026-02-05", "end": "2026-02-20"}]}`))
	res = analyze(t, r)
	wantEqual(t, "finish", res.Finish, model.Date("2026-02-20"))
	wantEqual(t, "durationDays", res.DurationDays, 20)
	wantEqual(t, "critical", res.Critical, []string{"c"})
	wantEqual(t, "a's float", row(t, res, "a").Float, 10)
}
