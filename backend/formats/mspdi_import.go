package formats

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tandem/backend/model"
)

// ReadMSPDI imports an MS Project XML (MSPDI) file as a roadmap (SPEC §4).
// fileName names the lane of tasks outside any summary (its base name
// without extension) and may be empty. The result has passed
// model.Validate; on any error nothing is returned. Malformed XML and
// values that make no sense are an *XMLError naming the line, column and
// element. The mapping is described in the package documentation. It
// runs in one streaming pass over data plus time linear in the tasks and
// links (quadratic only in the links of summaries to summaries).
func ReadMSPDI(data []byte, fileName string) (*model.Roadmap, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	f, err := parseMSPDI(data)
	if err != nil {
		return nil, err
	}
	o, err := f.outline(fileName)
	if err != nil {
		return nil, err
	}
	return o.roadmap()
}

// Task duration and link lag formats (MSPDI DurationFormat, LagFormat):
// the elapsed ones count calendar time, the percent ones a share of the
// predecessor's duration; the "?" (estimated) variants count alike.
var (
	elapsedFormats = map[string]bool{"4": true, "6": true, "8": true, "10": true, "12": true,
		"36": true, "38": true, "40": true, "42": true, "44": true}
	percentFormats = map[string]bool{"19": true, "20": true, "51": true, "52": true}
)

// MSPDI link types.
var mspdiLinkTypes = map[string]string{"0": model.DepFF, "1": model.DepFS, "2": model.DepSF, "3": model.DepSS, "": model.DepFS}

// mspdiMapper holds what mapping the tasks needs.
type mspdiMapper struct {
	f        *mspdiFile
	perDay   float64 // working minutes per day
	dayStart string  // "08:00:00"
	dayEnd   string  // "17:00:00"
	week     *model.WorkCalendar
	tasks    []*mspdiTask // in outline order, importable ones only
	index    map[string]int
	dur      []int
	floor    []int // a summary's start-no-earlier-than day, or minInt
}

const noDay = -1 << 40

// endOfDay is a DefaultFinishTime no clock time reaches ("HH:MM:SS" compares as text).
const endOfDay = "24:00:00"

// outline maps the file onto the importers' common task tree.
func (f *mspdiFile) outline(fileName string) (*outline, error) {
	m := &mspdiMapper{f: f, perDay: 480, dayStart: "08:00:00", dayEnd: "17:00:00", index: map[string]int{}}
	if v := strings.TrimSpace(f.scalars["MinutesPerDay"]); v != "" {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n <= 0 || n > 1440 {
			return nil, f.scalarError("MinutesPerDay", "%q is not a number of minutes between 1 and 1440", v)
		}
		m.perDay = n
	}
	for name, dst := range map[string]*string{"DefaultStartTime": &m.dayStart, "DefaultFinishTime": &m.dayEnd} {
		if v := strings.TrimSpace(f.scalars[name]); len(v) >= 5 {
			*dst = clockPart("0000-00-00T" + v)
		}
	}
	if m.dayEnd <= m.dayStart {
		// No working day ends at or before it starts: GanttProject's export
		// writes 00:00 for both. Then no start is "after hours".
		m.dayEnd = endOfDay
	}

	o := &outline{format: nameMSPDI}
	o.name = firstNonEmpty(f.scalars["Title"], strings.TrimSuffix(f.scalars["Name"], ".xml"), fileStem(fileName), "MS Project import")
	o.fileLane = firstNonEmpty(fileStem(fileName), o.name)
	for _, k := range []string{"StartDate", "StatusDate"} {
		v := strings.TrimSpace(f.scalars[k])
		if v == "" || strings.EqualFold(v, "NA") {
			continue
		}
		day, err := datePart(v)
		if err != nil {
			return nil, f.scalarError(k, "%v", err)
		}
		if k == "StartDate" {
			o.start = model.DateFromDays(day)
		} else {
			o.asOf = model.DateFromDays(day)
		}
	}

	if err := m.order(); err != nil {
		return nil, err
	}
	lo, hi := m.span(o.start)
	week, err := f.workweek(lo, hi)
	if err != nil {
		return nil, err
	}
	m.week, o.week = week, week
	if err := m.tasksInto(o); err != nil {
		return nil, err
	}
	if err := m.linksInto(o); err != nil {
		return nil, err
	}
	return o, nil
}

// order keeps the tasks to import (not blank rows, external placeholders or
// the project summary, OutlineLevel 0) in ID order, the order of the
// outline, and checks their UIDs.
func (m *mspdiMapper) order() error {
	ids := make(map[*mspdiTask]int, len(m.f.tasks))
	byID := true
	for i := range m.f.tasks {
		t := &m.f.tasks[i]
		t.UID = strings.TrimSpace(t.UID)
		level := strings.TrimSpace(t.OutlineLevel)
		if t.IsNull == "1" || t.ExternalTask == "1" || level == "0" || (level == "" && t.UID == "0") {
			continue
		}
		if t.UID == "" {
			return taskError(t, "UID", "missing")
		}
		if prev, dup := m.index[t.UID]; dup {
			return taskError(t, "UID", "duplicate UID (also the task at line %d)", m.tasks[prev].pos[0])
		}
		m.index[t.UID] = len(m.tasks)
		m.tasks = append(m.tasks, t)
		n, err := strconv.Atoi(strings.TrimSpace(t.ID))
		ids[t], byID = n, byID && err == nil
	}
	if byID {
		slices.SortStableFunc(m.tasks, func(a, b *mspdiTask) int { return cmp.Compare(ids[a], ids[b]) })
		for i, t := range m.tasks {
			m.index[t.UID] = i
		}
	}
	return nil
}

