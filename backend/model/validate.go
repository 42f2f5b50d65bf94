package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxIDLength is the longest id, in characters (SPEC §2: ids are 1-128 chars).
const MaxIDLength = 128

// MaxDays bounds an effort's durationDays and a dependency's lagDays (either
// sign): 100 years of days, as the importers of other tools' files bound
// theirs. Larger values would put dates past year 9999, which YYYY-MM-DD
// cannot write.
const MaxDays = 36600

// Validate checks r against the rules of SPEC §2 and returns nil or a
// *ValidationError listing every problem found (up to MaxProblems), each with
// its place. It never changes r. The rules, beyond the JSON types Parse
// checks:
//
//   - format is "tandem/roadmap" and version is 1.
//   - Dates are real days written YYYY-MM-DD; dates that are optional may be
//     empty, a decision's and an event's date may not.
//   - Ids are 1-128 characters and unique per kind (lanes, surfaces, metrics,
//     efforts, decisions, rituals).
//   - References name an existing lane, surface, metric or effort.
//   - Enumerated fields hold one of their values. Effort status and
//     dependency type may be empty (planned, FS); the others are required,
//     except a ritual's weekday.
//   - The calendar, when present, has workdays ("mon".."sun", none twice).
//   - An effort gives start+end, start+durationDays, or durationDays alone
//     (an end needs a start; a start alone is an error); durationDays is not
//     negative nor over MaxDays; end is not before start. An effort that gives end AND
//     durationDays is valid only when they agree: durationDays equals the
//     number of days (working days with a calendar) of start..end, both
//     inclusive, so a milestone (durationDays 0) cannot give an end. With a
//     calendar, start..end holds at least one working day, and a milestone's
//     start is a working day. Other starts and ends on a day off are allowed:
//     the schedule moves them to working days.
//   - A dependency's lagDays is within -MaxDays..MaxDays.
//   - A dependency or a link joins two different efforts; the same
//     dependency (from, to) and the same link pair (a, b in either order)
//     appear once; the dependencies have no cycle. Cycles are checked over
//     all efforts, killed ones included: a killed effort leaves the analyses
//     but stays in the file, and could be revived. One cycle is reported,
//     the one FindCycle picks (a shortest cycle through the smallest id on
//     any cycle, whatever the order of the list), as a Problem and as
//     ValidationError.Cycle. Self-dependencies and duplicates are reported
//     as such and left out of the cycle search.
//   - An event's blockedBy names another effort, and only a blocked event
//     has one.
//   - A decision's supersedes names another decision; its reason, when
//     given, is a kill reason (wrong-time, conflict, strategy, evidence);
//     its revisit and window dates are real days.
//   - A ritual's lanes name existing lanes, each once.
//   - A snapshot has an id, a name, a date, a 64-hex-digit hash and a frozen
//     roadmap without snapshots (the frozen roadmap itself is checked by
//     CheckSnapshots, which Load runs).
//   - Every date, given or optional, is within the years MinYear..MaxYear.
//   - Texts, lists and unknown keys are within the table of limits
//     (limits.go, Limits). A list over its limit is the only problem
//     reported: nothing else is checked.
//
// Unknown keys are never a problem but for their size. Validate runs in
// O(n log n) for a roadmap of n entities.
func (r *Roadmap) Validate() error { return r.validate(nil) }

// ValidateIndexed is Validate with x, r's Index (see LoadIndexed and
// NewIndex), instead of one it makes: the same answer, without looking the
// ids up again. x must describe r as it is now.
func (r *Roadmap) ValidateIndexed(x *Index) error { return r.validate(x) }

// validate is Validate with r's index x, or nil to make one once the lists
// are known to be within their limits.
func (r *Roadmap) validate(x *Index) error {
	if r == nil {
		return &ValidationError{Problems: []Problem{{Message: "no roadmap"}}}
	}
	c := checker{r: r, cal: NewWorkCalendar(r.Calendar)}
	c.header()
	if !c.counts() {
		// Past a list's limit nothing else is checked: the file is refused
		// for its size, at once.
		return &ValidationError{Problems: c.problems, Omitted: c.omitted}
	}
	c.limits()
	c.calendar()
	if x == nil {
		x = NewIndex(r)
	}
	c.effortRefsFound = x.effortRefsFound
	c.lanes = c.ids("lanes", len(r.Lanes), func(i int) string { return r.Lanes[i].ID }, x.lanes)
	c.surfaces = c.ids("surfaces", len(r.Surfaces), func(i int) string { return r.Surfaces[i].ID }, x.surfaces)
	c.metrics = c.ids("metrics", len(r.Metrics), func(i int) string { return r.Metrics[i].ID }, x.metrics)
	c.efforts = c.ids("efforts", len(r.Efforts), func(i int) string { return r.Efforts[i].ID }, x.efforts)
	for i := range r.Efforts {
		c.effort(i, &r.Efforts[i])
	}
	c.dependencies(x.ends)
	c.links()
	c.decisions()
	c.rituals()
	c.events()
	c.snapshots()
	if len(c.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: c.problems, Omitted: c.omitted, Cycle: c.cycle}
}

