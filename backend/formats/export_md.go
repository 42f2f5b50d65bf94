package formats

import (
	"bytes"
	"fmt"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The Markdown export: the briefing a leader sends before a decision
// meeting. In order: the roadmap's name, the as-of date, the finish and
// duration and what the briefing shows; the critical path (a table) and
// the efforts slipping past their planned start; the conflicts, open
// then accepted, each accepted one with the decision that accepted it;
// the opportunities to integrate (best first) and the flywheels; the
// shared metrics (a table); the coordination figures (dependencies and
// how many cross lanes, blocked events and days and how much of it waits
// on another lane, open conflicts, opportunities); and "Not doing": the
// killed efforts, each with the decision that killed it when there is one.
//
// Names where people read: efforts by title, lanes, surfaces and metrics
// by name. User text is escaped by mdText, so markup in a title or a
// rationale shows as text and never as HTML, a link or a table column.
//
// ExportOptions.Lanes and the window (From, To) narrow it (see
// briefScope): the critical path lists the efforts shown; conflicts,
// opportunities, flywheels and shared metrics are those that involve an
// effort shown (the other effort is named, whatever its lane); "Not
// doing" lists the killed efforts of the lanes shown whose planned dates
// meet the window. The coordination figures stay the whole roadmap's, and
// the briefing says so. Lists are complete, in the analysis's order.
func init() {
	register(Writer{Format: "md", Ext: ".md", MIME: "text/markdown; charset=utf-8", Scoped: true, Write: writeMarkdown})
}

// writeMarkdown writes the briefing of in. It runs in O(efforts +
// dependencies + decisions + the rows it writes).
func writeMarkdown(in *ExportInput) ([]byte, error) {
	r, res := in.Roadmap, in.Analysis
	sc, err := newBriefScope(r, res, in.Options)
	if err != nil {
		return nil, fmt.Errorf("md: %w", err)
	}
	m := newMDBrief(r, res, sc)
	m.b.Grow(512 * (sc.count + 8))
	m.header(in.Today)
	m.criticalPath()
	m.conflicts()
	m.opportunities()
	m.sharedMetrics()
	m.coordination()
	m.notDoing()
	return m.b.Bytes(), nil
}

// newMDBrief indexes what the briefing looks up by id: efforts, their
// schedule, lane, surface and metric names, and decisions.
func newMDBrief(r *model.Roadmap, res *analysis.Result, sc *briefScope) *mdBrief {
	m := &mdBrief{r: r, res: res, sc: sc, unit: dayUnit(r), lanes: laneNames(r),
		surfaces: map[string]string{}, metrics: map[string]string{}, labels: map[string]string{},
		efforts: make(map[string]*model.Effort, len(r.Efforts)), scheduled: make(map[string]*analysis.Scheduled, len(res.Schedule))}
	for i := range r.Efforts {
		m.efforts[r.Efforts[i].ID] = &r.Efforts[i]
	}
	for i := range res.Schedule {
		m.scheduled[res.Schedule[i].ID] = &res.Schedule[i]
	}
	for _, x := range r.Surfaces {
		m.surfaces[x.ID] = x.Name
	}
	for _, x := range r.Metrics {
		m.metrics[x.ID] = x.Name
	}
	m.decisions = indexDecisions(r)
	return m
}

// mdBrief is one briefing under way.
type mdBrief struct {
	r         *model.Roadmap
	res       *analysis.Result
	sc        *briefScope
	unit      string
	lanes     map[string]string              // lane id -> name
	surfaces  map[string]string              // surface id -> name
	metrics   map[string]string              // metric id -> name
	efforts   map[string]*model.Effort       // every effort, killed ones too
	labels    map[string]string              // effort id -> effort(id)
	scheduled map[string]*analysis.Scheduled // live efforts
	decisions *decisionIndex
	b         bytes.Buffer
}

func (m *mdBrief) printf(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

// effort is an effort's title in bold and its lane's name: "**Title** (Lane)",
// made once per effort.
func (m *mdBrief) effort(id string) string {
	if label, ok := m.labels[id]; ok {
		return label
	}
	title, lane := id, ""
	if e := m.efforts[id]; e != nil {
		title, lane = firstNonEmpty(e.Title, id), m.lane(e.Lane)
	}
	label := "**" + mdText(title) + "** (" + lane + ")"
	m.labels[id] = label
	return label
}

// lane is a lane's name (its id when it has none), escaped.
func (m *mdBrief) lane(id string) string { return mdText(firstNonEmpty(m.lanes[id], id)) }

// days writes n days in the roadmap's unit.
func (m *mdBrief) days(n int) string { return days(n, m.unit) }

// header writes the title, the as-of date, the finish and what is shown.
func (m *mdBrief) header(today model.Date) {
	m.printf("# %s\n\n", mdText(firstNonEmpty(m.r.Name, "Roadmap")))
	m.printf("Briefing as of %s. Finish: **%s**, %s from the start on %s.\n\n", today, m.res.Finish, m.days(m.res.DurationDays), m.res.Start)
	if !m.sc.filtered() {
		m.printf("Shown: every lane, the whole roadmap (%d scheduled efforts).\n", m.sc.total)
		return
	}
	lanes := "every lane"
	if m.sc.laneList != nil {
		names := make([]string, len(m.sc.laneList))
		for i, id := range m.sc.laneList {
			names[i] = m.lane(id)
		}
		lanes = "lane " + names[0]
		if n := len(names); n > 1 {
			lanes = "lanes " + strings.Join(names[:n-1], ", ") + " and " + names[n-1]
		}
	}
	when := ""
	switch o := m.sc; {
	case o.from != minDay && o.to != maxDay:
		when = fmt.Sprintf("; efforts scheduled between %s and %s", model.DateFromDays(o.from), model.DateFromDays(o.to))
	case o.from != minDay:
		when = fmt.Sprintf("; efforts scheduled on or after %s", model.DateFromDays(o.from))
	case o.to != maxDay:
		when = fmt.Sprintf("; efforts scheduled on or before %s", model.DateFromDays(o.to))
	}
	m.printf("Shown: %s%s (%d of %d scheduled efforts). Conflicts, opportunities and shared metrics are those that involve an effort shown; the coordination figures are the whole roadmap's.\n",
		lanes, when, m.sc.count, m.sc.total)
}

// criticalPath writes the critical efforts shown, in order, and the
// efforts shown that slip past their planned start.
func (m *mdBrief) criticalPath() {
	m.printf("\n## Critical path\n\n")
	rows := 0
	for _, id := range m.res.Critical {
		if !m.sc.shown[id] {
			continue
		}
		if rows == 0 {
			m.printf("A delay to any of these efforts delays the finish.\n\n")
			m.printf("| Dates | Effort | Lane | Owner | Status |\n|---|---|---|---|---|\n")
		}
		rows++
		s, e := m.scheduled[id], m.efforts[id]
		m.printf("| %s | %s | %s | %s | %s |\n", m.when(s), mdText(firstNonEmpty(e.Title, id)), m.lane(e.Lane), mdText(e.Owner), e.EffectiveStatus())
	}
	if rows == 0 {
		m.printf("No effort shown is on the critical path.\n")
	}
	var slips []string
	for i := range m.res.Schedule {
		if s := &m.res.Schedule[i]; s.SlipDays > 0 && m.sc.shown[s.ID] {
			slips = append(slips, fmt.Sprintf("%s +%s", m.effort(s.ID), m.days(s.SlipDays)))
		}
	}
	if len(slips) > 0 {
		m.printf("\nSlipping past their planned start: %s.\n", strings.Join(slips, "; "))
	}
}

// when is a scheduled effort's dates: "A to B", or one day.
func (m *mdBrief) when(s *analysis.Scheduled) string {
	if s.Start == s.End {
		return string(s.Start)
	}
	return string(s.Start) + " to " + string(s.End)
}

// coordination writes the coordination figures of the whole roadmap.
func (m *mdBrief) coordination() {
	c := m.res.Coordination
	m.printf("\n## Coordination\n\n")
	if m.sc.filtered() {
		m.printf("For the whole roadmap.\n\n")
	}
	m.printf("| Figure | Value |\n|---|---|\n")
	m.printf("| Dependencies | %d, %d of them across lanes |\n", c.Dependencies, c.CrossLaneDependencies)
	m.printf("| Blocked | %d events, %s |\n", c.BlockedEvents, m.days(c.BlockedDays))
	m.printf("| Blocked by another lane | %d events, %s (%s of blocked time) |\n",
		c.CrossLaneBlockedEvents, m.days(c.CrossLaneBlockedDays), analysis.Percent(c.CrossLaneBlockedDays, c.BlockedDays))
	m.printf("| Open conflicts | %d, %d of them across lanes |\n", c.OpenConflicts, c.CrossLaneConflicts)
	m.printf("| Opportunities to integrate | %d |\n", c.Opportunities)
}
