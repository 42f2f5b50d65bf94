package formats

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"tandem/backend/model"
)

// ReadGanttProject imports a GanttProject file (.gan) as a roadmap (SPEC
// §4). Tasks nest in tasks: the leaves become efforts (id = the task's id),
// the top-level tasks with subtasks lanes, the top-level tasks without any
// one lane named after the file (fileName's base name, which may be
// empty). The result has passed model.Validate; on any error nothing is
// returned. Malformed XML and values that make no sense are an *XMLError.
// The mapping is described in the package documentation.
func ReadGanttProject(data []byte, fileName string) (*model.Roadmap, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	g, err := parseGan(data)
	if err != nil {
		return nil, err
	}
	o, err := g.outline(fileName)
	if err != nil {
		return nil, err
	}
	return o.roadmap()
}

// ganFile is what the importer reads of a .gan file.
type ganFile struct {
	name      string
	rootPos   [2]int   // where <project> ends its start tag
	week      *[7]bool // from <default-week>; nil when absent
	dates     []ganDate
	tasks     []ganTask // in document order: a parent before its subtasks
	resources map[string]string
	allocs    []ganAlloc
}

type ganTask struct {
	pos     [2]int
	parent  int // index in tasks, or -1
	attrs   ganAttrs
	notes   string
	depends []ganDepend
}

// ganAttrs are the attributes of a <task> the importer reads, as written.
// A struct rather than a map of every attribute: a file holds up to
// maxTasks tasks, and a map per task cost more memory than the file.
type ganAttrs struct {
	id, name, start, duration, complete, color, meeting string
	thirdDate, thirdDateConstraint                      string
}

// taskAttrs returns the attributes of a <task> element the importer reads.
func taskAttrs(el *xml.StartElement) ganAttrs {
	var a ganAttrs
	for _, at := range el.Attr {
		switch at.Name.Local {
		case "id":
			a.id = at.Value
		case "name":
			a.name = at.Value
		case "start":
			a.start = at.Value
		case "duration":
			a.duration = at.Value
		case "complete":
			a.complete = at.Value
		case "color":
			a.color = at.Value
		case "meeting":
			a.meeting = at.Value
		case "thirdDate":
			a.thirdDate = at.Value
		case "thirdDate-constraint":
			a.thirdDateConstraint = at.Value
		}
	}
	return a
}

type ganDepend struct {
	pos        [2]int
	id, typ    string
	difference string
	rubber     bool // hardness="Rubber": the link does not place its successor
}

type ganDate struct {
	pos                   [2]int
	year, month, day, typ string
}

type ganAlloc struct {
	task, resource string
	responsible    bool
}

func attrMap(el *xml.StartElement) map[string]string {
	m := make(map[string]string, len(el.Attr))
	for _, a := range el.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}

// dependOf reads a <depend> element (at pos), without a map of its
// attributes (see ganAttrs).
func dependOf(el *xml.StartElement, pos [2]int) ganDepend {
	d := ganDepend{pos: pos}
	for _, at := range el.Attr {
		switch at.Name.Local {
		case "id":
			d.id = at.Value
		case "type":
			d.typ = at.Value
		case "difference":
			d.difference = at.Value
		case "hardness":
			d.rubber = at.Value == "Rubber"
		}
	}
	return d
}

// parseGan reads a .gan file in one streaming pass.
func parseGan(data []byte) (*ganFile, error) {
	s := newXMLStream(nameGan, data)
	root, err := s.root("project", "a GanttProject file")
	if err != nil {
		return nil, err
	}
	g := &ganFile{name: attrMap(root)["name"], rootPos: s.pos(), resources: map[string]string{}}
	var task func(el *xml.StartElement, parent int) error
	task = func(el *xml.StartElement, parent int) error {
		i := len(g.tasks)
		if i == maxTasks {
			return s.tooManyTasks("task")
		}
		g.tasks = append(g.tasks, ganTask{pos: s.pos(), parent: parent, attrs: taskAttrs(el)})
		return s.each(func(el *xml.StartElement) error {
			switch el.Name.Local {
			case "task":
				return task(el, i)
			case "depend":
				g.tasks[i].depends = append(g.tasks[i].depends, dependOf(el, s.pos()))
			case "notes":
				var v string
				err := s.decode(&v, el)
				g.tasks[i].notes = strings.TrimSpace(v)
				return err
			}
			return s.skip()
		})
	}
	var calendars func(el *xml.StartElement) error
	calendars = func(el *xml.StartElement) error {
		switch el.Name.Local {
		case "default-week":
			a := attrMap(el)
			var w [7]bool
			for d := range w {
				w[d] = a[model.WorkdayName(time.Weekday(d))] != "1" // 0 = working, 1 = weekend
			}
			g.week = &w
		case "date":
			a := attrMap(el)
			g.dates = append(g.dates, ganDate{pos: s.pos(), year: a["year"], month: a["month"], day: a["date"], typ: a["type"]})
		default:
			return s.each(calendars)
		}
		return s.skip()
	}
	err = s.each(func(el *xml.StartElement) error {
		switch el.Name.Local {
		case "calendars":
			return s.each(calendars)
		case "tasks":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local == "task" {
					return task(el, -1)
				}
				return s.skip()
			})
		case "resources":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local == "resource" {
					a := attrMap(el)
					g.resources[a["id"]] = a["name"]
				}
				return s.skip()
			})
		case "allocations":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local == "allocation" {
					a := attrMap(el)
					g.allocs = append(g.allocs, ganAlloc{task: a["task-id"], resource: a["resource-id"], responsible: a["responsible"] == "true"})
				}
				return s.skip()
			})
		}
		return s.skip()
	})
	if err != nil {
		return nil, err
	}
	return g, s.rest()
}