// span returns the window of days holidays are expanded in: around the
// project start and every task's start.
func (m *mspdiMapper) span(start model.Date) (lo, hi int) {
	first, last, any := 0, 0, false
	see := func(s string) {
		if day, err := datePart(s); err == nil {
			if !any || day < first {
				first = day
			}
			if !any || day > last {
				last = day
			}
			any = true
		}
	}
	see(string(start))
	see(m.f.scalars["FinishDate"])
	for _, t := range m.tasks {
		see(t.Start)
		see(t.ActualStart)
		see(t.ManualStart)
		see(t.ConstraintDate)
	}
	if !any {
		return 0, -1
	}
	return holidayWindow(first, last)
}

// tasksInto adds the tasks to o in outline order, parents found from
// OutlineLevel.
func (m *mspdiMapper) tasksInto(o *outline) error {
	m.dur = make([]int, len(m.tasks))
	m.floor = make([]int, len(m.tasks))
	owners := m.owners()
	var stack []int // indices of the open ancestors
	levels := make([]int, len(m.tasks))
	o.tasks = slices.Grow(o.tasks, len(m.tasks)) // not copied as it grows
	for i, t := range m.tasks {
		level := 1
		if v := strings.TrimSpace(t.OutlineLevel); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return taskError(t, "OutlineLevel", "%q is not a level (1, 2, ...)", v)
			}
			level = n
		}
		levels[i] = level
		for len(stack) > 0 && levels[stack[len(stack)-1]] >= level {
			stack = stack[:len(stack)-1]
		}
		parent := -1
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, i)
		title := strings.TrimSpace(t.Name)
		if title == "" {
			title = "Task " + firstNonEmpty(strings.TrimSpace(t.ID), t.UID)
		}
		o.tasks = append(o.tasks, otask{
			id: t.UID, title: title, parent: parent, order: t.Start,
			owner: owners[t.UID], notes: strings.TrimSpace(t.Notes),
		})
	}
	tr := o.tree()
	for i, t := range m.tasks {
		ot := &o.tasks[i]
		d, err := m.duration(t)
		if err != nil {
			return err
		}
		m.dur[i], ot.dur = d, d
		pct := 0
		if v := strings.TrimSpace(t.PercentComplete); v != "" {
			if pct, err = strconv.Atoi(v); err != nil || pct < 0 {
				return taskError(t, "PercentComplete", "%q is not a percentage", v)
			}
		}
		switch {
		case t.Active == "0" || (ot.parent >= 0 && o.tasks[ot.parent].status == model.StatusKilled):
			ot.status = model.StatusKilled
		case pct >= 100:
			ot.status = model.StatusDone
		case pct > 0:
			ot.status = model.StatusActive
		}
		if tr.leaf(i) && ot.status == "" && placeholder(t) {
			m.unschedule(i, t, ot)
			continue
		}
		if err := m.start(i, t, ot, tr.leaf(i)); err != nil {
			return err
		}
	}
	return nil
}

// linksInto adds every PredecessorLink between two imported tasks. Links to
// tasks of other projects (CrossProject) or to tasks not in the file are
// left out.
func (m *mspdiMapper) linksInto(o *outline) error {
	n := 0
	for _, t := range m.tasks {
		n += len(t.Links)
	}
	o.links = slices.Grow(o.links, n) // not copied as it grows
	for i, t := range m.tasks {
		for _, l := range t.Links {
			pred, ok := m.index[strings.TrimSpace(l.PredecessorUID)]
			if !ok || l.CrossProject == "1" {
				continue
			}
			typ, ok := mspdiLinkTypes[strings.TrimSpace(l.Type)]
			if !ok {
				return taskError(t, "PredecessorLink", "unknown link Type %q (want 0 FF, 1 FS, 2 SF or 3 SS)", l.Type)
			}
			lag, err := m.lag(t, l, pred)
			if err != nil {
				return err
			}
			o.links = append(o.links, olink{from: pred, to: i, typ: typ, lag: lag})
		}
	}
	return nil
}

// owners returns, per task UID, the names of the resources assigned to it,
// joined by ", " in assignment order.
func (m *mspdiMapper) owners() map[string]string {
	out := map[string]string{}
	seen := map[[2]string]bool{}
	for _, a := range m.f.assigns {
		name := strings.TrimSpace(m.f.resources[a.ResourceUID])
		key := [2]string{a.TaskUID, name}
		if name == "" || seen[key] {
			continue
		}
		seen[key] = true
		if out[a.TaskUID] != "" {
			out[a.TaskUID] += ", "
		}
		out[a.TaskUID] += name
	}
	return out
}

// taskError is a problem with one element of a task.
func taskError(t *mspdiTask, element, format string, args ...any) error {
	return &XMLError{Format: nameMSPDI, Line: t.pos[0], Column: t.pos[1], Element: element,
		Msg: fmt.Sprintf("task UID %q: ", t.UID) + fmt.Sprintf(format, args...)}
}

// scalarError is a problem with a project-level element.
func (f *mspdiFile) scalarError(element, format string, args ...any) error {
	pos := f.scalarAt[element]
	return &XMLError{Format: nameMSPDI, Line: pos[0], Column: pos[1], Element: element, Msg: fmt.Sprintf(format, args...)}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
