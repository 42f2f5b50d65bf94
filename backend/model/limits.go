package model

import (
	"fmt"
	"strings"
)

// The limits of a roadmap (README "Limits"). They are far above what a
// roadmap for people holds (the speed goals use a million efforts) and
// keep a file's memory bounded: no text field, list or date can make
// Tandem, or its store, run out of room. Validate enforces every one of
// them, so every way in (a roadmap file, CSV, MS Project XML,
// GanttProject, an edit from the app or over HTTP) refuses the same input
// with the same message, naming the field:
// `efforts[3] (id "x").notes: longer than 100,000 characters`.
// Text is counted in characters (Unicode code points), not bytes.
const (
	// MaxNameLength bounds the name of a roadmap, lane, surface, metric,
	// ritual and snapshot (the roadmap list has always stopped at 200).
	MaxNameLength = 200
	// MaxTitleLength bounds an effort's and a decision's title.
	MaxTitleLength = 1000
	// MaxLabelLength bounds the short free texts: an effort's owner, a
	// decision's "by", a lane's colour, a surface's kind, a metric's unit.
	MaxLabelLength = 200
	// MaxKeyLength bounds a decision's conflict key and each key it lists
	// as removed ("surface:ID:A+B": three ids and their separators).
	MaxKeyLength = 400
	// MaxNotesLength bounds the long texts: an effort's notes, a link's
	// note, a decision's rationale and trigger.
	MaxNotesLength = 100_000
	// MaxExtraBytes bounds the unknown keys of one object, kept as they
	// are (SPEC §2), as JSON.
	MaxExtraBytes = 100_000

	MaxLanes        = 10_000
	MaxSurfaces     = 1_000_000
	MaxMetrics      = 1_000_000
	MaxEfforts      = 1_000_000
	MaxDependencies = 4_000_000
	MaxLinks        = 1_000_000
	MaxDecisions    = 100_000
	MaxRituals      = 1_000
	MaxEvents       = 4_000_000
	MaxSnapshots    = 1_000
	MaxHolidays     = MaxDays // a hundred years of days off

	MaxTouches         = 1_000 // surfaces one effort touches
	MaxMoves           = 1_000 // metrics one effort moves
	MaxDecisionEfforts = 10_000
	// MaxDecisionRemoved bounds the conflicts one decision removed: with
	// the other lists of a decision at their limits, it keeps one decision
	// inside what the store holds in one value.
	MaxDecisionRemoved = 5_000

	// MinYear and MaxYear bound every date: in the file, and every date the
	// schedule computes (YYYY-MM-DD has four digits; the analysis refuses a
	// roadmap whose schedule would run past 9999-12-31).
	MinYear = 1000
	MaxYear = 9999
)

// The first and last days Tandem accepts, as day numbers (see ParseDate).
var (
	MinDay = daysFromCivil(MinYear, 1, 1)
	MaxDay = daysFromCivil(MaxYear, 12, 31)
)

// Limit is one row of the table of limits README shows.
type Limit struct {
	What     string // what is limited
	Min, Max int    // Min is 0 but for a range (the years)
	Unit     string // "characters", "bytes", "days", "levels", or what is counted
}

