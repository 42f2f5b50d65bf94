package model

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// validBase is a small valid roadmap that each case below breaks in one way.
// 2026-07-06 is a Monday.
const validBase = `{"format": "tandem/roadmap", "version": 1, "name": "Base", "start": "2026-07-01",
 "lanes": [{"id": "paid", "name": "Paid"}, {"id": "content", "name": "Content"}],
 "surfaces": [{"id": "pricing-page", "name": "Pricing"}],
 "metrics": [{"id": "signup-cr", "name": "Signup"}],
 "efforts": [
  {"id": "a", "lane": "paid", "title": "A", "start": "2026-07-06", "end": "2026-07-10",
   "touches": [{"surface": "pricing-page", "mode": "changes"}], "moves": [{"metric": "signup-cr", "direction": "up"}]},
  {"id": "b", "lane": "content", "title": "B", "durationDays": 5},
  {"id": "c", "lane": "content", "title": "C", "start": "2026-07-13", "durationDays": 0}],
 "dependencies": [{"from": "a", "to": "b", "type": "FS", "lagDays": 0}, {"from": "b", "to": "c", "lagDays": 1}],
 "links": [{"a": "a", "b": "c", "kind": "reinforces"}],
 "decisions": [{"id": "d1", "date": "2026-07-02", "kind": "sequence", "efforts": ["a", "b"], "title": "T"}],
 "rituals": [{"id": "weekly", "name": "Weekly", "cadence": "weekly", "weekday": "monday"}],
 "events": [{"effort": "b", "date": "2026-07-10", "status": "blocked", "blockedBy": "a"},
            {"effort": "b", "date": "2026-07-12", "status": "active"}]}`

func base(t testing.TB) *Roadmap {
	t.Helper()
	return mustParse(t, []byte(validBase))
}

func monFri() *Calendar {
	return &Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}, Holidays: []Date{"2026-07-14"}}
}

func ip(v int) *int { return &v }

