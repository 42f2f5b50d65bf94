package formats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/backend/model"
)

// csvStatuses are the effort statuses, in the order messages list them.
var csvStatuses = []string{model.StatusPlanned, model.StatusActive, model.StatusBlocked, model.StatusDone, model.StatusPaused, model.StatusKilled}

// status reads the status column, in any case; empty is planned.
func (c *csvImport) status(row int, rec []string, e *model.Effort) {
	v, col := c.cell(rec, "status")
	if v == "" {
		return
	}
	low := strings.ToLower(v)
	for _, s := range csvStatuses {
		if low == s {
			e.Status = s
			return
		}
	}
	c.add(row, col, "unknown status %q (want %s)", v, strings.Join(csvStatuses, ", "))
}

// dates reads start, end and durationDays and checks their combination the
// way model.Validate does (without a calendar every day counts).
func (c *csvImport) dates(row int, rec []string, e *model.Effort) {
	start, startCol := c.cell(rec, "start")
	end, endCol := c.cell(rec, "end")
	dur, durCol := c.cell(rec, "durationDays")
	day := func(v, col string) (int, bool) {
		if v == "" {
			return 0, false
		}
		d, err := model.ParseDate(model.Date(v))
		if err != nil {
			c.add(row, col, "%v", err)
			return 0, false
		}
		return d, true
	}
	s, okStart := day(start, startCol)
	f, okEnd := day(end, endCol)
	if okStart {
		e.Start = model.Date(start)
	}
	if okEnd {
		e.End = model.Date(end)
	}
	if dur != "" {
		n, err := strconv.Atoi(dur)
		switch {
		case err != nil:
			c.add(row, durCol, "%q is not a whole number of days", dur)
		case n < 0:
			c.add(row, durCol, "negative duration %d", n)
		default:
			e.DurationDays = &n
		}
	}
	switch {
	case end != "" && start == "":
		c.add(row, endCol, "an end needs a start")
	case start == "" && dur == "":
		c.add(row, durCol, "missing: give durationDays, or start with end or durationDays")
	case start != "" && end == "" && dur == "":
		c.add(row, startCol, "a start needs an end or durationDays")
	}
	if okStart && okEnd {
		switch n := f - s + 1; {
		case f < s:
			c.add(row, endCol, "%s is before start %s", end, start)
		case e.DurationDays != nil && *e.DurationDays != n:
			c.add(row, durCol, "%d disagrees with start..end (%d days)", *e.DurationDays, n)
		}
	}
}

