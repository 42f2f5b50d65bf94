package agenda

import (
	"fmt"
	"io"
	"strings"

	"tandem/backend/model"
)

// WriteMarkdown writes a as a Markdown page: a title, then one section per
// agenda item in a fixed order, each saying "none" when empty so that the
// page always has the same outline. Titles and names are escaped so that
// they never turn into markup. The same agenda gives the same bytes.
func WriteMarkdown(w io.Writer, a *Agenda) error {
	m := &md{}
	m.header(a)
	m.changes(a)
	m.handoffs(a)
	m.open(a)
	m.integration(a)
	m.blocked(a)
	m.debt(a)
	_, err := io.WriteString(w, m.String())
	return err
}

// Markdown returns WriteMarkdown's page as a string.
func Markdown(a *Agenda) string {
	var b strings.Builder
	WriteMarkdown(&b, a) // a strings.Builder never fails
	return b.String()
}

type md struct{ strings.Builder }

func (m *md) line(format string, args ...any) {
	fmt.Fprintf(m, format, args...)
	m.WriteByte('\n')
}

// blank ends the paragraph, unless the page already ends with a blank line.
func (m *md) blank() {
	if !strings.HasSuffix(m.String(), "\n\n") {
		m.WriteByte('\n')
	}
}

func (m *md) section(title string) {
	m.blank()
	m.line("## %s", title)
	m.blank()
}

func (m *md) sub(title string) {
	m.blank()
	m.line("### %s", title)
	m.blank()
}

// more ends a list that MaxItems cut.
func (m *md) more(a *Agenda, name string) {
	if n := a.More[name]; n > 0 {
		m.line("- ... and %d more", n)
	}
}

func (m *md) header(a *Agenda) {
	m.line("# %s: agenda for %s", esc(a.Title), weekdayDate(a.Meeting))
	m.line("")
	facts := []string{"As of " + string(a.AsOf)}
	if len(a.Lanes) > 0 {
		names := make([]string, len(a.Lanes))
		for i, l := range a.Lanes {
			names[i] = esc(l.Name)
		}
		facts = append(facts, "lanes: "+strings.Join(names, ", "))
	} else {
		facts = append(facts, "all lanes")
	}
	if s := a.Since; s != nil {
		facts = append(facts, fmt.Sprintf("compared with snapshot \"%s\" of %s (%s)", esc(s.Name), s.Date, s.Hash[:min(12, len(s.Hash))]))
	} else {
		facts = append(facts, "no snapshot yet: everything is new")
	}
	m.line("%s.", strings.Join(facts, "; "))
}

func (m *md) changes(a *Agenda) {
	c := &a.Changes
	if a.Since != nil {
		m.section(fmt.Sprintf("What changed since \"%s\"", esc(a.Since.Name)))
	} else {
		m.section("What is on the roadmap (no snapshot yet)")
	}
	empty := true
	list := func(title string, n int, name string, item func(i int)) {
		if n == 0 {
			return
		}
		empty = false
		m.sub(title)
		for i := range n {
			item(i)
		}
		m.more(a, name)
	}
	list("Moved", len(c.Moved), "moved", func(i int) {
		x := c.Moved[i]
		m.line("- %s: %s to %s (%s)", effort(x.Effort), span(x.WasStart, x.WasEnd), span(x.Start, x.End), shift(x.StartDays, x.EndDays))
	})
	list("Slips", len(c.Slips), "slips", func(i int) {
		x := c.Slips[i]
		m.line("- %s: %s late (was %s)", effort(x.Effort), days(x.SlipDays), days(x.WasDays))
	})
	list("New conflicts", len(c.NewConflicts), "newConflicts", func(i int) { m.line("- %s", conflict(c.NewConflicts[i])) })
	list("Changed conflicts", len(c.ChangedConflicts), "changedConflicts", func(i int) {
		x := c.ChangedConflicts[i]
		m.line("- %s (was %s)", conflict(x.ConflictItem), was(x))
	})
	list("Resolved conflicts", len(c.ResolvedConflicts), "resolvedConflicts", func(i int) { m.line("- %s", conflict(c.ResolvedConflicts[i])) })
	list("Killed", len(c.Kills), "kills", func(i int) { m.line("- %s", effort(c.Kills[i])) })
	list("Decisions", len(c.Decisions), "decisions", func(i int) {
		d := c.Decisions[i]
		by := ""
		if d.By != "" {
			by = " by " + esc(d.By)
		}
		m.line("- %s %s: %s%s", d.Date, d.Kind, esc(d.Title), by)
	})
	list("New efforts", len(c.Added), "added", func(i int) { m.line("- %s", effort(c.Added[i])) })
	list("Removed efforts", len(c.Removed), "removed", func(i int) { m.line("- %s", effort(c.Removed[i])) })
	if empty {
		m.line("Nothing changed.")
	}
}