// noStartNote begins the notes of an effort whose task has an empty start
// (line, column): Tandem schedules it as early as its dependencies allow,
// and the note says so rather than let that pass for the file's plan.
const noStartNote = "No start date in the GanttProject file (its task at line %d, column %d has start=\"\"): Tandem schedules it as early as its dependencies allow; set a start if it has one."

// joinNotes puts a note before the task's own notes.
func joinNotes(note, notes string) string {
	if notes == "" {
		return note
	}
	return note + "\n\n" + notes
}

// ganLinkTypes are GanttProject's dependency types (GanttTaskRelationship).
var ganLinkTypes = map[string]string{"1": model.DepSS, "2": model.DepFS, "3": model.DepFF, "4": model.DepSF, "": model.DepFS}

// ganDefaultColor is the colour GanttProject gives every task; a lane takes
// its summary task's colour only when the user chose another.
const ganDefaultColor = "#8cb6ce"

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// outline maps the file onto the importers' common task tree.
func (g *ganFile) outline(fileName string) (*outline, error) {
	o := &outline{format: nameGan}
	o.name = firstNonEmpty(g.name, fileStem(fileName), "GanttProject import")
	o.fileLane = firstNonEmpty(fileStem(fileName), o.name)
	if len(g.tasks) == 0 {
		return nil, g.errorf(g.rootPos, "project", "the file has no tasks: nothing to import")
	}
	index := map[string]int{}
	starts := make([]int, len(g.tasks)) // noDay: the task gives no start
	first, last, dated := 0, 0, false
	for i, t := range g.tasks {
		id := strings.TrimSpace(t.attrs.id)
		if id == "" {
			return nil, g.errorf(t.pos, "task", "missing id")
		}
		if prev, dup := index[id]; dup {
			return nil, g.errorf(t.pos, "task", "duplicate task id %q (also the task at line %d)", id, g.tasks[prev].pos[0])
		}
		index[id] = i
		starts[i] = noDay
		if strings.TrimSpace(t.attrs.start) == "" {
			continue // flagged below, in the effort's notes
		}
		start, err := datePart(t.attrs.start)
		if err != nil {
			return nil, g.errorf(t.pos, "task", "task %q: start: %v", id, err)
		}
		starts[i] = start
		if !dated || start < first {
			first = start
		}
		if !dated || start > last {
			last = start
		}
		dated = true
	}
	if dated {
		o.start = model.DateFromDays(first)
	}
	week, err := g.workweek(holidayWindow(first, last))
	if err != nil {
		return nil, err
	}
	o.week = week
	owners := g.owners()

	// links first: a task with a strong dependency is scheduled by it
	strong := make([]bool, len(g.tasks))
	links := 0
	for _, t := range g.tasks {
		links += len(t.depends)
	}
	o.links = make([]olink, 0, links)
	o.tasks = make([]otask, 0, len(g.tasks))
	for i, t := range g.tasks {
		for _, d := range t.depends {
			to, ok := index[strings.TrimSpace(d.id)]
			if !ok {
				return nil, g.errorf(d.pos, "depend", "task %q: a dependency names task %q, which is not in the file", strings.TrimSpace(t.attrs.id), d.id)
			}
			typ, ok := ganLinkTypes[strings.TrimSpace(d.typ)]
			if !ok {
				return nil, g.errorf(d.pos, "depend", "unknown dependency type %q (want 1 SS, 2 FS, 3 FF or 4 SF)", d.typ)
			}
			lag := 0
			if v := strings.TrimSpace(d.difference); v != "" {
				if lag, err = strconv.Atoi(v); err != nil {
					return nil, g.errorf(d.pos, "depend", "difference %q is not a whole number of days", v)
				}
				if lag > maxDays || lag < -maxDays {
					return nil, g.errorf(d.pos, "depend", "difference %d: %v", lag, errTooLong)
				}
			}
			o.links = append(o.links, olink{from: i, to: to, typ: typ, lag: lag})
			if !d.rubber {
				strong[to] = true
			}
		}
	}

	for i, t := range g.tasks {
		id := strings.TrimSpace(t.attrs.id)
		a := t.attrs
		ot := otask{id: id, title: strings.TrimSpace(a.name), parent: t.parent, order: a.start,
			owner: owners[id], notes: t.notes}
		if ot.title == "" {
			ot.title = "Task " + id
		}
		if starts[i] == noDay {
			ot.notes = joinNotes(fmt.Sprintf(noStartNote, t.pos[0], t.pos[1]), ot.notes)
		}
		if c := a.color; hexColor.MatchString(c) && !strings.EqualFold(c, ganDefaultColor) {
			ot.color = strings.ToLower(c)
		}
		if v := strings.TrimSpace(a.duration); v != "" && a.meeting != "true" {
			d, err := strconv.Atoi(v)
			if err != nil || d < 0 {
				return nil, g.errorf(t.pos, "task", "task %q: duration %q is not a whole number of days", id, v)
			}
			if d > maxDays {
				return nil, g.errorf(t.pos, "task", "task %q: duration %d: %v", id, d, errTooLong)
			}
			ot.dur = d
		}
		if v := strings.TrimSpace(a.complete); v != "" {
			pct, err := strconv.Atoi(v)
			if err != nil || pct < 0 {
				return nil, g.errorf(t.pos, "task", "task %q: complete %q is not a percentage", id, v)
			}
			switch {
			case pct >= 100:
				ot.status = model.StatusDone
			case pct > 0:
				ot.status = model.StatusActive
			}
		}
		// the start: kept unless a strong dependency (on the task or a
		// summary above it) places the task, and it has not started
		driven := false
		for p := i; p >= 0; p = g.tasks[p].parent {
			driven = driven || strong[p]
		}
		start := starts[i]
		if driven && ot.status == "" {
			start = noDay
			if a.thirdDateConstraint == "1" && a.thirdDate != "" {
				if start, err = datePart(a.thirdDate); err != nil {
					return nil, g.errorf(t.pos, "task", "task %q: thirdDate: %v", id, err)
				}
			}
		}
		if start != noDay {
			ot.start = model.DateFromDays(week.Next(start))
		}
		o.tasks = append(o.tasks, ot)
	}
	return o, nil
}

