package analysis

import (
	"fmt"
	"io"
	"strings"

	"tandem/backend/model"
)

// textLimit bounds each list WriteText prints; the rest is counted.
const textLimit = 20

// WriteText writes res, the analysis of r, as text for a person: the finish
// date and length, the critical path in order, slipping efforts, conflicts
// grouped by kind, the top opportunities, flywheels, shared metrics and the
// coordination figures. Each list shows at most 20 entries and counts the
// rest. It returns the first write error. Cost: one pass over r.Efforts to
// find the titles it shows, plus the lines it writes.
func WriteText(w io.Writer, r *model.Roadmap, res *Result) error {
	return writeText(w, r, res.view())
}

// writeText writes the result v shows (see WriteText).
func writeText(w io.Writer, r *model.Roadmap, v view) error {
	res := v.head
	t := &textWriter{w: w, titles: map[string]string{}}
	unit := "days"
	if r.Calendar != nil && len(r.Calendar.Workdays) > 0 {
		unit = "working days"
	}
	opps := firstRows(v.opportunities)
	t.need(res, opps)
	for i := range r.Efforts {
		if _, ok := t.titles[r.Efforts[i].ID]; ok {
			t.titles[r.Efforts[i].ID] = r.Efforts[i].Title
		}
	}
	name := r.Name
	if name == "" {
		name = "Roadmap"
	}
	t.printf("%s\n", name)
	t.printf("Start %s, finish %s: %d %s.", res.Start, res.Finish, res.DurationDays, unit)
	if r.AsOf != "" {
		t.printf(" As of %s.", r.AsOf)
	}
	t.printf("\n")
	t.critical(res, v.schedule)
	t.conflicts(r, v.conflicts, unit)
	t.opportunities(opps, v.opportunities.n)
	t.flywheels(res)
	t.shared(res)
	t.coordination(res, unit)
	return t.err
}