func (m *md) handoffs(a *Agenda) {
	m.section("Handoffs due in the next two weeks")
	if len(a.Handoffs) == 0 {
		m.line("None.")
		return
	}
	for _, h := range a.Handoffs {
		m.line("- %s: %s hands over to %s (%s)", h.Date, effort(h.From), effort(h.To), h.Type)
	}
	m.more(a, "handoffs")
}

func (m *md) open(a *Agenda) {
	m.section("Open conflicts to decide")
	if len(a.Open) == 0 {
		m.line("None.")
		return
	}
	for _, c := range a.Open {
		m.line("- %s", conflict(c))
	}
	m.more(a, "open")
}

func (m *md) integration(a *Agenda) {
	m.section("Top integration")
	x := a.Integration
	if x == nil {
		m.line("None found.")
		return
	}
	m.line("- %s and %s reinforce each other (%s; score %.2f): make it one plan.",
		effort(x.Efforts[0]), effort(x.Efforts[1]), esc(strings.Join(x.Via, ", ")), x.Score)
}

func (m *md) blocked(a *Agenda) {
	m.section("Blocked")
	if len(a.Blocked) == 0 {
		m.line("None.")
		return
	}
	for _, b := range a.Blocked {
		since := ""
		if b.Since != "" {
			since = fmt.Sprintf(" for %s (since %s)", days(b.Days), b.Since)
		}
		waits := "no blocker recorded"
		if b.WaitsOn != nil {
			waits = "waits on " + effort(*b.WaitsOn)
		}
		m.line("- %s%s: %s", effort(b.Effort), since, waits)
	}
	m.more(a, "blocked")
}

func (m *md) debt(a *Agenda) {
	m.section("Coordination debt")
	m.line("Blocked days per week: %s.", a.Debt.Trend)
	m.line("")
	m.line("| week of | blocked days | waiting on another lane |")
	m.line("|---|---:|---:|")
	for _, w := range a.Debt.Weeks {
		m.line("| %s | %d | %d |", w.Week, w.BlockedDays, w.CrossLaneDays)
	}
}

// effort writes "**Title** (Lane, Owner)".
func effort(e EffortRef) string {
	who := esc(e.LaneName)
	if e.Owner != "" {
		who += ", " + esc(e.Owner)
	}
	if who == "" {
		return "**" + esc(e.Title) + "**"
	}
	return "**" + esc(e.Title) + "** (" + who + ")"
}

func conflict(c ConflictItem) string {
	what := c.Kind
	if c.Severity != "" {
		what = c.Severity
	}
	if c.About != "" {
		what += " on " + esc(c.About)
	}
	s := fmt.Sprintf("%s: %s vs %s", what, effort(c.Efforts[0]), effort(c.Efforts[1]))
	if c.From != "" {
		s += ", " + span(c.From, c.To)
	}
	if c.Accepted {
		s += ", accepted"
	}
	return s
}

func was(x ConflictChange) string {
	var parts []string
	if x.WasSeverity != x.Severity && x.WasSeverity != "" {
		parts = append(parts, x.WasSeverity)
	}
	if x.WasFrom != x.From || x.WasTo != x.To {
		if x.WasFrom == "" {
			parts = append(parts, "no overlap")
		} else {
			parts = append(parts, span(x.WasFrom, x.WasTo))
		}
	}
	if x.WasAccepted != x.Accepted {
		if x.WasAccepted {
			parts = append(parts, "accepted")
		} else {
			parts = append(parts, "open")
		}
	}
	return strings.Join(parts, ", ")
}

func span(from, to model.Date) string {
	if from == to {
		return string(from)
	}
	return string(from) + ".." + string(to)
}

func shift(start, end int) string {
	signed := func(n int) string {
		if n > 0 {
			return "+" + days(n)
		}
		return days(n)
	}
	if start == end {
		return signed(start)
	}
	return "start " + signed(start) + ", end " + signed(end)
}

func days(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d day", n)
	}
	return fmt.Sprintf("%d days", n)
}

// weekdayDate writes "Monday 2026-09-21".
func weekdayDate(d model.Date) string {
	day, err := model.ParseDate(d)
	if err != nil {
		return string(d)
	}
	return model.Weekday(day).String() + " " + string(d)
}

// esc escapes the characters that Markdown would read as markup and folds
// line breaks, so that a title stays one line of plain text.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