// list splits a ';'-separated cell into trimmed, non-empty items.
func list(cell string) []string {
	var out []string
	for _, s := range strings.Split(cell, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// touches reads changes and relies.
func (c *csvImport) touches(row int, rec []string, e *model.Effort) {
	mode := map[string]string{}
	for _, m := range []string{model.ModeChanges, model.ModeRelies} {
		v, col := c.cell(rec, m)
		for _, s := range list(v) {
			if utf8.RuneCountInString(s) > model.MaxIDLength {
				c.add(row, col, "surface id longer than %d characters", model.MaxIDLength)
				continue
			}
			if prev, dup := mode[s]; dup {
				if prev == m {
					c.add(row, col, "surface %q listed twice", s)
				} else {
					c.add(row, col, "surface %q is also in %s: an effort changes a surface or relies on it", s, prev)
				}
				continue
			}
			mode[s] = m
			if !c.surfaces[s] {
				s = c.own(s)
				c.surfaces[s] = true
				c.r.Surfaces = append(c.r.Surfaces, model.Surface{ID: s, Name: humanize(s)})
			}
			e.Touches = append(e.Touches, model.Touch{Surface: s, Mode: m})
		}
	}
}

// moves reads "metric+;metric-".
func (c *csvImport) moves(row int, rec []string, e *model.Effort) {
	v, col := c.cell(rec, "moves")
	seen := map[string]bool{}
	for _, s := range list(v) {
		dir := ""
		switch s[len(s)-1] {
		case '+':
			dir = model.DirectionUp
		case '-':
			dir = model.DirectionDown
		}
		id := strings.TrimSpace(s[:len(s)-1])
		switch {
		case dir == "":
			c.add(row, col, "%q: want metric+ (up) or metric- (down)", s)
			continue
		case id == "":
			c.add(row, col, "%q: no metric before the sign", s)
			continue
		case utf8.RuneCountInString(id) > model.MaxIDLength:
			c.add(row, col, "metric id longer than %d characters", model.MaxIDLength)
			continue
		case seen[id]:
			c.add(row, col, "metric %q listed twice", id)
			continue
		}
		seen[id] = true
		if !c.metrics[id] {
			id = c.own(id)
			c.metrics[id] = true
			c.r.Metrics = append(c.r.Metrics, model.Metric{ID: id, Name: humanize(id)})
		}
		e.Moves = append(e.Moves, model.Move{Metric: id, Direction: dir})
	}
}

// resolveDeps reads every dependsOn cell now that all ids are known, then
// looks for a cycle.
func (c *csvImport) resolveDeps() {
	items := 0 // at most this many dependencies: the list is not copied as it grows
	for _, p := range c.pending {
		items += strings.Count(p.cell, ";") + 1
	}
	if c.stream != nil {
		c.stream.growDependencies()
	} else {
		c.r.Dependencies = slices.Grow(c.r.Dependencies, items)
		c.deps = slices.Grow(c.deps, items)
	}
	_, col := c.cell(nil, "dependsOn")
	seen := map[string]bool{}
	c.eachPending(func(p pendingDeps) {
		clear(seen)
		for _, item := range list(p.cell) {
			from, typ, lag, err := item, model.DepFS, 0, error(nil)
			if _, whole := c.effortRow[item]; !whole {
				from, typ, lag, err = parseDependsOn(item)
			}
			if err != nil {
				c.add(p.row, col, "%v", err)
				continue
			}
			switch _, known := c.effortRow[from]; {
			case !known:
				c.add(p.row, col, "unknown effort %q", from)
				continue
			case from == p.to:
				c.add(p.row, col, "%q depends on itself", from)
				continue
			case seen[from]:
				c.add(p.row, col, "depends on %q twice", from)
				continue
			}
			seen[from] = true
			d := model.Dependency{From: from, To: p.to, Type: typ, LagDays: lag}
			if c.stream != nil {
				c.sendDependency(&d)
				continue
			}
			c.r.Dependencies = append(c.r.Dependencies, d)
			c.deps = append(c.deps, p.row)
		}
	})
	if len(c.problems) > 0 || c.stream != nil {
		return // a stream's cycles are ScheduleBound.Fits's to find
	}
	if cyc := model.FindCycle(c.r.Dependencies); cyc != nil {
		_, col := c.cell(nil, "dependsOn")
		c.add(c.effortRow[cyc.Efforts[0]], col, "%v", cyc)
	}
}

// parseDependsOn reads one dependsOn item: "id", "id:TYPE" or "id:TYPE±N".
// The type follows the last ':'. (An item that is an effort's whole id,
// ':' and all, is that id: resolveDeps checks that first.)
func parseDependsOn(item string) (from, typ string, lag int, err error) {
	i := strings.LastIndexByte(item, ':')
	if i < 0 {
		return item, model.DepFS, 0, nil
	}
	id, spec := strings.TrimSpace(item[:i]), strings.TrimSpace(item[i+1:])
	if len(spec) < 2 {
		return "", "", 0, fmt.Errorf("%q: want id, id:TYPE or id:TYPE+N (TYPE one of FS, SS, FF, SF)", item)
	}
	typ = strings.ToUpper(spec[:2])
	switch typ {
	case model.DepFS, model.DepSS, model.DepFF, model.DepSF:
	default:
		return "", "", 0, fmt.Errorf("%q: unknown dependency type %q (want FS, SS, FF or SF)", item, spec[:2])
	}
	if id == "" {
		return "", "", 0, fmt.Errorf("%q: no effort id before ':'", item)
	}
	if rest := strings.TrimSpace(spec[2:]); rest != "" {
		if rest[0] != '+' && rest[0] != '-' {
			return "", "", 0, fmt.Errorf("%q: the lag must start with + or - (like %s:%s+2)", item, id, typ)
		}
		n, err := strconv.Atoi(strings.TrimSpace(rest[1:]))
		if err != nil || n < 0 {
			return "", "", 0, fmt.Errorf("%q: lag %q is not a whole number of days", item, rest)
		}
		if rest[0] == '-' {
			n = -n
		}
		lag = n
	}
	return id, typ, lag, nil
}