func TestValidateValid(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *Roadmap)
	}{
		{"base", func(r *Roadmap) {}},
		{"with a Mon-Fri calendar", func(r *Roadmap) { r.Calendar = monFri() }},
		{"unset optional fields", func(r *Roadmap) { r.Start, r.AsOf, r.Name = "", "", "" }},
		{"end and duration agree", func(r *Roadmap) { r.Efforts[0].DurationDays = ip(5) }},
		{"end and duration agree in working days", func(r *Roadmap) {
			r.Calendar = monFri()
			r.Efforts[0].End = "2026-07-17" // 10 working days, less the holiday on the 14th
			r.Efforts[0].DurationDays = ip(9)
		}},
		{"start and end on days off", func(r *Roadmap) {
			r.Calendar = monFri()
			r.Efforts[0].Start, r.Efforts[0].End = "2026-07-04", "2026-07-12"
		}},
		{"one-day effort", func(r *Roadmap) { r.Efforts[0].End = r.Efforts[0].Start }},
		{"milestone without a start", func(r *Roadmap) { r.Efforts[2].Start = "" }},
		{"same id in different kinds", func(r *Roadmap) {
			r.Efforts[0].ID = "paid"
			r.Dependencies[0].From = "paid"
			r.Links[0].A = "paid"
			r.Decisions[0].Efforts[0] = "paid"
			r.Events[0].BlockedBy = "paid"
		}},
		{"id of 128 characters", func(r *Roadmap) { r.Lanes[0].ID = strings.Repeat("é", 128); r.Efforts[0].Lane = r.Lanes[0].ID }},
		{"every enum value", func(r *Roadmap) {
			for i, s := range statusValues {
				r.Events = append(r.Events, Event{Effort: "a", Date: "2026-07-20", Status: s})
				r.Efforts = append(r.Efforts, Effort{ID: fmt.Sprint("s", i), Lane: "paid", Status: s, DurationDays: ip(1)})
			}
			for _, tp := range depTypeValues {
				r.Dependencies = append(r.Dependencies, Dependency{From: "s0", To: "s1", Type: tp})
				r.Dependencies[len(r.Dependencies)-1].From = "s" + tp // distinct pairs
				r.Efforts = append(r.Efforts, Effort{ID: "s" + tp, Lane: "paid", DurationDays: ip(1)})
			}
			for i, c := range cadenceValues {
				for j, w := range weekdayValues {
					r.Rituals = append(r.Rituals, Ritual{ID: fmt.Sprint("r", i, j), Cadence: c, Weekday: w})
				}
			}
			for i, k := range decisionValues {
				r.Decisions = append(r.Decisions, Decision{ID: fmt.Sprint("d", i+2), Date: "2026-07-01", Kind: k})
			}
			r.Links = append(r.Links, Link{A: "a", B: "b", Kind: LinkConflicts})
			r.Efforts[1].Touches = []Touch{{"pricing-page", ModeRelies}}
			r.Efforts[1].Moves = []Move{{"signup-cr", DirectionDown}}
			r.Calendar = &Calendar{Workdays: workdayValues}
		}},
		{"killed efforts keep their references checked but are valid", func(r *Roadmap) { r.Efforts[1].Status = StatusKilled }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base(t)
			tt.edit(r)
			if err := r.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *Roadmap)
		want []string
	}{
		// header
		{"wrong format", func(r *Roadmap) { r.Format = "tandem/other" }, []string{`format: want "tandem/roadmap", got "tandem/other"`}},
		{"no format", func(r *Roadmap) { r.Format = "" }, []string{`format: missing (want "tandem/roadmap")`}},
		{"newer version", func(r *Roadmap) { r.Version = 2 }, []string{`version: unsupported version 2 (want 1)`}},
		{"no version", func(r *Roadmap) { r.Version = 0 }, []string{`version: missing (want 1)`}},
		{"bad start", func(r *Roadmap) { r.Start = "2026-02-30" }, []string{`start: bad date "2026-02-30": February 2026 has 28 days`}},
		{"bad asOf", func(r *Roadmap) { r.AsOf = "15/09/2026" }, []string{`asOf: bad date "15/09/2026": want YYYY-MM-DD`}},
		// calendar
		{"calendar without workdays", func(r *Roadmap) { r.Calendar = &Calendar{} }, []string{`calendar.workdays: no workdays`}},
		{"unknown workday", func(r *Roadmap) { r.Calendar = &Calendar{Workdays: []string{"mon", "Tuesday"}} },
			[]string{`calendar.workdays[1]: unknown workday "Tuesday" (want mon, tue, wed, thu, fri, sat or sun)`}},
		{"workday twice", func(r *Roadmap) { r.Calendar = &Calendar{Workdays: []string{"mon", "tue", "mon"}} },
			[]string{`calendar.workdays[2]: duplicate workday "mon"`}},
		{"bad holiday", func(r *Roadmap) {
			r.Calendar = &Calendar{Workdays: []string{"mon"}, Holidays: []Date{"2026-12-25", "2026-12-32"}}
		},
			[]string{`calendar.holidays[1]: bad date "2026-12-32": December 2026 has 31 days`}},
		// ids
		{"lane without id", func(r *Roadmap) { r.Lanes[1].ID = "" }, []string{
			`lanes[1].id: missing`,
			`efforts[1] (id "b").lane: unknown lane "content"`,
			`efforts[2] (id "c").lane: unknown lane "content"`}},
		{"id too long", func(r *Roadmap) { r.Surfaces[0].ID = strings.Repeat("x", 129); r.Efforts[0].Touches = nil },
			[]string{`surfaces[0] (id "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...").id: longer than 128 characters`}},
		{"duplicate lane", func(r *Roadmap) { r.Lanes[1].ID = "paid" }, []string{
			`lanes[1] (id "paid").id: duplicate id (also lanes[0])`,
			`efforts[1] (id "b").lane: unknown lane "content"`,
			`efforts[2] (id "c").lane: unknown lane "content"`}},
		{"duplicate surface", func(r *Roadmap) { r.Surfaces = append(r.Surfaces, r.Surfaces[0]) },
			[]string{`surfaces[1] (id "pricing-page").id: duplicate id (also surfaces[0])`}},
		{"duplicate metric", func(r *Roadmap) { r.Metrics = append(r.Metrics, r.Metrics[0]) },
			[]string{`metrics[1] (id "signup-cr").id: duplicate id (also metrics[0])`}},
		{"duplicate effort", func(r *Roadmap) { r.Efforts[2].ID = "a"; r.Links = nil; r.Dependencies = r.Dependencies[:1] },
			[]string{`efforts[2] (id "a").id: duplicate id (also efforts[0])`}},
		{"duplicate decision", func(r *Roadmap) { r.Decisions = append(r.Decisions, r.Decisions[0]) },
			[]string{`decisions[1] (id "d1").id: duplicate id (also decisions[0])`}},
		{"duplicate ritual", func(r *Roadmap) { r.Rituals = append(r.Rituals, r.Rituals[0]) },
			[]string{`rituals[1] (id "weekly").id: duplicate id (also rituals[0])`}},
		{"ritual without id", func(r *Roadmap) { r.Rituals[0].ID = "" }, []string{`rituals[0].id: missing`}},
		// effort references and enums
		{"unknown lane", func(r *Roadmap) { r.Efforts[0].Lane = "seo" }, []string{`efforts[0] (id "a").lane: unknown lane "seo"`}},
		{"no lane", func(r *Roadmap) { r.Efforts[0].Lane = "" }, []string{`efforts[0] (id "a").lane: missing`}},
		{"unknown status", func(r *Roadmap) { r.Efforts[0].Status = "finished" },
			[]string{`efforts[0] (id "a").status: unknown status "finished" (want planned, active, blocked, done, paused or killed)`}},
		{"unknown surface", func(r *Roadmap) { r.Efforts[0].Touches = append(r.Efforts[0].Touches, Touch{"home", ModeRelies}) },
			[]string{`efforts[0] (id "a").touches[1].surface: unknown surface "home"`}},
		{"unknown touch mode", func(r *Roadmap) { r.Efforts[0].Touches[0].Mode = "reads" },
			[]string{`efforts[0] (id "a").touches[0].mode: unknown mode "reads" (want changes or relies)`}},
		{"no touch mode", func(r *Roadmap) { r.Efforts[0].Touches[0].Mode = "" },
			[]string{`efforts[0] (id "a").touches[0].mode: missing (want changes or relies)`}},
		{"unknown metric", func(r *Roadmap) { r.Efforts[0].Moves[0].Metric = "mrr" },
			[]string{`efforts[0] (id "a").moves[0].metric: unknown metric "mrr"`}},
		{"unknown direction", func(r *Roadmap) { r.Efforts[0].Moves[0].Direction = "sideways" },
			[]string{`efforts[0] (id "a").moves[0].direction: unknown direction "sideways" (want up or down)`}},
		// effort dates
		{"neither start nor duration", func(r *Roadmap) { r.Efforts[1].DurationDays = nil },
			[]string{`efforts[1] (id "b"): gives neither start nor durationDays`}},
		{"start alone", func(r *Roadmap) { r.Efforts[0].End = "" },
			[]string{`efforts[0] (id "a"): gives start but neither end nor durationDays`}},
		{"end without start", func(r *Roadmap) { r.Efforts[1].End = "2026-07-10" },
			[]string{`efforts[1] (id "b").end: end without start`}},
		{"negative duration", func(r *Roadmap) { r.Efforts[1].DurationDays = ip(-3) },
			[]string{`efforts[1] (id "b").durationDays: negative duration -3`}},
		{"duration past 100 years", func(r *Roadmap) { r.Efforts[1].DurationDays = ip(1e9) },
			[]string{`efforts[1] (id "b").durationDays: 1000000000 is over the limit of 36600 days (100 years)`}},
		{"end before start", func(r *Roadmap) { r.Efforts[0].End = "2026-07-05" },
			[]string{`efforts[0] (id "a").end: 2026-07-05 is before start 2026-07-06`}},
		{"bad start date", func(r *Roadmap) { r.Efforts[0].Start = "2026-06-31" },
			[]string{`efforts[0] (id "a").start: bad date "2026-06-31": June 2026 has 30 days`}},
		{"bad end date", func(r *Roadmap) { r.Efforts[0].End = "2026-7-10" },
			[]string{`efforts[0] (id "a").end: bad date "2026-7-10": want YYYY-MM-DD`}},
		{"end and duration disagree", func(r *Roadmap) { r.Efforts[0].DurationDays = ip(4) },
			[]string{`efforts[0] (id "a").durationDays: 4 disagrees with start..end (5 days)`}},
		{"end and duration disagree in working days", func(r *Roadmap) {
			r.Calendar = monFri()
			r.Efforts[0].End = "2026-07-17"
			r.Efforts[0].DurationDays = ip(12)
		}, []string{`efforts[0] (id "a").durationDays: 12 disagrees with start..end (9 working days)`}},
		{"milestone with an end", func(r *Roadmap) { r.Efforts[2].End = "2026-07-13" },
			[]string{`efforts[2] (id "c").durationDays: 0 disagrees with start..end (1 day)`}},
		{"milestone on a weekend", func(r *Roadmap) { r.Calendar = monFri(); r.Efforts[2].Start = "2026-07-11" },
			[]string{`efforts[2] (id "c").start: milestone on a day off (Saturday)`}},
		{"milestone on a holiday", func(r *Roadmap) { r.Calendar = monFri(); r.Efforts[2].Start = "2026-07-14" },
			[]string{`efforts[2] (id "c").start: milestone on a day off (a holiday)`}},
		{"no working day", func(r *Roadmap) {
			r.Calendar = monFri()
			r.Efforts[0].Start, r.Efforts[0].End = "2026-07-11", "2026-07-12"
		}, []string{`efforts[0] (id "a"): start..end has no working day`}},
		// dependencies
		{"unknown predecessor", func(r *Roadmap) { r.Dependencies[0].From = "z" },
			[]string{`dependencies[0] (from "z" to "b").from: unknown effort "z"`}},
		{"missing successor", func(r *Roadmap) { r.Dependencies[0].To = "" },
			[]string{`dependencies[0] (from "a").to: missing`}},
		{"self dependency", func(r *Roadmap) { r.Dependencies[1].From = "c" },
			[]string{`dependencies[1] (from "c" to "c"): depends on itself`}},
		{"unknown dependency type", func(r *Roadmap) { r.Dependencies[0].Type = "fs" },
			[]string{`dependencies[0] (from "a" to "b").type: unknown type "fs" (want FS, SS, FF or SF)`}},
		{"lag past 100 years", func(r *Roadmap) { r.Dependencies[0].LagDays = 1<<31 - 1 },
			[]string{`dependencies[0] (from "a" to "b").lagDays: 2147483647 is over the limit of 36600 days (100 years) either way`}},
		{"lead past 100 years", func(r *Roadmap) { r.Dependencies[0].LagDays = -MaxDays - 1 },
			[]string{`dependencies[0] (from "a" to "b").lagDays: -36601 is over the limit of 36600 days (100 years) either way`}},
		{"duplicate dependency", func(r *Roadmap) {
			r.Dependencies = append(r.Dependencies, Dependency{From: "a", To: "b", Type: DepSS, LagDays: 2})
		}, []string{`dependencies[2] (from "a" to "b"): duplicate dependency (also dependencies[0])`}},
		{"cycle", func(r *Roadmap) { r.Dependencies = append(r.Dependencies, Dependency{From: "c", To: "a"}) },
			[]string{`dependencies: dependency cycle: a -> b -> c -> a`}},
		{"two-effort cycle", func(r *Roadmap) { r.Dependencies = append(r.Dependencies, Dependency{From: "c", To: "b", Type: DepFF}) },
			[]string{`dependencies: dependency cycle: b -> c -> b`}},
		{"cycle through a killed effort", func(r *Roadmap) {
			r.Efforts[1].Status = StatusKilled
			r.Dependencies = append(r.Dependencies, Dependency{From: "c", To: "a"})
		}, []string{`dependencies: dependency cycle: a -> b -> c -> a`}},
		// links
		{"unknown link end", func(r *Roadmap) { r.Links[0].B = "seo-hub" },
			[]string{`links[0] (a "a" b "seo-hub").b: unknown effort "seo-hub"`}},
		{"self link", func(r *Roadmap) { r.Links[0].B = "a" }, []string{`links[0] (a "a" b "a"): links an effort to itself`}},
		{"unknown link kind", func(r *Roadmap) { r.Links[0].Kind = "helps" },
			[]string{`links[0] (a "a" b "c").kind: unknown kind "helps" (want reinforces or conflicts)`}},
		{"no link kind", func(r *Roadmap) { r.Links[0].Kind = "" },
			[]string{`links[0] (a "a" b "c").kind: missing (want reinforces or conflicts)`}},
		{"duplicate link", func(r *Roadmap) { r.Links = append(r.Links, Link{A: "c", B: "a", Kind: LinkConflicts}) },
			[]string{`links[1] (a "c" b "a"): duplicate link between "c" and "a" (also links[0])`}},
		// decisions
		{"decision on an unknown effort", func(r *Roadmap) { r.Decisions[0].Efforts[1] = "zz" },
			[]string{`decisions[0] (id "d1").efforts[1]: unknown effort "zz"`}},
		{"decision supersedes an unknown one", func(r *Roadmap) { r.Decisions[0].Supersedes = "d9" },
			[]string{`decisions[0] (id "d1").supersedes: unknown decision "d9"`}},
		{"decision supersedes itself", func(r *Roadmap) { r.Decisions[0].Supersedes = "d1" },
			[]string{`decisions[0] (id "d1").supersedes: names the decision itself`}},
		{"unknown kill reason", func(r *Roadmap) { r.Decisions[0].Reason = "boredom" },
			[]string{`decisions[0] (id "d1").reason: unknown reason "boredom" (want wrong-time, conflict, strategy or evidence)`}},
		{"decision bad revisit", func(r *Roadmap) { r.Decisions[0].Revisit = "2026-13-01" },
			[]string{`decisions[0] (id "d1").revisit: bad date "2026-13-01": month 13 does not exist`}},
		{"decision bad window", func(r *Roadmap) { r.Decisions[0].Window = &ConflictWindow{From: "07-01"} },
			[]string{`decisions[0] (id "d1").window.from: bad date "07-01": want YYYY-MM-DD`}},
		{"decision without date", func(r *Roadmap) { r.Decisions[0].Date = "" }, []string{`decisions[0] (id "d1").date: missing`}},
		{"decision bad date", func(r *Roadmap) { r.Decisions[0].Date = "2026-02-29" },
			[]string{`decisions[0] (id "d1").date: bad date "2026-02-29": February 2026 has 28 days`}},
		{"unknown decision kind", func(r *Roadmap) { r.Decisions[0].Kind = "defer" },
			[]string{`decisions[0] (id "d1").kind: unknown kind "defer" (want kill, sequence, reschedule, integrate, accept, revive or other)`}},
		{"no decision kind", func(r *Roadmap) { r.Decisions[0].Kind = "" },
			[]string{`decisions[0] (id "d1").kind: missing (want kill, sequence, reschedule, integrate, accept, revive or other)`}},
		// rituals
		{"unknown cadence", func(r *Roadmap) { r.Rituals[0].Cadence = "yearly" },
			[]string{`rituals[0] (id "weekly").cadence: unknown cadence "yearly" (want daily, weekly, biweekly or monthly)`}},
		{"no cadence", func(r *Roadmap) { r.Rituals[0].Cadence = "" },
			[]string{`rituals[0] (id "weekly").cadence: missing (want daily, weekly, biweekly or monthly)`}},
		{"unknown weekday", func(r *Roadmap) { r.Rituals[0].Weekday = "mon" },
			[]string{`rituals[0] (id "weekly").weekday: unknown weekday "mon" (want monday, tuesday, wednesday, thursday, friday, saturday or sunday)`}},
		{"ritual with an unknown lane", func(r *Roadmap) { r.Rituals[0].Lanes = []string{"paid", "seo"} },
			[]string{`rituals[0] (id "weekly").lanes[1]: unknown lane "seo"`}},
		{"ritual with a lane twice", func(r *Roadmap) { r.Rituals[0].Lanes = []string{"paid", "paid"} },
			[]string{`rituals[0] (id "weekly").lanes[1]: lane "paid" listed twice`}},
		// snapshots
		{"snapshot without name, date, hash or roadmap", func(r *Roadmap) { r.Snapshots = []Snapshot{{ID: "s1"}} },
			[]string{`snapshots[0] (id "s1").name: missing`, `snapshots[0] (id "s1").date: missing`,
				`snapshots[0] (id "s1").hash: want 64 lower-case hex digits (SHA-256), got ""`, `snapshots[0] (id "s1").roadmap: missing`}},
		{"duplicate snapshot, nested snapshots", func(r *Roadmap) {
			s := mustFreeze(t, r, "s1")
			s.Roadmap.Snapshots = []Snapshot{mustFreeze(t, r, "inner")}
			r.Snapshots = []Snapshot{s, s}
		},
			[]string{`snapshots[1] (id "s1").id: duplicate id (also snapshots[0])`,
				`snapshots[0] (id "s1").roadmap.snapshots: a frozen roadmap holds no snapshots`,
				`snapshots[1] (id "s1").roadmap.snapshots: a frozen roadmap holds no snapshots`}},
		// events
		{"event on an unknown effort", func(r *Roadmap) { r.Events[1].Effort = "x" }, []string{`events[1] (effort "x").effort: unknown effort "x"`}},
		{"event without effort", func(r *Roadmap) { r.Events[1].Effort = "" }, []string{`events[1].effort: missing`}},
		{"event without date", func(r *Roadmap) { r.Events[1].Date = "" }, []string{`events[1] (effort "b").date: missing`}},
		{"event bad date", func(r *Roadmap) { r.Events[1].Date = "2026-13-01" },
			[]string{`events[1] (effort "b").date: bad date "2026-13-01": month 13 does not exist`}},
		{"unknown event status", func(r *Roadmap) { r.Events[1].Status = "started" },
			[]string{`events[1] (effort "b").status: unknown status "started" (want planned, active, blocked, done, paused or killed)`}},
		{"no event status", func(r *Roadmap) { r.Events[1].Status = "" },
			[]string{`events[1] (effort "b").status: missing (want planned, active, blocked, done, paused or killed)`}},
		{"unknown blocker", func(r *Roadmap) { r.Events[0].BlockedBy = "legal" }, []string{`events[0] (effort "b").blockedBy: unknown effort "legal"`}},
		{"blocked by itself", func(r *Roadmap) { r.Events[0].BlockedBy = "b" }, []string{`events[0] (effort "b").blockedBy: names the effort itself`}},
		{"blocker on another status", func(r *Roadmap) { r.Events[1].BlockedBy = "a" },
			[]string{`events[1] (effort "b").blockedBy: only a blocked event names a blocker`}},
		// several at once, in file order
		{"several", func(r *Roadmap) {
			r.Version = 3
			r.Efforts[0].Lane = "x"
			r.Events[0].Status = "x"
			r.Links[0].A = "x"
			r.Dependencies = append(r.Dependencies, Dependency{From: "c", To: "a"})
		}, []string{
			`version: unsupported version 3 (want 1)`,
			`efforts[0] (id "a").lane: unknown lane "x"`,
			`dependencies: dependency cycle: a -> b -> c -> a`,
			`links[0] (a "x" b "c").a: unknown effort "x"`,
			`events[0] (effort "b").status: unknown status "x" (want planned, active, blocked, done, paused or killed)`,
			`events[0] (effort "b").blockedBy: only a blocked event names a blocker`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base(t)
			tt.edit(r)
			before := r.Clone()
			err := r.Validate()
			if !reflect.DeepEqual(r, before) {
				t.Errorf("Validate changed the roadmap")
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			var got []string
			for _, p := range ve.Problems {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(tt.want, "\n     "))
			}
		})
	}
}

