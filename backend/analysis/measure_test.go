package analysis

import (
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
	"tandem/backend/model"
	"tandem/backend/model/modeltest"
	"tandem/backend/sample"
)

// measureOf loads a roadmap from JSON text and measures it with the fixed today.
func measureOf(t *testing.T, file string) *Measures {
	t.Helper()
	r := load(t, []byte(file))
	m, err := Measure(r, analyze(t, r), Options{Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waitsRoadmap: lanes a, b, c; a1 waits on b1 twice (3 days, then 2 more
// after a pause), b2 waits on a1 and is still blocked, c1 waits on c2 (same
// lane). asOf 2026-01-20, no calendar.
const waitsRoadmap = `{"format":"tandem/roadmap","version":1,"name":"w","start":"2026-01-05","asOf":"2026-01-20",
 "lanes":[{"id":"a","name":"A"},{"id":"b","name":"B"},{"id":"c","name":"C"}],
 "efforts":[
  {"id":"a1","lane":"a","title":"A1","start":"2026-01-05","end":"2026-01-24"},
  {"id":"b1","lane":"b","title":"B1","start":"2026-01-05","end":"2026-01-09"},
  {"id":"b2","lane":"b","title":"B2","start":"2026-01-12","end":"2026-01-30","status":"blocked"},
  {"id":"c1","lane":"c","title":"C1","start":"2026-01-05","end":"2026-01-06"},
  {"id":"c2","lane":"c","title":"C2","start":"2026-02-01","end":"2026-02-02"}],
 "events":[
  {"effort":"a1","date":"2026-01-06","status":"blocked","blockedBy":"b1"},
  {"effort":"a1","date":"2026-01-09","status":"active"},
  {"effort":"a1","date":"2026-01-12","status":"blocked","blockedBy":"b1"},
  {"effort":"a1","date":"2026-01-14","status":"active"},
  {"effort":"b2","date":"2026-01-15","status":"blocked","blockedBy":"a1"},
  {"effort":"b2","date":"2026-01-17","status":"blocked","blockedBy":"b1"},
  {"effort":"c1","date":"2026-01-05","status":"blocked","blockedBy":"c2"},
  {"effort":"c1","date":"2026-01-06","status":"done"},
  {"effort":"c2","date":"2026-03-01","status":"blocked","blockedBy":"a1"}]}`

func TestDebt(t *testing.T) {
	m := measureOf(t, waitsRoadmap)
	d := m.Debt
	wantEqual(t, "period", [2]model.Date{m.From, m.AsOf}, [2]model.Date{"2026-01-05", "2026-01-20"})
	// a1 works 15 days (Jan 5..19) before asOf, b1 5, b2 8 (Jan 12..19), c1 2, c2 none yet.
	wantEqual(t, "lanes", d.Lanes, []LaneDebt{
		{Lane: "a", WorkingDays: 15, BlockedEvents: 2, BlockedDays: 5, CrossLaneBlockedEvents: 2, CrossLaneBlockedDays: 5, Impact: 0.333},
		{Lane: "b", WorkingDays: 13, BlockedEvents: 2, BlockedDays: 5, CrossLaneBlockedEvents: 1, CrossLaneBlockedDays: 2, Impact: 0.154},
		{Lane: "c", WorkingDays: 2, BlockedEvents: 1, BlockedDays: 1},
	})
	wantEqual(t, "matrix", d.Waits, []LaneWait{
		{Waiter: "a", Blocker: "b", Events: 2, Days: 5},
		{Waiter: "b", Blocker: "a", Events: 1, Days: 2},
		{Waiter: "b", Blocker: "b", Events: 1, Days: 3},
		{Waiter: "c", Blocker: "c", Events: 1, Days: 1},
	})
	// Weeks from Monday Jan 5: a1 Jan 6-8 and 12-13, b2 Jan 15-19 (Jan 15-16 on a1), c1 Jan 5;
	// the last week holds the finish (c2, Feb 2).
	wantEqual(t, "weeks", d.Weeks[:3], []WeekDebt{
		{Start: "2026-01-05", Days: 4, CrossLaneDays: 3, Waits: 1, Past: true},
		{Start: "2026-01-12", Days: 6, CrossLaneDays: 4, Waits: 2, Past: true},
		{Start: "2026-01-19", Days: 1, CrossLaneDays: 0, Waits: 0, Past: true},
	})
	wantEqual(t, "weeks run to the finish", d.Weeks[len(d.Weeks)-1].Start, model.Date("2026-02-02"))
	wantEqual(t, "a week after asOf is not past", d.Weeks[len(d.Weeks)-1].Past, false)
	wantEqual(t, "most waited", d.MostWaited, []EffortWait{
		{Effort: "a1", Lane: "a", Events: 2, Days: 5, CrossLaneDays: 5, Blockers: []string{"b1"}},
		{Effort: "b2", Lane: "b", Events: 2, Days: 5, CrossLaneDays: 2, Blockers: []string{"a1", "b1"}},
		{Effort: "c1", Lane: "c", Events: 1, Days: 1, Blockers: []string{"c2"}},
	})
	// b2's two blocked events run into each other: blocked since the first.
	wantEqual(t, "open", d.Open, []OpenWait{
		{Effort: "b2", Lane: "b", BlockedBy: "b1", BlockerLane: "b", Since: "2026-01-15", Days: 5},
	})
}

// TestDebtAgreesWithCoordination checks, on generated roadmaps, that the
// lanes' blocked figures add up to SPEC §3.4's, and that the weeks hold
// every blocked day of the span.
func TestDebtAgreesWithCoordination(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		r := modeltest.Generate(400+int(seed)*53, seed)
		res := analyze(t, r)
		m, err := Measure(r, res, Options{Today: fixedToday})
		if err != nil {
			t.Fatal(err)
		}
		var sum Coordination
		for _, l := range m.Debt.Lanes {
			sum.BlockedEvents += l.BlockedEvents
			sum.BlockedDays += l.BlockedDays
			sum.CrossLaneBlockedEvents += l.CrossLaneBlockedEvents
			sum.CrossLaneBlockedDays += l.CrossLaneBlockedDays
		}
		c := res.Coordination
		want := Coordination{BlockedEvents: c.BlockedEvents, BlockedDays: c.BlockedDays,
			CrossLaneBlockedEvents: c.CrossLaneBlockedEvents, CrossLaneBlockedDays: c.CrossLaneBlockedDays}
		wantEqual(t, "lane sums", sum, want)
		cells := 0
		for _, w := range m.Debt.Waits {
			cells += w.Days
		}
		wantEqual(t, "matrix days", cells, c.BlockedDays)
		if c.BlockedEvents == 0 {
			t.Fatalf("seed %d: the generated roadmap has no waits", seed)
		}
	}
}

// handoffRoadmap: lane p delivers to lane s. asOf 2026-01-20, no calendar.
// ontime: done Jan 9, needed by Jan 9 (s-fs starts Jan 10).
// late: done Jan 12 for a successor starting Jan 10 (FS): 3 days late.
// due: not done, needed by Jan 13 (s-due starts Jan 14): 7 days late if it finishes today.
// future: not done, needed by Jan 31: pending.
// ss: SS lag 2, started (active) Jan 6 for a successor starting Jan 8: on time.
// reopened: done Jan 5, then active again: not delivered; needed by Jan 17 (lag 1): late.
// same-lane dependencies are not handoffs.
const handoffRoadmap = `{"format":"tandem/roadmap","version":1,"name":"h","start":"2026-01-01","asOf":"2026-01-20",
 "lanes":[{"id":"p","name":"P"},{"id":"s","name":"S"}],
 "efforts":[
  {"id":"ontime","lane":"p","title":"x","start":"2026-01-01","end":"2026-01-09","status":"done"},
  {"id":"late","lane":"p","title":"x","start":"2026-01-01","end":"2026-01-09","status":"done"},
  {"id":"due","lane":"p","title":"x","start":"2026-01-01","end":"2026-01-13","status":"active"},
  {"id":"future","lane":"p","title":"x","start":"2026-01-01","end":"2026-01-30","status":"active"},
  {"id":"ss","lane":"p","title":"x","start":"2026-01-06","end":"2026-01-09"},
  {"id":"reopened","lane":"p","title":"x","start":"2026-01-01","end":"2026-01-05","status":"active"},
  {"id":"s-fs","lane":"s","title":"x","start":"2026-01-10","end":"2026-01-20"},
  {"id":"s-due","lane":"s","title":"x","start":"2026-01-14","end":"2026-01-20"},
  {"id":"s-future","lane":"s","title":"x","start":"2026-01-31","end":"2026-02-05"},
  {"id":"s-ss","lane":"s","title":"x","start":"2026-01-08","end":"2026-01-20"},
  {"id":"s-re","lane":"s","title":"x","start":"2026-01-19","end":"2026-01-25"},
  {"id":"p-next","lane":"p","title":"x","start":"2026-01-10","end":"2026-01-12"}],
 "dependencies":[
  {"from":"ontime","to":"s-fs","type":"FS","lagDays":0},
  {"from":"late","to":"s-fs","type":"FS","lagDays":0},
  {"from":"due","to":"s-due","type":"FS","lagDays":0},
  {"from":"future","to":"s-future","type":"FS","lagDays":0},
  {"from":"ss","to":"s-ss","type":"SS","lagDays":2},
  {"from":"reopened","to":"s-re","type":"FS","lagDays":1},
  {"from":"late","to":"p-next","type":"FS","lagDays":0}],
 "events":[
  {"effort":"ontime","date":"2026-01-09","status":"done"},
  {"effort":"late","date":"2026-01-12","status":"done"},
  {"effort":"ss","date":"2026-01-06","status":"active"},
  {"effort":"reopened","date":"2026-01-05","status":"done"},
  {"effort":"reopened","date":"2026-01-07","status":"active"}]}`

func TestTrust(t *testing.T) {
	m := measureOf(t, handoffRoadmap)
	wantEqual(t, "ledger", m.Trust, []TrustPair{{From: "p", To: "s", OnTime: 2, Late: 3, Pending: 1, Missed: []Handoff{
		{From: "due", To: "s-due", Type: "FS", NeedBy: "2026-01-13", DaysLate: 7},
		{From: "late", To: "s-fs", Type: "FS", NeedBy: "2026-01-09", Delivered: "2026-01-12", DaysLate: 3},
		{From: "reopened", To: "s-re", Type: "FS", NeedBy: "2026-01-17", DaysLate: 3},
	}}})
}

// metricsRoadmap: "reach" is moved by lanes a and b, both joined to the
// other lane by a dependency (joint); "churn" by a and b in opposite
// directions at once (opposed), b2 joined to nothing; "nps" by lane a only.
const metricsRoadmap = `{"format":"tandem/roadmap","version":1,"name":"m","start":"2026-01-01","asOf":"2026-01-01",
 "lanes":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
 "metrics":[{"id":"reach","name":"Reach"},{"id":"churn","name":"Churn"},{"id":"nps","name":"NPS"}],
 "efforts":[
  {"id":"a1","lane":"a","title":"x","start":"2026-01-05","end":"2026-01-09","moves":[{"metric":"reach","direction":"up"},{"metric":"churn","direction":"down"}]},
  {"id":"b1","lane":"b","title":"x","start":"2026-01-01","end":"2026-01-04","moves":[{"metric":"reach","direction":"up"}]},
  {"id":"b2","lane":"b","title":"x","start":"2026-01-06","end":"2026-01-07","moves":[{"metric":"churn","direction":"up"},{"metric":"nps","direction":"up"}]},
  {"id":"a2","lane":"a","title":"x","durationDays":2,"moves":[{"metric":"nps","direction":"up"}]}],
 "dependencies":[{"from":"b1","to":"a1","type":"FS","lagDays":0}]}`

func TestMetricUses(t *testing.T) {
	m := measureOf(t, metricsRoadmap)
	wantEqual(t, "metrics", m.Metrics, []MetricUse{
		{Metric: "reach", Lanes: []string{"a", "b"}, Shared: true, Joint: true, Movers: []Mover{
			{Effort: "b1", Lane: "b", Direction: "up", Start: "2026-01-01", End: "2026-01-04", Joined: true},
			{Effort: "a1", Lane: "a", Direction: "up", Start: "2026-01-05", End: "2026-01-09", Joined: true},
		}},
		{Metric: "churn", Lanes: []string{"a", "b"}, Shared: true, Opposed: true, Movers: []Mover{
			{Effort: "a1", Lane: "a", Direction: "down", Start: "2026-01-05", End: "2026-01-09", Opposed: true, Joined: true},
			{Effort: "b2", Lane: "b", Direction: "up", Start: "2026-01-06", End: "2026-01-07", Opposed: true},
		}},
		{Metric: "nps", Lanes: []string{"a", "b"}, Shared: true, Movers: []Mover{
			{Effort: "a2", Lane: "a", Direction: "up", Start: "2026-01-01", End: "2026-01-02"},
			{Effort: "b2", Lane: "b", Direction: "up", Start: "2026-01-06", End: "2026-01-07"},
		}},
	})
}

// TestMeasureCalendar counts blocked and working days in working days.
func TestMeasureCalendar(t *testing.T) {
	m := measureOf(t, `{"format":"tandem/roadmap","version":1,"name":"c","start":"2026-01-05","asOf":"2026-01-19",
	 "calendar":{"workdays":["mon","tue","wed","thu","fri"],"holidays":["2026-01-07"]},
	 "lanes":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
	 "efforts":[{"id":"a1","lane":"a","title":"x","start":"2026-01-05","end":"2026-01-23"},
	            {"id":"b1","lane":"b","title":"x","start":"2026-01-05","end":"2026-01-06"}],
	 "events":[{"effort":"a1","date":"2026-01-05","status":"blocked","blockedBy":"b1"},
	           {"effort":"a1","date":"2026-01-13","status":"active"}]}`)
	// Jan 5..12 has 5 working days (Jan 7 is a holiday; 10, 11 a weekend); a1 works 9 days before Jan 19.
	wantEqual(t, "lane a", m.Debt.Lanes[0], LaneDebt{Lane: "a", WorkingDays: 9, BlockedEvents: 1, BlockedDays: 5,
		CrossLaneBlockedEvents: 1, CrossLaneBlockedDays: 5, Impact: 0.556})
	wantEqual(t, "weeks", [2]int{m.Debt.Weeks[0].CrossLaneDays, m.Debt.Weeks[1].CrossLaneDays}, [2]int{4, 1})
}

// TestGoldenMeasures compares the measures of the built-in sample with
// testdata/sample.measures.json (go test -update rewrites it).
func TestGoldenMeasures(t *testing.T) {
	r := load(t, sample.Bytes())
	m, err := Measure(r, analyze(t, r), Options{Today: fixedToday})
	if err != nil {
		t.Fatal(err)
	}
	got := marshal(t, m)
	golden.Check(t, filepath.Join("testdata", "sample.measures.json"), got)
}
