package model

// The checks of the lists that join efforts: dependencies (and their
// cycles), links, decisions, rituals and events. See Validate for the rules.

// dependencies checks the dependencies, then looks for a cycle among those
// that join two different known efforts.
func (c *checker) dependencies() {
	var from, to []int32
	seen := make(map[[2]int]int, len(c.r.Dependencies))
	for i, d := range c.r.Dependencies {
		a := at{list: "dependencies", i: i, k1: "from", v1: d.From, k2: "to", v2: d.To}
		f, okF := c.ref(a, "from", "effort", d.From, c.efforts)
		t, okT := c.ref(a, "to", "effort", d.To, c.efforts)
		c.enum(a, "type", "type", d.Type, depTypeValues, false)
		c.extra(a, "", d.Extra)
		if d.LagDays > MaxDays || d.LagDays < -MaxDays {
			c.add(a, "lagDays", "%d is over the limit of %d days (100 years) either way", d.LagDays, MaxDays)
		}
		if !okF || !okT {
			continue
		}
		if f == t {
			c.add(a, "", "depends on itself")
			continue
		}
		if first, dup := seen[[2]int{f, t}]; dup {
			c.add(a, "", "duplicate dependency (also dependencies[%d])", first)
			continue
		}
		seen[[2]int{f, t}] = i
		from, to = append(from, int32(f)), append(to, int32(t))
	}
	names := make([]string, len(c.r.Efforts))
	for i := range c.r.Efforts {
		names[i] = c.r.Efforts[i].ID
	}
	if c.cycle = findCycle(names, from, to); c.cycle != nil {
		c.add(at{}, "dependencies", "%s", c.cycle.Error())
	}
}

// links checks the declared links.
func (c *checker) links() {
	seen := make(map[[2]int]int, len(c.r.Links))
	for i, l := range c.r.Links {
		a := at{list: "links", i: i, k1: "a", v1: l.A, k2: "b", v2: l.B}
		x, okA := c.ref(a, "a", "effort", l.A, c.efforts)
		y, okB := c.ref(a, "b", "effort", l.B, c.efforts)
		c.enum(a, "kind", "kind", l.Kind, linkKindValues, true)
		c.text(a, "note", l.Note, MaxNotesLength)
		c.extra(a, "", l.Extra)
		if !okA || !okB {
			continue
		}
		if x == y {
			c.add(a, "", "links an effort to itself")
			continue
		}
		pair := [2]int{min(x, y), max(x, y)}
		if first, dup := seen[pair]; dup {
			c.add(a, "", "duplicate link between %q and %q (also links[%d])", l.A, l.B, first)
			continue
		}
		seen[pair] = i
	}
}

// decisions checks the recorded decisions.
func (c *checker) decisions() {
	ids := c.ids("decisions", len(c.r.Decisions), func(i int) string { return c.r.Decisions[i].ID })
	for i, d := range c.r.Decisions {
		a := at{list: "decisions", i: i, k1: "id", v1: d.ID}
		c.date(a, "date", d.Date, true)
		c.enum(a, "kind", "kind", d.Kind, decisionValues, true)
		c.decisionLimits(a, &d)
		for j, id := range d.Efforts {
			c.ref(a.in("efforts", j), "", "effort", id, c.efforts)
		}
		c.date(a, "revisit", d.Revisit, false)
		c.enum(a, "reason", "reason", d.Reason, reasonValues, false)
		switch {
		case d.Supersedes == "":
		case d.Supersedes == d.ID:
			c.add(a, "supersedes", "names the decision itself")
		default:
			c.ref(a, "supersedes", "decision", d.Supersedes, ids)
		}
		if w := d.Window; w != nil {
			c.date(a, "window.from", w.From, false)
			c.date(a, "window.to", w.To, false)
		}
	}
}

// ritualWeekdays lists the weekday names from Monday.
var ritualWeekdays = mondayFirst(weekdayValues)

// rituals checks the recurring meetings.
func (c *checker) rituals() {
	c.ids("rituals", len(c.r.Rituals), func(i int) string { return c.r.Rituals[i].ID })
	for i, r := range c.r.Rituals {
		a := at{list: "rituals", i: i, k1: "id", v1: r.ID}
		c.enum(a, "cadence", "cadence", r.Cadence, cadenceValues, true)
		c.enum(a, "weekday", "weekday", r.Weekday, ritualWeekdays, false)
		c.text(a, "name", r.Name, MaxNameLength)
		c.extra(a, "", r.Extra)
		seen := map[string]bool{}
		for j, id := range r.Lanes {
			if c.ref(a.in("lanes", j), "", "lane", id, c.lanes); seen[id] {
				c.add(a.in("lanes", j), "", "lane %q listed twice", id)
			}
			seen[id] = true
		}
	}
}

// events checks the status changes.
func (c *checker) events() {
	for i, e := range c.r.Events {
		a := at{list: "events", i: i, k1: "effort", v1: e.Effort}
		c.ref(a, "effort", "effort", e.Effort, c.efforts)
		c.date(a, "date", e.Date, true)
		c.enum(a, "status", "status", e.Status, statusValues, true)
		c.extra(a, "", e.Extra)
		switch {
		case e.BlockedBy == "":
		case e.Status != StatusBlocked:
			c.add(a, "blockedBy", "only a blocked event names a blocker")
		case e.BlockedBy == e.Effort:
			c.add(a, "blockedBy", "names the effort itself")
		default:
			c.ref(a, "blockedBy", "effort", e.BlockedBy, c.efforts)
		}
	}
}
