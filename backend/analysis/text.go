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
	t := &textWriter{w: w, titles: map[string]string{}}
	unit := "days"
	if r.Calendar != nil && len(r.Calendar.Workdays) > 0 {
		unit = "working days"
	}
	t.need(res)
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
	t.critical(res)
	t.conflicts(r, res, unit)
	t.opportunities(res)
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

// need registers the ids whose titles the text shows.
func (t *textWriter) need(res *Result) {
	for i, id := range res.Critical {
		if i < textLimit {
			t.titles[id] = ""
		}
	}
	for i, o := range res.Opportunities {
		if i < textLimit {
			t.titles[o.Efforts[0]], t.titles[o.Efforts[1]] = "", ""
		}
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

func (t *textWriter) critical(res *Result) {
	rows := make(map[string]*Scheduled, len(res.Critical))
	for i := range res.Schedule {
		if res.Schedule[i].Critical {
			rows[res.Schedule[i].ID] = &res.Schedule[i]
		}
	}
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
	var slips []string
	for _, s := range res.Schedule {
		if s.SlipDays > 0 {
			slips = append(slips, fmt.Sprintf("%s +%d", s.ID, s.SlipDays))
		}
	}
	if len(slips) > 0 {
		if len(slips) > textLimit {
			slips = append(slips[:textLimit], fmt.Sprintf("... and %d more", len(slips)-textLimit))
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

func (t *textWriter) conflicts(r *model.Roadmap, res *Result, unit string) {
	open := 0
	for _, c := range res.Conflicts {
		if !c.Accepted {
			open++
		}
	}
	t.printf("\nConflicts: %d open, %d accepted\n", open, len(res.Conflicts)-open)
	for _, g := range conflictGroups {
		var list []*Conflict
		for i := range res.Conflicts {
			if c := &res.Conflicts[i]; c.Kind == g.kind && c.Severity == g.severity {
				list = append(list, c)
			}
		}
		if len(list) == 0 {
			continue
		}
		t.printf("  %s: %d\n", g.title, len(list))
		for i, c := range list {
			if i == textLimit {
				break
			}
			t.printf("    %s\n", conflictLine(r, c, unit))
		}
		if len(list) > textLimit {
			t.printf("    ... and %d more\n", len(list)-textLimit)
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

func (t *textWriter) opportunities(res *Result) {
	t.printf("\nTop opportunities (%d):\n", len(res.Opportunities))
	if len(res.Opportunities) == 0 {
		t.printf("  none\n")
	}
	for i, o := range res.Opportunities {
		if i == textLimit {
			break
		}
		t.printf("  %d. %s + %s (%s / %s) via %s, score %.2f\n", i+1,
			t.label(o.Efforts[0]), t.label(o.Efforts[1]), o.Lanes[0], o.Lanes[1],
			strings.Join(o.Via, ", "), o.Score)
	}
	t.more(len(res.Opportunities))
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