// workweek is the default week (Monday to Friday when the file has none)
// and the holidays of <date> elements between lo and hi; a date without a
// year recurs every year. WORKING_DAY and NEUTRAL dates are not days off.
func (g *ganFile) workweek(lo, hi int) (*model.WorkCalendar, error) {
	works := monFri
	if g.week != nil {
		works = *g.week
	}
	var holidays []int
	for _, d := range g.dates {
		if d.typ != "" && d.typ != "HOLIDAY" {
			continue
		}
		month, err1 := strconv.Atoi(d.month)
		day, err2 := strconv.Atoi(d.day)
		if err1 != nil || err2 != nil {
			return nil, g.errorf(d.pos, "date", "month %q and date %q must be numbers", d.month, d.day)
		}
		years := []int{}
		if strings.TrimSpace(d.year) == "" {
			y0, _, _ := civil(lo)
			y1, _, _ := civil(hi)
			for y := y0; y <= y1; y++ {
				years = append(years, y)
			}
		} else {
			y, err := strconv.Atoi(d.year)
			if err != nil {
				return nil, g.errorf(d.pos, "date", "year %q is not a number", d.year)
			}
			years = append(years, y)
		}
		for _, y := range years {
			n, err := model.ParseDate(model.Date(fmt.Sprintf("%04d-%02d-%02d", y, month, day)))
			if err != nil {
				if d.year == "" {
					continue // February 29 in a common year
				}
				return nil, g.errorf(d.pos, "date", "%v", err)
			}
			holidays = append(holidays, n)
		}
	}
	return model.NewWorkWeek(works, holidays), nil
}

// owners returns, per task id, the names of the resources allocated to it,
// the responsible ones first, joined by ", ".
func (g *ganFile) owners() map[string]string {
	names := map[string][]string{}
	for _, pass := range []bool{true, false} {
		for _, a := range g.allocs {
			if a.responsible != pass {
				continue
			}
			if n := strings.TrimSpace(g.resources[a.resource]); n != "" {
				names[a.task] = append(names[a.task], n)
			}
		}
	}
	out := map[string]string{}
	for t, n := range names {
		out[t] = strings.Join(n, ", ")
	}
	return out
}

func (g *ganFile) errorf(pos [2]int, element, format string, args ...any) error {
	return &XMLError{Format: nameGan, Line: pos[0], Column: pos[1], Element: element, Msg: fmt.Sprintf(format, args...)}
}
