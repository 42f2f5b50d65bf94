package model

// effort checks one effort's references, enums and dates (its id is checked
// with the others). See Validate for the rules.
func (c *checker) effort(i int, e *Effort) {
	a := at{list: "efforts", i: i, k1: "id", v1: e.ID}
	c.effortRef(a, "lane", "lane", e.Lane, c.lanes)
	c.enum(a, "status", "status", e.Status, statusValues, false)
	c.effortDates(a, e)
	c.effortLimits(a, e)
	for j, t := range e.Touches {
		c.effortRef(a.in("touches", j), "surface", "surface", t.Surface, c.surfaces)
		c.enum(a.in("touches", j), "mode", "mode", t.Mode, modeValues, true)
	}
	for j, m := range e.Moves {
		c.effortRef(a.in("moves", j), "metric", "metric", m.Metric, c.metrics)
		c.enum(a.in("moves", j), "direction", "direction", m.Direction, directionValues, true)
	}
}

// effortDates checks the start/end/durationDays combination.
func (c *checker) effortDates(a at, e *Effort) {
	start, hasStart := c.date(a, "start", e.Start, false)
	end, hasEnd := c.date(a, "end", e.End, false)
	dur := e.DurationDays
	switch {
	case e.End != "" && e.Start == "":
		c.add(a, "end", "end without start")
	case e.Start == "" && dur == nil:
		c.add(a, "", "gives neither start nor durationDays")
	case e.Start != "" && e.End == "" && dur == nil:
		c.add(a, "", "gives start but neither end nor durationDays")
	}
	switch {
	case dur != nil && *dur < 0:
		c.add(a, "durationDays", "negative duration %d", *dur)
	case dur != nil && *dur > MaxDays:
		c.add(a, "durationDays", "%d is over the limit of %d days (100 years)", *dur, MaxDays)
	}
	if hasStart && hasEnd {
		if end < start {
			c.add(a, "end", "%s is before start %s", e.End, e.Start)
			return
		}
		n := c.cal.Count(start, end)
		switch {
		case dur != nil && *dur >= 0 && *dur != n:
			c.add(a, "durationDays", "%d disagrees with start..end (%d %s)", *dur, n, c.cal.unit(n))
		case n == 0:
			c.add(a, "", "start..end has no working day")
		}
	}
	if hasStart && dur != nil && *dur == 0 && !c.cal.IsWorkday(start) {
		c.add(a, "start", "milestone on a day off (%s)", c.cal.dayOff(start))
	}
}
