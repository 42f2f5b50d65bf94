package model

// One writer per type of the file format: known keys in struct order (empty
// optional ones left out, as their json tags say), then unknown keys sorted
// by name. The key lists below are the known keys of each type, in order.

var (
	roadmapKeys    = []string{"format", "version", "name", "start", "asOf", "calendar", "lanes", "surfaces", "metrics", "efforts", "dependencies", "links", "decisions", "rituals", "events", "snapshots"}
	calendarKeys   = []string{"workdays", "holidays"}
	laneKeys       = []string{"id", "name", "color"}
	surfaceKeys    = []string{"id", "name", "kind"}
	metricKeys     = []string{"id", "name", "unit"}
	effortKeys     = []string{"id", "lane", "title", "start", "end", "durationDays", "status", "owner", "notes", "touches", "moves"}
	dependencyKeys = []string{"from", "to", "type", "lagDays"}
	linkKeys       = []string{"a", "b", "kind", "note"}
	decisionKeys   = []string{"id", "date", "kind", "efforts", "title", "rationale", "by", "supersedes", "conflict", "window", "removed", "revisit", "reason", "trigger"}
	windowKeys     = []string{"severity", "from", "to", "days"}
	ritualKeys     = []string{"id", "name", "cadence", "weekday", "lanes"}
	eventKeys      = []string{"effort", "date", "status", "blockedBy"}
)

// elems writes a list (nil as []), each element with write.
func elems[T any](e *encoder, n *int, name string, list []T, write func(*encoder, *T)) {
	e.key(n, name)
	m := e.open('[')
	for i := range list {
		e.elem(&m)
		write(e, &list[i])
		e.spill()
	}
	e.close(']', m)
}

func (e *encoder) roadmap(r *Roadmap) {
	n := e.open('{')
	e.strField(&n, "format", r.Format)
	e.key(&n, "version")
	e.int(r.Version)
	e.strField(&n, "name", r.Name)
	e.field(&n, "start", string(r.Start))
	e.field(&n, "asOf", string(r.AsOf))
	if r.Calendar != nil {
		e.key(&n, "calendar")
		e.calendar(r.Calendar)
	}
	elems(e, &n, "lanes", r.Lanes, (*encoder).lane)
	elems(e, &n, "surfaces", r.Surfaces, (*encoder).surface)
	elems(e, &n, "metrics", r.Metrics, (*encoder).metric)
	elems(e, &n, "efforts", r.Efforts, (*encoder).effort)
	elems(e, &n, "dependencies", r.Dependencies, (*encoder).dependency)
	elems(e, &n, "links", r.Links, (*encoder).link)
	elems(e, &n, "decisions", r.Decisions, (*encoder).decision)
	elems(e, &n, "rituals", r.Rituals, (*encoder).ritual)
	elems(e, &n, "events", r.Events, (*encoder).event)
	if len(r.Snapshots) > 0 {
		elems(e, &n, "snapshots", r.Snapshots, (*encoder).snapshot)
	}
	e.extra(&n, r.Extra, roadmapKeys)
	e.close('}', n)
}

func (e *encoder) calendar(c *Calendar) {
	n := e.open('{')
	e.key(&n, "workdays")
	e.strs(c.Workdays)
	if len(c.Holidays) > 0 {
		e.key(&n, "holidays")
		m := e.open('[')
		for _, h := range c.Holidays {
			e.elem(&m)
			e.str(string(h))
		}
		e.close(']', m)
	}
	e.extra(&n, c.Extra, calendarKeys)
	e.close('}', n)
}

func (e *encoder) lane(l *Lane) {
	n := e.open('{')
	e.strField(&n, "id", l.ID)
	e.strField(&n, "name", l.Name)
	e.field(&n, "color", l.Color)
	e.extra(&n, l.Extra, laneKeys)
	e.close('}', n)
}

func (e *encoder) surface(s *Surface) {
	n := e.open('{')
	e.strField(&n, "id", s.ID)
	e.strField(&n, "name", s.Name)
	e.field(&n, "kind", s.Kind)
	e.extra(&n, s.Extra, surfaceKeys)
	e.close('}', n)
}