// textWriter writes lines and keeps the first error.
type textWriter struct {
	w      io.Writer
	err    error
	titles map[string]string // id -> title, for the ids printed
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// firstRows copies the first textLimit rows of list.
func firstRows[T any](list rows[T]) []T {
	var out []T
	list.each(func(row *T) bool {
		out = append(out, *row)
		return len(out) < textLimit
	})
	return out
}

// need registers the ids whose titles the text shows: the first critical
// efforts and the first opportunities.
func (t *textWriter) need(res *Result, opps []Opportunity) {
	for i, id := range res.Critical {
		if i < textLimit {
			t.titles[id] = ""
		}
	}
	for _, o := range opps {
		t.titles[o.Efforts[0]], t.titles[o.Efforts[1]] = "", ""
	}
}

// label is `id "title"`, or the id alone.
func (t *textWriter) label(id string) string {
	if title := t.titles[id]; title != "" {
		return fmt.Sprintf("%s %q", id, title)
	}
	return id
}

func (t *textWriter) more(total int) {
	if total > textLimit {
		t.printf("  ... and %d more\n", total-textLimit)
	}
}

// critical lists the first critical efforts, each with its schedule row
// (the last row of its id), and the slipping efforts.
func (t *textWriter) critical(res *Result, schedule rows[Scheduled]) {
	shown := min(len(res.Critical), textLimit)
	rows := make(map[string]*Scheduled, shown)
	for _, id := range res.Critical[:shown] {
		rows[id] = nil
	}
	var slips []string
	slipping := 0
	schedule.each(func(s *Scheduled) bool {
		if _, ok := rows[s.ID]; s.Critical && ok {
			row := *s
			rows[s.ID] = &row
		}
		if s.SlipDays > 0 {
			if slipping++; slipping <= textLimit {
				slips = append(slips, fmt.Sprintf("%s +%d", s.ID, s.SlipDays))
			}
		}
		return true
	})
	t.printf("\nCritical path (%d):\n", len(res.Critical))
	if len(res.Critical) == 0 {
		t.printf("  none\n")
	}
	for i, id := range res.Critical {
		if i == textLimit {
			break
		}
		s := rows[id]
		when := string(s.Start)
		if s.End != s.Start {
			when += " .. " + string(s.End)
		}
		t.printf("  %-24s %s [%s]\n", when, t.label(id), s.Lane)
	}
	t.more(len(res.Critical))
	if len(slips) > 0 {
		if slipping > textLimit {
			slips = append(slips, fmt.Sprintf("... and %d more", slipping-textLimit))
		}
		t.printf("Slipping past planned start: %s\n", strings.Join(slips, ", "))
	}
}

// conflictGroups are the headings of the conflict groups, in order.
var conflictGroups = []struct{ kind, severity, title string }{
	{KindSurface, SeverityCollision, "Collisions (both change one surface)"},
	{KindSurface, SeverityDisruption, "Disruptions (one changes what the other relies on)"},
	{KindSequence, "", "Broken sequences (the plan breaks a dependency)"},
	{KindMetric, "", "Metric conflicts (opposite directions)"},
	{KindDeclared, "", "Declared conflicts"},
}

// conflicts counts the conflicts of each group and lists the first of
// each, in one pass over the conflicts.
func (t *textWriter) conflicts(r *model.Roadmap, conflicts rows[Conflict], unit string) {
	open := 0
	count := make([]int, len(conflictGroups))
	first := make([][]Conflict, len(conflictGroups))
	conflicts.each(func(c *Conflict) bool {
		if !c.Accepted {
			open++
		}
		for g := range conflictGroups {
			if c.Kind == conflictGroups[g].kind && c.Severity == conflictGroups[g].severity {
				if count[g]++; count[g] <= textLimit {
					first[g] = append(first[g], *c)
				}
			}
		}
		return true
	})
	t.printf("\nConflicts: %d open, %d accepted\n", open, conflicts.n-open)
	for g, group := range conflictGroups {
		if count[g] == 0 {
			continue
		}
		t.printf("  %s: %d\n", group.title, count[g])
		for i := range first[g] {
			t.printf("    %s\n", conflictLine(r, &first[g][i], unit))
		}
		if count[g] > textLimit {
			t.printf("    ... and %d more\n", count[g]-textLimit)
		}
	}
}

// conflictLine is one conflict in a line. A sequence conflict names its
// dependency, found in r (O(dependencies)).
func conflictLine(r *model.Roadmap, c *Conflict, unit string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s x %s", c.Efforts[0], c.Efforts[1])
	if c.Kind == KindSequence {
		for _, d := range r.Dependencies {
			if (d.From == c.Efforts[0] && d.To == c.Efforts[1]) || (d.From == c.Efforts[1] && d.To == c.Efforts[0]) {
				fmt.Fprintf(&b, ": %s -> %s %s%+d", d.From, d.To, d.EffectiveType(), d.LagDays)
				break
			}
		}
	}
	switch {
	case c.Surface != "":
		fmt.Fprintf(&b, " on %s", c.Surface)
	case c.Metric != "":
		fmt.Fprintf(&b, " on %s", c.Metric)
	}
	if c.From != "" {
		fmt.Fprintf(&b, ", %s .. %s (%d %s)", c.From, c.To, c.Days, unit)
	}
	if c.CrossLane {
		fmt.Fprintf(&b, ", %s / %s", c.Lanes[0], c.Lanes[1])
	} else {
		fmt.Fprintf(&b, ", within %s", c.Lanes[0])
	}
	if c.Accepted {
		b.WriteString(" [accepted]")
	}
	return b.String()
}

// opportunities lists the first opportunities, of total.
func (t *textWriter) opportunities(opps []Opportunity, total int) {
	t.printf("\nTop opportunities (%d):\n", total)
	if total == 0 {
		t.printf("  none\n")
	}
	for i, o := range opps {
		t.printf("  %d. %s + %s (%s / %s) via %s, score %.2f\n", i+1,
			t.label(o.Efforts[0]), t.label(o.Efforts[1]), o.Lanes[0], o.Lanes[1],
			strings.Join(o.Via, ", "), o.Score)
	}
	t.more(total)
}

func (t *textWriter) flywheels(res *Result) {
	if len(res.Flywheels) == 0 {
		return
	}
	t.printf("\nFlywheels (%d):\n", len(res.Flywheels))
	for i, f := range res.Flywheels {
		if i == textLimit {
			break
		}
		t.printf("  %s\n", strings.Join(f, ", "))
	}
	t.more(len(res.Flywheels))
}

func (t *textWriter) shared(res *Result) {
	if len(res.SharedMetrics) == 0 {
		return
	}
	t.printf("\nShared metrics (%d):\n", len(res.SharedMetrics))
	for i, m := range res.SharedMetrics {
		if i == textLimit {
			break
		}
		t.printf("  %s: %d efforts in %s\n", m.Metric, len(m.Efforts), strings.Join(m.Lanes, ", "))
	}
	t.more(len(res.SharedMetrics))
}

func (t *textWriter) coordination(res *Result, unit string) {
	c := res.Coordination
	t.printf("\nCoordination:\n")
	t.printf("  dependencies: %d, %d cross-lane\n", c.Dependencies, c.CrossLaneDependencies)
	t.printf("  blocked: %d events, %d %s; cross-lane: %d events, %d %s (%s of blocked time)\n",
		c.BlockedEvents, c.BlockedDays, unit, c.CrossLaneBlockedEvents, c.CrossLaneBlockedDays, unit,
		Percent(c.CrossLaneBlockedDays, c.BlockedDays))
	t.printf("  open conflicts: %d, %d cross-lane\n", c.OpenConflicts, c.CrossLaneConflicts)
	t.printf("  opportunities: %d\n", c.Opportunities)
}

// Percent writes part/whole as a percentage rounded half up ("75%"), and
// "0%" when whole is 0.
func Percent(part, whole int) string {
	if whole == 0 {
		return "0%"
	}
	return fmt.Sprintf("%d%%", (part*100+whole/2)/whole)
}