func TestValidationErrorMessage(t *testing.T) {
	r := base(t)
	r.Efforts[0].Lane = "x"
	if err := r.Validate(); err == nil || err.Error() != `efforts[0] (id "a").lane: unknown lane "x"` {
		t.Errorf("one problem: %v", err)
	}
	for i := range r.Efforts {
		r.Efforts[i].Lane = "x"
	}
	r.Format = "f"
	want := `format: want "tandem/roadmap", got "f"; efforts[0] (id "a").lane: unknown lane "x"; ` +
		`efforts[1] (id "b").lane: unknown lane "x" (and 1 more problem)`
	if err := r.Validate(); err == nil || err.Error() != want {
		t.Errorf("four problems:\n got %v\nwant %s", err, want)
	}
	var nilMap *Roadmap
	if err := nilMap.Validate(); err == nil || err.Error() != "no roadmap" {
		t.Errorf("nil roadmap: %v", err)
	}
}

func TestValidationErrorCap(t *testing.T) {
	r := base(t)
	for i := range MaxProblems + 10 {
		r.Efforts = append(r.Efforts, Effort{ID: fmt.Sprint("n", i), Lane: "nope", DurationDays: ip(1)})
	}
	var ve *ValidationError
	if !errors.As(r.Validate(), &ve) || len(ve.Problems) != MaxProblems || ve.Omitted != 10 {
		t.Fatalf("got %d problems, %d omitted", len(ve.Problems), ve.Omitted)
	}
	if !strings.HasSuffix(ve.Error(), "(and 1007 more problems)") {
		t.Errorf("Error() = %s", ve.Error())
	}
}

func TestValidateCycleError(t *testing.T) {
	r := base(t)
	r.Dependencies = append(r.Dependencies, Dependency{From: "c", To: "a"})
	err := r.Validate()
	var cyc *CycleError
	if !errors.As(err, &cyc) {
		t.Fatalf("errors.As(%v, *CycleError) failed", err)
	}
	if !reflect.DeepEqual(cyc.Efforts, []string{"a", "b", "c"}) {
		t.Errorf("cycle = %v", cyc.Efforts)
	}
	var ve *ValidationError
	if errors.As(base(t).Validate(), &ve) {
		t.Errorf("base is invalid")
	}
	r = base(t)
	r.Efforts[0].Lane = "x"
	if err := r.Validate(); errors.As(err, &cyc) {
		t.Errorf("a *CycleError without a cycle")
	}
}
