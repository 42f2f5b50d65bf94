package formats

import (
	"fmt"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The briefing's lists: conflicts, opportunities and flywheels, shared
// metrics, and what is not being done.

// conflictTitles names each kind of conflict, with what it means.
var conflictTitles = map[string]string{
	analysis.SeverityCollision:  "**Collision** on %s (both change it)",
	analysis.SeverityDisruption: "**Disruption** on %s (one changes what the other relies on)",
	analysis.KindSequence:       "**Broken sequence** (the plan breaks a dependency)",
	analysis.KindMetric:         "**Opposite moves** on %s",
	analysis.KindDeclared:       "**Declared conflict**",
}

// conflicts writes the conflicts that involve an effort shown: the open
// ones, then the accepted ones with the decision that accepted each.
func (m *mdBrief) conflicts() {
	var open, accepted []*analysis.Conflict
	for i := range m.res.Conflicts {
		c := &m.res.Conflicts[i]
		switch {
		case !m.sc.anyShown(c.Efforts[0], c.Efforts[1]):
		case c.Accepted:
			accepted = append(accepted, c)
		default:
			open = append(open, c)
		}
	}
	m.printf("\n## Conflicts\n\n%d open, %d accepted.\n", len(open), len(accepted))
	deps, links := m.dependencyPairs(), m.linkPairs()
	for _, group := range []struct {
		title string
		list  []*analysis.Conflict
	}{{"Open", open}, {"Accepted", accepted}} {
		if len(group.list) == 0 {
			continue
		}
		m.printf("\n### %s\n\n", group.title)
		for _, c := range group.list {
			m.conflict(c, deps, links)
		}
	}
}

// conflict writes one conflict as a list item.
func (m *mdBrief) conflict(c *analysis.Conflict, deps map[[2]string]*model.Dependency, links map[[2]string]*model.Link) {
	b := &m.b
	b.WriteString("- ")
	key := c.Kind
	if c.Kind == analysis.KindSurface {
		key = c.Severity
	}
	switch c.Kind {
	case analysis.KindSurface:
		fmt.Fprintf(b, conflictTitles[key], m.surface(c.Surface))
	case analysis.KindMetric:
		fmt.Fprintf(b, conflictTitles[key], m.metric(c.Metric))
	default:
		b.WriteString(conflictTitles[key])
	}
	if d := deps[c.Efforts]; c.Kind == analysis.KindSequence && d != nil {
		fmt.Fprintf(b, ": %s, then %s (%s%+d)", m.effort(d.From), m.effort(d.To), d.EffectiveType(), d.LagDays)
	} else {
		fmt.Fprintf(b, ": %s and %s", m.effort(c.Efforts[0]), m.effort(c.Efforts[1]))
	}
	if c.From != "" {
		fmt.Fprintf(b, ", %s to %s (%s)", c.From, c.To, m.days(c.Days))
	}
	if l := links[c.Efforts]; c.Kind == analysis.KindDeclared && l != nil && l.Note != "" {
		fmt.Fprintf(b, ". Note: %s", mdText(l.Note))
	}
	if c.Accepted {
		b.WriteString(". Accepted")
		if d := m.decisions.accepting(c.Efforts[0], c.Efforts[1]); d != nil {
			b.WriteString(" by " + decisionCited(d))
		}
	}
	b.WriteByte('\n')
}

// decisionCited is "*title* (date, by): rationale".
func decisionCited(d *model.Decision) string {
	s := "*" + mdText(firstNonEmpty(d.Title, d.ID)) + "* (" + string(d.Date)
	if d.By != "" {
		s += ", " + mdText(d.By)
	}
	s += ")"
	if d.Rationale != "" {
		s += ": " + mdText(d.Rationale)
	}
	return s
}

// dependencyPairs maps each pair of efforts (ids ascending) to the
// dependency between them.
func (m *mdBrief) dependencyPairs() map[[2]string]*model.Dependency {
	out := make(map[[2]string]*model.Dependency, len(m.r.Dependencies))
	for i := range m.r.Dependencies {
		d := &m.r.Dependencies[i]
		out[orderedPair(d.From, d.To)] = d
	}
	return out
}

// linkPairs maps each pair of efforts (ids ascending) to the conflicts
// link between them.
func (m *mdBrief) linkPairs() map[[2]string]*model.Link {
	out := map[[2]string]*model.Link{}
	for i := range m.r.Links {
		if l := &m.r.Links[i]; l.Kind == model.LinkConflicts {
			out[orderedPair(l.A, l.B)] = l
		}
	}
	return out
}

// orderedPair is a and b in ascending order, as the analysis lists pairs.
func orderedPair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// opportunities writes the opportunities to integrate and the flywheels
// that involve an effort shown.
func (m *mdBrief) opportunities() {
	m.printf("\n## Opportunities to integrate\n\n")
	n := 0
	for _, o := range m.res.Opportunities {
		if !m.sc.anyShown(o.Efforts[0], o.Efforts[1]) {
			continue
		}
		if n == 0 {
			m.printf("Pairs in two lanes that reinforce each other and that nothing joins yet, best first.\n\n")
		}
		n++
		m.printf("%d. %s + %s: %s. Score %.2f.\n", n, m.effort(o.Efforts[0]), m.effort(o.Efforts[1]), m.via(o.Via), o.Score)
	}
	if n == 0 {
		m.printf("None found.\n")
	}
	first := true
	for _, f := range m.res.Flywheels {
		if !m.sc.anyShown(f...) {
			continue
		}
		if first {
			m.printf("\n### Flywheels\n\nEfforts that feed each other in a loop.\n\n")
			first = false
		}
		names := make([]string, len(f))
		for i, id := range f {
			names[i] = m.effort(id)
		}
		m.printf("- %s\n", strings.Join(names, ", "))
	}
}

// via says why two efforts reinforce each other.
func (m *mdBrief) via(signals []string) string {
	out := make([]string, 0, len(signals))
	for _, v := range signals {
		if id, ok := strings.CutPrefix(v, "metric:"); ok {
			out = append(out, "both move "+m.metric(id))
		} else if id, ok := strings.CutPrefix(v, "surface:"); ok {
			out = append(out, "one changes "+m.surface(id)+" before the other relies on it")
		} else if v == "link" {
			out = append(out, "declared as reinforcing")
		} else {
			out = append(out, mdText(v))
		}
	}
	return strings.Join(out, "; ")
}

// sharedMetrics writes the metrics moved by two lanes or more that an
// effort shown moves.
func (m *mdBrief) sharedMetrics() {
	m.printf("\n## Shared metrics\n\n")
	rows := 0
	for _, sm := range m.res.SharedMetrics {
		if !m.sc.anyShown(sm.Efforts...) {
			continue
		}
		if rows == 0 {
			m.printf("Metrics that efforts of two lanes or more try to move.\n\n| Metric | Lanes | Efforts |\n|---|---|---|\n")
		}
		rows++
		lanes := make([]string, len(sm.Lanes))
		for i, id := range sm.Lanes {
			lanes[i] = m.lane(id)
		}
		efforts := make([]string, len(sm.Efforts))
		for i, id := range sm.Efforts {
			efforts[i] = m.effort(id)
		}
		m.printf("| %s | %s | %s |\n", m.metric(sm.Metric), strings.Join(lanes, ", "), strings.Join(efforts, ", "))
	}
	if rows == 0 {
		m.printf("None.\n")
	}
}

// notDoing writes the killed efforts of the lanes shown whose planned
// dates meet the window, each with the decision that killed it.
func (m *mdBrief) notDoing() {
	m.printf("\n## Not doing\n\n")
	n := 0
	for i := range m.r.Efforts {
		e := &m.r.Efforts[i]
		if e.Status != model.StatusKilled || !m.sc.laneShown(e.Lane) || (m.sc.window && !m.sc.plannedIn(e)) {
			continue
		}
		n++
		if d := m.decisions.killing(e.ID); d != nil {
			m.printf("- %s: killed by %s\n", m.effort(e.ID), decisionCited(d))
		} else {
			m.printf("- %s: killed; no decision recorded\n", m.effort(e.ID))
		}
	}
	if n == 0 {
		m.printf("Nothing killed.\n")
	}
}

// surface is a surface's name (its id when it has none), escaped.
func (m *mdBrief) surface(id string) string { return mdText(firstNonEmpty(m.surfaces[id], id)) }

// metric is a metric's name (its id when it has none), escaped.
func (m *mdBrief) metric(id string) string { return mdText(firstNonEmpty(m.metrics[id], id)) }