// Limits is the table of limits, in README's order. README's "Limits"
// section holds LimitsMarkdown() (a test keeps them equal).
var Limits = []Limit{
	{"A roadmap file (any format), or a file sent to the app", 0, MaxFileBytes, "bytes"},
	{"Nesting of arrays and objects in a roadmap file", 0, MaxDepth, "levels"},
	{"Ids (of lanes, surfaces, metrics, efforts, decisions, rituals, snapshots)", 0, MaxIDLength, "characters"},
	{"Names of a roadmap, lane, surface, metric, ritual or snapshot", 0, MaxNameLength, "characters"},
	{"Titles of efforts and decisions", 0, MaxTitleLength, "characters"},
	{"Owner, decided by, lane colour, surface kind, metric unit", 0, MaxLabelLength, "characters"},
	{"A decision's conflict key, and each key it lists as removed", 0, MaxKeyLength, "characters"},
	{"Notes of an effort, note of a link, rationale and trigger of a decision", 0, MaxNotesLength, "characters"},
	{"Unknown keys of one object, kept as they are", 0, MaxExtraBytes, "bytes of JSON"},
	{"Lanes", 0, MaxLanes, "lanes"},
	{"Surfaces", 0, MaxSurfaces, "surfaces"},
	{"Metrics", 0, MaxMetrics, "metrics"},
	{"Efforts", 0, MaxEfforts, "efforts"},
	{"Dependencies", 0, MaxDependencies, "dependencies"},
	{"Links", 0, MaxLinks, "links"},
	{"Decisions", 0, MaxDecisions, "decisions"},
	{"Rituals", 0, MaxRituals, "rituals"},
	{"Status events", 0, MaxEvents, "events"},
	{"Snapshots", 0, MaxSnapshots, "snapshots"},
	{"Holidays of the calendar", 0, MaxHolidays, "holidays"},
	{"Surfaces one effort touches", 0, MaxTouches, "touches"},
	{"Metrics one effort moves", 0, MaxMoves, "moves"},
	{"Efforts one decision names", 0, MaxDecisionEfforts, "efforts"},
	{"Conflicts one decision lists as removed", 0, MaxDecisionRemoved, "keys"},
	{"An effort's durationDays, and a dependency's lagDays either way", 0, MaxDays, "days"},
	{"Years of every date, given or scheduled", MinYear, MaxYear, ""},
}

// LimitsMarkdown returns Limits as the Markdown table README shows.
func LimitsMarkdown() string {
	var b strings.Builder
	b.WriteString("| What | Limit |\n|---|---|\n")
	for _, l := range Limits {
		limit := Thousands(l.Max)
		if l.Unit == "bytes" && l.Max%(1<<30) == 0 {
			limit = fmt.Sprintf("%d GiB (%s", l.Max>>30, limit)
			l.Unit += ")"
		}
		if l.Min != 0 {
			limit = fmt.Sprintf("%d to %d", l.Min, l.Max)
		}
		fmt.Fprintf(&b, "| %s | %s |\n", l.What, strings.TrimSpace(limit+" "+l.Unit))
	}
	return b.String()
}

// Thousands writes n with a comma every three digits, as the messages
// about limits do: 1,000,000.
func Thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// textTooLong reports whether s has more than max characters; it counts
// them only when s has more than max bytes.
func textTooLong(s string, max int) bool {
	if len(s) <= max {
		return false
	}
	n := 0
	for range s {
		if n++; n > max {
			return true
		}
	}
	return false
}

// text checks the length of a text field, and that it holds no NUL
// character: no text file Tandem reads (CSV, XML, GanttProject) can carry
// one, so a roadmap with one could not make the round trip through its
// own exports.
func (c *checker) text(a at, field, s string, max int) {
	if textTooLong(s, max) {
		c.add(a, field, "longer than %s characters", Thousands(max))
	}
	if strings.IndexByte(s, 0) >= 0 {
		c.add(a, field, "holds a NUL character (U+0000), which no text file can carry; remove it")
	}
}

// count checks the length of a list; list is its path, like "efforts" or
// "touches" in a (a zero at for the roadmap's lists).
func (c *checker) count(a at, list string, n, max int, what string) bool {
	if n <= max {
		return true
	}
	c.add(a, list, "%s %s, over the limit of %s", Thousands(n), what, Thousands(max))
	return false
}

// extra checks the size of the unknown keys of the object at a's field
// (the entity itself when field is "").
func (c *checker) extra(a at, field string, x Extra) {
	if len(x) == 0 {
		return
	}
	n := 0
	for k, v := range x {
		n += len(k) + len(v)
	}
	if n > MaxExtraBytes {
		c.add(a, field, "unknown keys of %s bytes, over the limit of %s", Thousands(n), Thousands(MaxExtraBytes))
	}
}