// checker collects the problems of one roadmap.
type checker struct {
	r *Roadmap
	// effortRefsFound: every non-empty lane, surface and metric reference
	// of an effort names an id of its list (Index.effortRefsFound).
	effortRefsFound bool
	cal             *WorkCalendar // nil: every day is worked
	problems        []Problem
	omitted         int
	cycle           *CycleError

	lanes, surfaces, metrics, efforts *idIndex // id -> index of first holder
}

// at is the place of an entity: list[i], with up to two labelling key/value
// pairs (like id "x") that make the path readable. An empty list is the
// roadmap itself.
type at struct {
	list   string
	i      int
	k1, v1 string
	k2, v2 string
	sub    string // an inner list, like "touches", or ""
	j      int    // the index in sub
}

// in returns the place of element j of the inner list sub.
func (a at) in(sub string, j int) at {
	a.sub, a.j = sub, j
	return a
}

// path returns the path of field (which may be empty) of the entity.
// It is only called for a problem, so paths cost nothing otherwise.
func (a at) path(field string) string {
	var b strings.Builder
	if a.list != "" {
		fmt.Fprintf(&b, "%s[%d]", a.list, a.i)
		sep := " ("
		for _, kv := range [][2]string{{a.k1, a.v1}, {a.k2, a.v2}} {
			if kv[1] != "" {
				fmt.Fprintf(&b, "%s%s %q", sep, kv[0], shorten(kv[1]))
				sep = " "
			}
		}
		if sep == " " {
			b.WriteByte(')')
		}
	}
	if a.sub != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		fmt.Fprintf(&b, "%s[%d]", a.sub, a.j)
	}
	if field != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(field)
	}
	return b.String()
}

// shorten cuts a long label for a path.
func shorten(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "..."
}

// add records a problem.
func (c *checker) add(a at, field, format string, args ...any) {
	if len(c.problems) >= MaxProblems {
		c.omitted++
		return
	}
	c.problems = append(c.problems, Problem{Path: a.path(field), Message: fmt.Sprintf(format, args...)})
}

// ref checks a required reference to an entity of ids.
func (c *checker) ref(a at, field, kind, id string, ids *idIndex) (int, bool) {
	i := ids.lookup(id)
	c.refFound(a, field, kind, id, i >= 0)
	return int(i), i >= 0
}

// effortRef is ref for a reference of an effort to a lane, surface or
// metric, which it looks up only when the index does not vouch for it.
func (c *checker) effortRef(a at, field, kind, id string, ids *idIndex) {
	if c.effortRefsFound && id != "" {
		return
	}
	c.ref(a, field, kind, id, ids)
}

// refFound records the problem of a required reference that was looked up
// (see idIndex.lookup): missing, or unknown when not found.
func (c *checker) refFound(a at, field, kind, id string, found bool) {
	switch {
	case id == "":
		c.add(a, field, "missing")
	case !found:
		c.add(a, field, "unknown %s %q", kind, id)
	}
}

// enum checks an enumerated value; an empty one is allowed unless required.
func (c *checker) enum(a at, field, what, v string, values []string, required bool) {
	if v == "" {
		if required {
			c.add(a, field, "missing (%s)", wantList(values))
		}
		return
	}
	for _, ok := range values {
		if v == ok {
			return
		}
	}
	c.add(a, field, "unknown %s %q (%s)", what, v, wantList(values))
}

// date checks a date and returns its day number; ok is false when the date
// is empty (a problem only when required) or bad.
func (c *checker) date(a at, field string, d Date, required bool) (int, bool) {
	if d == "" {
		if required {
			c.add(a, field, "missing")
		}
		return 0, false
	}
	day, err := ParseDate(d)
	if err != nil {
		c.add(a, field, "%s", err.Error())
		return 0, false
	}
	if day < MinDay || day > MaxDay {
		c.add(a, field, "%s is outside the years %d to %d", d, MinYear, MaxYear)
		return 0, false
	}
	return day, true
}

// header checks the top-level fields.
func (c *checker) header() {
	r, top := c.r, at{}
	switch {
	case r.Format == "":
		c.add(top, "format", "missing (want %q)", Format)
	case r.Format != Format:
		c.add(top, "format", "want %q, got %q", Format, r.Format)
	}
	switch {
	case r.Version == 0:
		c.add(top, "version", "missing (want %d)", Version)
	case r.Version != Version:
		c.add(top, "version", "unsupported version %d (want %d)", r.Version, Version)
	}
	c.date(top, "start", r.Start, false)
	c.date(top, "asOf", r.AsOf, false)
}

// calendar checks the workdays and holidays.
func (c *checker) calendar() {
	cal := c.r.Calendar
	if cal == nil {
		return
	}
	top := at{}
	if len(cal.Workdays) == 0 {
		c.add(top, "calendar.workdays", "no workdays")
	}
	seen := map[string]bool{}
	for i, w := range cal.Workdays {
		if _, ok := ParseWorkday(w); !ok {
			c.add(top.in("calendar.workdays", i), "", "unknown workday %q (%s)", w, wantList(mondayFirst(workdayValues)))
		} else if seen[w] {
			c.add(top.in("calendar.workdays", i), "", "duplicate workday %q", w)
		}
		seen[w] = true
	}
	for i, h := range cal.Holidays {
		c.date(top.in("calendar.holidays", i), "", h, true)
	}
}
