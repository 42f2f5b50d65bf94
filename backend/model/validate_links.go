package model

import (
	"cmp"
	"slices"
)

// The checks of the lists that join efforts: dependencies (and their
// cycles), links, decisions, rituals and events. See Validate for the rules.

// dependencies checks the dependencies, then looks for a cycle among those
// that join two different known efforts. ends are their ends (see
// Index.DependencyEnds), so that repeated (from, to) pairs are found by
// grouping the dependencies by their first end (see repeats) rather than in
// a map of every pair; the problems are then listed dependency by
// dependency.
func (c *checker) dependencies(ends [][2]int32) {
	deps := c.r.Dependencies
	firstOf := repeats(ends, len(c.r.Efforts))
	from, to := make([]int32, 0, len(deps)), make([]int32, 0, len(deps))
	for i := range deps {
		d := &deps[i]
		a := at{list: "dependencies", i: i, k1: "from", v1: d.From, k2: "to", v2: d.To}
		f, t := ends[i][0], ends[i][1]
		c.refFound(a, "from", "effort", d.From, f >= 0)
		c.refFound(a, "to", "effort", d.To, t >= 0)
		c.enum(a, "type", "type", d.Type, depTypeValues, false)
		c.extra(a, "", d.Extra)
		if d.LagDays > MaxDays || d.LagDays < -MaxDays {
			c.add(a, "lagDays", "%d is over the limit of %d days (100 years) either way", d.LagDays, MaxDays)
		}
		if f < 0 || t < 0 {
			continue
		}
		if f == t {
			c.add(a, "", "depends on itself")
			continue
		}
		if first, dup := firstOf[i]; dup {
			c.add(a, "", "duplicate dependency (also dependencies[%d])", first)
			continue
		}
		from, to = append(from, f), append(to, t)
	}
	names := make([]string, len(c.r.Efforts))
	for i := range c.r.Efforts {
		names[i] = c.r.Efforts[i].ID
	}
	if c.cycle = FindCycleIn(names, from, to); c.cycle != nil {
		c.add(at{}, "dependencies", "%s", c.cycle.Error())
	}
}

// repeats maps each pair of ends (from, to) that an earlier pair already
// holds to the index of the first; pairs with an unknown end (-1) or with
// from == to are left out. The pairs are grouped by from (a counting sort,
// stable), and each group, a few pairs, is searched for repeats of to; a
// large group is sorted instead. O(pairs + n) for n efforts, and no map of
// every pair (a million dependencies made a map of 60 MB).
func repeats(ends [][2]int32, n int) map[int]int {
	start := make([]int32, n+2)
	for _, e := range ends {
		if e[0] >= 0 && e[1] >= 0 && e[0] != e[1] {
			start[e[0]+2]++
		}
	}
	for f := 2; f < len(start); f++ {
		start[f] += start[f-1]
	}
	group := make([]int32, start[n+1])
	for i, e := range ends {
		if e[0] >= 0 && e[1] >= 0 && e[0] != e[1] {
			group[start[e[0]+1]] = int32(i)
			start[e[0]+1]++
		}
	}
	out := map[int]int{}
	const small = 16
	for f := range n {
		g := group[start[f]:start[f+1]]
		if len(g) <= small {
			for k, i := range g {
				for _, j := range g[:k] {
					if ends[j][1] == ends[i][1] {
						out[int(i)] = int(j)
						break
					}
				}
			}
			continue
		}
		sorted := slices.Clone(g)
		slices.SortStableFunc(sorted, func(i, j int32) int { return cmp.Compare(ends[i][1], ends[j][1]) })
		for k := 1; k < len(sorted); k++ {
			if first := sorted[k-1]; ends[first][1] == ends[sorted[k]][1] {
				if f, ok := out[int(first)]; ok {
					out[int(sorted[k])] = f
				} else {
					out[int(sorted[k])] = int(first)
				}
			}
		}
	}
	return out
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
	ids := c.ids("decisions", len(c.r.Decisions), func(i int) string { return c.r.Decisions[i].ID }, nil)
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
	c.ids("rituals", len(c.r.Rituals), func(i int) string { return c.r.Rituals[i].ID }, nil)
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