// counts checks the lengths of the roadmap's lists and reports whether
// they are all within their limits.
func (c *checker) counts() bool {
	r, top := c.r, at{}
	ok := c.count(top, "lanes", len(r.Lanes), MaxLanes, "lanes")
	ok = c.count(top, "surfaces", len(r.Surfaces), MaxSurfaces, "surfaces") && ok
	ok = c.count(top, "metrics", len(r.Metrics), MaxMetrics, "metrics") && ok
	ok = c.count(top, "efforts", len(r.Efforts), MaxEfforts, "efforts") && ok
	ok = c.count(top, "dependencies", len(r.Dependencies), MaxDependencies, "dependencies") && ok
	ok = c.count(top, "links", len(r.Links), MaxLinks, "links") && ok
	ok = c.count(top, "decisions", len(r.Decisions), MaxDecisions, "decisions") && ok
	ok = c.count(top, "rituals", len(r.Rituals), MaxRituals, "rituals") && ok
	ok = c.count(top, "events", len(r.Events), MaxEvents, "events") && ok
	ok = c.count(top, "snapshots", len(r.Snapshots), MaxSnapshots, "snapshots") && ok
	if r.Calendar != nil {
		ok = c.count(top, "calendar.holidays", len(r.Calendar.Holidays), MaxHolidays, "holidays") && ok
	}
	return ok
}

// limits checks the texts of the roadmap's header and named entities; the
// efforts' and decisions' own texts are checked with the rest of each.
func (c *checker) limits() {
	r, top := c.r, at{}
	c.text(top, "name", r.Name, MaxNameLength)
	c.extra(top, "", r.Extra)
	if r.Calendar != nil {
		c.extra(top, "calendar", r.Calendar.Extra)
	}
	for i := range r.Lanes {
		l := &r.Lanes[i]
		a := at{list: "lanes", i: i, k1: "id", v1: l.ID}
		c.text(a, "name", l.Name, MaxNameLength)
		c.text(a, "color", l.Color, MaxLabelLength)
		c.extra(a, "", l.Extra)
	}
	for i := range r.Surfaces {
		s := &r.Surfaces[i]
		a := at{list: "surfaces", i: i, k1: "id", v1: s.ID}
		c.text(a, "name", s.Name, MaxNameLength)
		c.text(a, "kind", s.Kind, MaxLabelLength)
		c.extra(a, "", s.Extra)
	}
	for i := range r.Metrics {
		m := &r.Metrics[i]
		a := at{list: "metrics", i: i, k1: "id", v1: m.ID}
		c.text(a, "name", m.Name, MaxNameLength)
		c.text(a, "unit", m.Unit, MaxLabelLength)
		c.extra(a, "", m.Extra)
	}
}

// effortLimits checks the texts and inner lists of one effort.
func (c *checker) effortLimits(a at, e *Effort) {
	c.text(a, "title", e.Title, MaxTitleLength)
	c.text(a, "owner", e.Owner, MaxLabelLength)
	c.text(a, "notes", e.Notes, MaxNotesLength)
	c.count(a, "touches", len(e.Touches), MaxTouches, "touches")
	c.count(a, "moves", len(e.Moves), MaxMoves, "moves")
	c.extra(a, "", e.Extra)
}

// decisionLimits checks the texts and lists of one decision.
func (c *checker) decisionLimits(a at, d *Decision) {
	c.text(a, "title", d.Title, MaxTitleLength)
	c.text(a, "rationale", d.Rationale, MaxNotesLength)
	c.text(a, "trigger", d.Trigger, MaxNotesLength)
	c.text(a, "by", d.By, MaxLabelLength)
	c.text(a, "conflict", d.Conflict, MaxKeyLength)
	c.count(a, "efforts", len(d.Efforts), MaxDecisionEfforts, "efforts")
	if c.count(a, "removed", len(d.Removed), MaxDecisionRemoved, "keys") {
		for j, k := range d.Removed {
			c.text(a.in("removed", j), "", k, MaxKeyLength)
		}
	}
	c.extra(a, "", d.Extra)
	if w := d.Window; w != nil {
		c.text(a, "window.severity", w.Severity, MaxLabelLength)
		c.extra(a, "window", w.Extra)
	}
}

// EntityPath returns the path Validate names element i of list by, with
// its id: `efforts[3] (id "spring-ads")`. The analysis names efforts so.
func EntityPath(list string, i int, id string) string {
	return at{list: list, i: i, k1: "id", v1: id}.path("")
}