func (e *encoder) metric(m *Metric) {
	n := e.open('{')
	e.strField(&n, "id", m.ID)
	e.strField(&n, "name", m.Name)
	e.field(&n, "unit", m.Unit)
	e.extra(&n, m.Extra, metricKeys)
	e.close('}', n)
}

func (e *encoder) effort(x *Effort) {
	n := e.open('{')
	e.strField(&n, "id", x.ID)
	e.strField(&n, "lane", x.Lane)
	e.strField(&n, "title", x.Title)
	e.field(&n, "start", string(x.Start))
	e.field(&n, "end", string(x.End))
	if x.DurationDays != nil {
		e.key(&n, "durationDays")
		e.int(*x.DurationDays)
	}
	e.field(&n, "status", x.Status)
	e.field(&n, "owner", x.Owner)
	e.field(&n, "notes", x.Notes)
	if len(x.Touches) > 0 {
		elems(e, &n, "touches", x.Touches, (*encoder).touch)
	}
	if len(x.Moves) > 0 {
		elems(e, &n, "moves", x.Moves, (*encoder).move)
	}
	e.extra(&n, x.Extra, effortKeys)
	e.close('}', n)
}

func (e *encoder) touch(t *Touch) {
	n := e.open('{')
	e.strField(&n, "surface", t.Surface)
	e.strField(&n, "mode", t.Mode)
	e.close('}', n)
}

func (e *encoder) move(m *Move) {
	n := e.open('{')
	e.strField(&n, "metric", m.Metric)
	e.strField(&n, "direction", m.Direction)
	e.close('}', n)
}

func (e *encoder) dependency(x *Dependency) {
	n := e.open('{')
	e.strField(&n, "from", x.From)
	e.strField(&n, "to", x.To)
	e.field(&n, "type", x.Type)
	e.key(&n, "lagDays")
	e.int(x.LagDays)
	e.extra(&n, x.Extra, dependencyKeys)
	e.close('}', n)
}

func (e *encoder) link(x *Link) {
	n := e.open('{')
	e.strField(&n, "a", x.A)
	e.strField(&n, "b", x.B)
	e.strField(&n, "kind", x.Kind)
	e.field(&n, "note", x.Note)
	e.extra(&n, x.Extra, linkKeys)
	e.close('}', n)
}

func (e *encoder) decision(x *Decision) {
	n := e.open('{')
	e.strField(&n, "id", x.ID)
	e.strField(&n, "date", string(x.Date))
	e.strField(&n, "kind", x.Kind)
	e.key(&n, "efforts")
	e.strs(x.Efforts)
	e.strField(&n, "title", x.Title)
	e.field(&n, "rationale", x.Rationale)
	e.field(&n, "by", x.By)
	e.field(&n, "supersedes", x.Supersedes)
	e.field(&n, "conflict", x.Conflict)
	if w := x.Window; w != nil {
		e.key(&n, "window")
		m := e.open('{')
		e.field(&m, "severity", w.Severity)
		e.field(&m, "from", string(w.From))
		e.field(&m, "to", string(w.To))
		e.key(&m, "days")
		e.int(w.Days)
		e.extra(&m, w.Extra, windowKeys)
		e.close('}', m)
	}
	if len(x.Removed) > 0 {
		e.key(&n, "removed")
		e.strs(x.Removed)
	}
	e.field(&n, "revisit", string(x.Revisit))
	e.field(&n, "reason", x.Reason)
	e.field(&n, "trigger", x.Trigger)
	e.extra(&n, x.Extra, decisionKeys)
	e.close('}', n)
}

func (e *encoder) ritual(x *Ritual) {
	n := e.open('{')
	e.strField(&n, "id", x.ID)
	e.strField(&n, "name", x.Name)
	e.strField(&n, "cadence", x.Cadence)
	e.field(&n, "weekday", x.Weekday)
	if len(x.Lanes) > 0 {
		e.key(&n, "lanes")
		e.strs(x.Lanes)
	}
	e.extra(&n, x.Extra, ritualKeys)
	e.close('}', n)
}

func (e *encoder) event(x *Event) {
	n := e.open('{')
	e.strField(&n, "effort", x.Effort)
	e.strField(&n, "date", string(x.Date))
	e.strField(&n, "status", x.Status)
	e.field(&n, "blockedBy", x.BlockedBy)
	e.extra(&n, x.Extra, eventKeys)
	e.close('}', n)
}
