package model

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"tandem/backend/internal/golden"
)

// limitCases sets one field or list of the base roadmap to n characters
// or entries; want is the path of the problem past the limit.
var limitCases = []struct {
	name string
	max  int
	set  func(r *Roadmap, n int)
	want string // path: message
}{
	{"roadmap name", MaxNameLength, func(r *Roadmap, n int) { r.Name = text(n) }, "name: longer than 200 characters"},
	{"lane name", MaxNameLength, func(r *Roadmap, n int) { r.Lanes[1].Name = text(n) },
		`lanes[1] (id "content").name: longer than 200 characters`},
	{"lane colour", MaxLabelLength, func(r *Roadmap, n int) { r.Lanes[0].Color = text(n) }, `lanes[0] (id "paid").color: longer`},
	{"surface name", MaxNameLength, func(r *Roadmap, n int) { r.Surfaces[0].Name = text(n) }, `surfaces[0] (id "pricing-page").name: longer`},
	{"surface kind", MaxLabelLength, func(r *Roadmap, n int) { r.Surfaces[0].Kind = text(n) }, `surfaces[0] (id "pricing-page").kind: longer`},
	{"metric name", MaxNameLength, func(r *Roadmap, n int) { r.Metrics[0].Name = text(n) }, `metrics[0] (id "signup-cr").name: longer`},
	{"metric unit", MaxLabelLength, func(r *Roadmap, n int) { r.Metrics[0].Unit = text(n) }, `metrics[0] (id "signup-cr").unit: longer`},
	{"effort title", MaxTitleLength, func(r *Roadmap, n int) { r.Efforts[1].Title = text(n) },
		`efforts[1] (id "b").title: longer than 1,000 characters`},
	{"effort owner", MaxLabelLength, func(r *Roadmap, n int) { r.Efforts[1].Owner = text(n) }, `efforts[1] (id "b").owner: longer`},
	{"effort notes", MaxNotesLength, func(r *Roadmap, n int) { r.Efforts[2].Notes = text(n) },
		`efforts[2] (id "c").notes: longer than 100,000 characters`},
	{"effort unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Efforts[0].Extra = extraOf(n) },
		`efforts[0] (id "a"): unknown keys of 100,001 bytes, over the limit of 100,000`},
	{"roadmap unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Extra = extraOf(n) }, "unknown keys of 100,001 bytes"},
	{"calendar unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Calendar = monFri(); r.Calendar.Extra = extraOf(n) },
		"calendar: unknown keys of 100,001 bytes"},
	{"lane unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Lanes[0].Extra = extraOf(n) }, `lanes[0] (id "paid"): unknown keys`},
	{"dependency unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Dependencies[1].Extra = extraOf(n) },
		`dependencies[1] (from "b" to "c"): unknown keys`},
	{"link note", MaxNotesLength, func(r *Roadmap, n int) { r.Links[0].Note = text(n) }, `links[0] (a "a" b "c").note: longer`},
	{"link unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Links[0].Extra = extraOf(n) }, `links[0] (a "a" b "c"): unknown keys`},
	{"decision title", MaxTitleLength, func(r *Roadmap, n int) { r.Decisions[0].Title = text(n) }, `decisions[0] (id "d1").title: longer`},
	{"decision rationale", MaxNotesLength, func(r *Roadmap, n int) { r.Decisions[0].Rationale = text(n) },
		`decisions[0] (id "d1").rationale: longer than 100,000`},
	{"decision trigger", MaxNotesLength, func(r *Roadmap, n int) { r.Decisions[0].Trigger = text(n) }, `decisions[0] (id "d1").trigger: longer`},
	{"decision by", MaxLabelLength, func(r *Roadmap, n int) { r.Decisions[0].By = text(n) }, `decisions[0] (id "d1").by: longer`},
	{"decision conflict", MaxKeyLength, func(r *Roadmap, n int) { r.Decisions[0].Conflict = text(n) }, `decisions[0] (id "d1").conflict: longer`},
	{"decision removed key", MaxKeyLength, func(r *Roadmap, n int) { r.Decisions[0].Removed = []string{"k", text(n)} },
		`decisions[0] (id "d1").removed[1]: longer than 400`},
	{"decision window severity", MaxLabelLength, func(r *Roadmap, n int) { r.Decisions[0].Window = &ConflictWindow{Severity: text(n)} },
		`decisions[0] (id "d1").window.severity: longer`},
	{"decision window unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Decisions[0].Window = &ConflictWindow{Extra: extraOf(n)} },
		`decisions[0] (id "d1").window: unknown keys`},
	{"decision unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Decisions[0].Extra = extraOf(n) }, `decisions[0] (id "d1"): unknown keys`},
	{"ritual name", MaxNameLength, func(r *Roadmap, n int) { r.Rituals[0].Name = text(n) }, `rituals[0] (id "weekly").name: longer`},
	{"ritual unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Rituals[0].Extra = extraOf(n) }, `rituals[0] (id "weekly"): unknown keys`},
	{"event unknown keys", MaxExtraBytes, func(r *Roadmap, n int) { r.Events[1].Extra = extraOf(n) }, `events[1] (effort "b"): unknown keys`},

	{"touches", MaxTouches, func(r *Roadmap, n int) {
		r.Surfaces = make([]Surface, n)
		r.Efforts[0].Touches = make([]Touch, n)
		for j := range n {
			r.Surfaces[j] = Surface{ID: fmt.Sprint("s", j), Name: "S"}
			r.Efforts[0].Touches[j] = Touch{Surface: fmt.Sprint("s", j), Mode: ModeRelies}
		}
	}, `efforts[0] (id "a").touches: 1,001 touches, over the limit of 1,000`},
	{"moves", MaxMoves, func(r *Roadmap, n int) {
		r.Metrics = make([]Metric, n)
		r.Efforts[0].Moves = make([]Move, n)
		for j := range n {
			r.Metrics[j] = Metric{ID: fmt.Sprint("m", j), Name: "M"}
			r.Efforts[0].Moves[j] = Move{Metric: fmt.Sprint("m", j), Direction: DirectionUp}
		}
	}, `efforts[0] (id "a").moves: 1,001 moves, over the limit of 1,000`},
	{"decision efforts", MaxDecisionEfforts, func(r *Roadmap, n int) {
		r.Decisions[0].Efforts = make([]string, n)
		for j := range n {
			r.Decisions[0].Efforts[j] = "a"
		}
	}, `decisions[0] (id "d1").efforts: 10,001 efforts, over the limit of 10,000`},
	{"decision removed", MaxDecisionRemoved, func(r *Roadmap, n int) { r.Decisions[0].Removed = make([]string, n) },
		`decisions[0] (id "d1").removed: 5,001 keys, over the limit of 5,000`},
	{"holidays", MaxHolidays, func(r *Roadmap, n int) {
		r.Calendar = monFri()
		r.Calendar.Holidays = make([]Date, n)
		for j := range n {
			r.Calendar.Holidays[j] = DateFromDays(MinDay + j)
		}
	}, "calendar.holidays: 36,601 holidays, over the limit of 36,600"},
	{"lanes", MaxLanes, func(r *Roadmap, n int) {
		for j := len(r.Lanes); j < n; j++ {
			r.Lanes = append(r.Lanes, Lane{ID: fmt.Sprint("l", j), Name: "L"})
		}
	}, "lanes: 10,001 lanes, over the limit of 10,000"},
	{"rituals", MaxRituals, func(r *Roadmap, n int) {
		for j := len(r.Rituals); j < n; j++ {
			r.Rituals = append(r.Rituals, Ritual{ID: fmt.Sprint("r", j), Name: "R", Cadence: "daily"})
		}
	}, "rituals: 1,001 rituals, over the limit of 1,000"},
	{"snapshots", MaxSnapshots, func(r *Roadmap, n int) {
		frozen := &Roadmap{Format: Format, Version: Version}
		for j := range n {
			r.Snapshots = append(r.Snapshots, Snapshot{ID: fmt.Sprint("s", j), Name: "S", Date: "2026-07-01",
				Hash: strings.Repeat("0", 64), Roadmap: frozen})
		}
	}, "snapshots: 1,001 snapshots, over the limit of 1,000"},
}

// text returns n characters, each of two bytes, so that a limit is
// counted in characters, not bytes.
func text(n int) string { return strings.Repeat("é", n) }

// extraOf returns unknown keys of n bytes in all (key and JSON value).
func extraOf(n int) Extra {
	return Extra{"k": []byte(`"` + strings.Repeat("x", n-3) + `"`)}
}

// TestLimits sets each field and list of the table of limits to its limit
// (valid) and one past it (one problem naming the place).
func TestLimits(t *testing.T) {
	for _, tc := range limitCases {
		t.Run(tc.name, func(t *testing.T) {
			r := base(t)
			tc.set(r, tc.max)
			if err := r.Validate(); err != nil {
				t.Fatalf("at the limit of %d: %v", tc.max, err)
			}
			r = base(t)
			tc.set(r, tc.max+1)
			err := r.Validate()
			var ve *ValidationError
			if !errors.As(err, &ve) || !strings.HasPrefix(ve.Problems[0].String(), tc.want) {
				t.Fatalf("past the limit: got %v, want a first problem starting %q", err, tc.want)
			}
		})
	}
}

// TestLimitsOfTheLargeLists checks the lists counted in millions with
// entries that are otherwise wrong: past its limit, a list's count is the
// only problem reported, at once. (A million efforts, the speed goals'
// roadmap, are valid: bench/memory imports them.)
func TestLimitsOfTheLargeLists(t *testing.T) {
	for _, tc := range []struct {
		set  func(r *Roadmap)
		want string
	}{
		{func(r *Roadmap) { r.Efforts = make([]Effort, MaxEfforts+1) }, "efforts: 1,000,001 efforts, over the limit of 1,000,000"},
		{func(r *Roadmap) { r.Surfaces = make([]Surface, MaxSurfaces+1) }, "surfaces: 1,000,001 surfaces, over the limit of 1,000,000"},
		{func(r *Roadmap) { r.Metrics = make([]Metric, MaxMetrics+1) }, "metrics: 1,000,001 metrics"},
		{func(r *Roadmap) { r.Dependencies = make([]Dependency, MaxDependencies+1) }, "dependencies: 4,000,001 dependencies"},
		{func(r *Roadmap) { r.Links = make([]Link, MaxLinks+1) }, "links: 1,000,001 links"},
		{func(r *Roadmap) { r.Decisions = make([]Decision, MaxDecisions+1) }, "decisions: 100,001 decisions"},
		{func(r *Roadmap) { r.Events = make([]Event, MaxEvents+1) }, "events: 4,000,001 events, over the limit of 4,000,000"},
	} {
		r := &Roadmap{Format: Format, Version: Version}
		tc.set(r)
		wantFirst(t, r, tc.want)
	}
}

func wantFirst(t *testing.T, r *Roadmap, want string) {
	t.Helper()
	var ve *ValidationError
	if err := r.Validate(); !errors.As(err, &ve) || len(ve.Problems) != 1 || !strings.HasPrefix(ve.Problems[0].String(), want) {
		t.Fatalf("got %.200v, want one problem %q", err, want)
	}
}

// TestNulInTextIsRefused refuses a NUL character in any text field,
// naming the field: the CSV and XML exports could not carry it back.
func TestNulInTextIsRefused(t *testing.T) {
	for _, tc := range []struct {
		set  func(r *Roadmap)
		want string
	}{
		{func(r *Roadmap) { r.Efforts[1].Title = "a\x00b" }, `efforts[1] (id "b").title: holds a NUL character`},
		{func(r *Roadmap) { r.Lanes[0].Name = "\x00" }, `lanes[0] (id "paid").name: holds a NUL character`},
		{func(r *Roadmap) { r.Decisions[0].Rationale = "x\x00" }, `decisions[0] (id "d1").rationale: holds a NUL character`},
		{func(r *Roadmap) { r.Name = "\x00" }, "name: holds a NUL character"},
	} {
		r := base(t)
		tc.set(r)
		wantFirst(t, r, tc.want)
	}
}

// TestDatesWithinTheYears refuses dates before 1000 and after 9999.
func TestDatesWithinTheYears(t *testing.T) {
	for _, tc := range []struct {
		date Date
		ok   bool
	}{{"1000-01-01", true}, {"9999-12-31", true}, {"0999-12-31", false}, {"0000-01-01", false}} {
		r := base(t)
		r.Efforts[2].Start = tc.date
		r.Calendar = nil
		err := r.Validate()
		if tc.ok != (err == nil) {
			t.Errorf("%s: %v", tc.date, err)
		}
		if !tc.ok && !strings.Contains(err.Error(), `efforts[2] (id "c").start: `+string(tc.date)+" is outside the years 1000 to 9999") {
			t.Errorf("%s: %v", tc.date, err)
		}
	}
}

// TestReadmeShowsTheLimits keeps README's table the one of Limits. Run
// with -update to write it.
func TestReadmeShowsTheLimits(t *testing.T) {
	const path = "../../README.md"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- limits table: generated from backend/model/limits.go -->\n", "<!-- end of limits table -->\n"
	readme := string(b)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q ... %q", strings.TrimSpace(begin), strings.TrimSpace(end))
	}
	want := readme[:i+len(begin)] + LimitsMarkdown() + readme[j:]
	if golden.Updating() {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if readme != want {
		t.Fatalf("README.md's limits table differs from model.Limits; run go test ./backend/model -run TestReadmeShowsTheLimits -update")
	}
}
