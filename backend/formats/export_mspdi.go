package formats

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// MS Project XML (MSPDI), for MS Project, ProjectLibre, MPXJ and the
// importer of this package. See the package documentation ("MS Project XML
// export") for the mapping; the aim is that MS Project schedules the file
// as Tandem does, so that the critical set, finish and float survive.
func init() {
	register(Writer{Format: "mspdi", Ext: ".xml", MIME: "application/xml", Write: writeMSPDI})
}

// The working day the export writes: 8:00 to 17:00 with an hour's break,
// 480 minutes (MS Project's Standard calendar).
const (
	mspdiMinutesPerDay = 480
	mspdiDayStart      = "T08:00:00"
	mspdiDayEnd        = "T17:00:00"
	// mspdiTenthsPerDay is a day of LinkLag or TotalSlack: tenths of a minute.
	mspdiTenthsPerDay = mspdiMinutesPerDay * 10
	// the custom fields holding Tandem's ids and statuses (Text1, Text2)
	mspdiFieldID     = "188743731"
	mspdiFieldStatus = "188743734"
	// MSPDI values used below
	mspdiFormatDays     = 7 // DurationFormat and LagFormat: days
	mspdiConstraintASAP = 0
	mspdiConstraintSNET = 4
	mspdiFixedDuration  = 1
)

// mspdiLinkType is the MSPDI Type of each dependency type (0 FF, 1 FS,
// 2 SF, 3 SS), the inverse of mspdiLinkTypes.
var mspdiLinkType = map[string]int{model.DepFF: 0, model.DepFS: 1, model.DepSF: 2, model.DepSS: 3}

// writeMSPDI writes in's roadmap as MS Project XML. It lists every live
// effort whatever the options (ExportOptions narrows drawn exports only).
// O(efforts + dependencies + holidays).
func writeMSPDI(in *ExportInput) ([]byte, error) {
	r, res := in.Roadmap, in.Analysis
	if res == nil {
		return nil, fmt.Errorf("mspdi export: no analysis")
	}
	days := model.NewWorkCalendar(r.Calendar)
	p := &xProject{
		Xmlns: mspdiNamespace, SaveVersion: 14, Name: r.Name, Title: r.Name,
		ScheduleFromStart: 1,
		CalendarUID:       1, DefaultStartTime: mspdiDayStart[1:], DefaultFinishTime: mspdiDayEnd[1:],
		MinutesPerDay: mspdiMinutesPerDay, MinutesPerWeek: mspdiMinutesPerDay * days.PerWeek(), DaysPerMonth: 20,
		DurationFormat: mspdiFormatDays, HonorConstraints: 1, MultipleCriticalPaths: 1, WeekStartDay: 1,
		ExtendedAttributes: []xFieldDef{
			{FieldID: mspdiFieldID, FieldName: "Text1", Alias: "Tandem id"},
			{FieldID: mspdiFieldStatus, FieldName: "Text2", Alias: "Tandem status"},
		},
		Calendars: []xCalendar{mspdiCalendarXML(days)},
	}
	if res.Start != "" { // "": a roadmap without a start or efforts has no dates
		p.StartDate, p.FinishDate = string(res.Start)+mspdiDayStart, string(res.Finish)+mspdiDayEnd
	}
	if r.AsOf != "" {
		p.StatusDate = string(r.AsOf) + mspdiDayStart
	}
	t := newMSPDITasks(r, res)
	p.Tasks, p.Resources, p.Assignments = t.tasks, t.resources, t.assigns

	var buf bytes.Buffer
	buf.Grow(64<<10 + 1500*len(p.Tasks)) // about what a task takes: one allocation, not a doubling series
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("mspdi export: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// mspdiTasks builds the task list: the project summary (UID 0), then each
// lane that has live efforts as a summary task followed by its efforts,
// depth-first; UID = ID = the row. Killed efforts, their dependencies and
// lanes without live efforts are left out (a summary without subtasks
// would be read back as a task of its own).
type mspdiTasks struct {
	res       *analysis.Result
	sched     map[string]*analysis.Scheduled
	uid       map[string]int // effort id -> UID
	owners    map[string]int // owner -> resource UID
	tasks     []xTask
	resources []xResource
	assigns   []xAssign
}

func newMSPDITasks(r *model.Roadmap, res *analysis.Result) *mspdiTasks {
	t := &mspdiTasks{res: res, sched: make(map[string]*analysis.Scheduled, len(res.Schedule)),
		uid: make(map[string]int, len(r.Efforts)), owners: map[string]int{},
		tasks: make([]xTask, 0, 1+len(r.Lanes)+len(r.Efforts))}
	for i := range res.Schedule {
		t.sched[res.Schedule[i].ID] = &res.Schedule[i]
	}
	byLane := map[string][]*model.Effort{}
	for i := range r.Efforts {
		e := &r.Efforts[i]
		if _, live := t.sched[e.ID]; live {
			byLane[e.Lane] = append(byLane[e.Lane], e)
		}
	}
	t.tasks = append(t.tasks, t.summary(0, "0", r.Name, "", 0, res.Start, res.Finish, res.DurationDays, len(res.Critical) > 0))
	lanes := 0
	for _, lane := range r.Lanes {
		efforts := byLane[lane.ID]
		if len(efforts) == 0 {
			continue
		}
		// within a lane, by scheduled start, then in file order
		slices.SortStableFunc(efforts, func(a, b *model.Effort) int { return cmp.Compare(t.sched[a.ID].ES, t.sched[b.ID].ES) })
		first := t.sched[efforts[0].ID]
		end, ef, critical := first.End, first.EF, false
		for _, e := range efforts {
			s := t.sched[e.ID]
			end, ef, critical = max(end, s.End), max(ef, s.EF), critical || s.Critical
		}
		lanes++
		number := strconv.Itoa(lanes)
		t.tasks = append(t.tasks, t.summary(len(t.tasks), number, lane.Name, lane.ID, 1, first.Start, end, ef-first.ES, critical))
		for k, e := range efforts {
			t.uid[e.ID] = len(t.tasks)
			t.tasks = append(t.tasks, t.effort(e, number+"."+strconv.Itoa(k+1)))
		}
	}
	t.links(r.Dependencies)
	return t
}

// summary is a summary task: the project's (level 0) or a lane's.
func (t *mspdiTasks) summary(uid int, number, name, id string, level int, start, end model.Date, dur int, critical bool) xTask {
	x := xTask{UID: uid, ID: uid, Name: name, Active: 1, Type: mspdiFixedDuration, OutlineNumber: number, OutlineLevel: level,
		Start: string(start) + mspdiDayStart, Finish: string(end) + mspdiDayEnd, Duration: mspdiDuration(dur),
		DurationFormat: mspdiFormatDays, Summary: 1, Critical: bit(critical), ConstraintType: mspdiConstraintASAP}
	if id != "" {
		x.Fields = []xFieldVal{{FieldID: mspdiFieldID, Value: id}}
	}
	return x
}

// effort is the task of a live effort: its scheduled dates and duration,
// a start-no-earlier-than constraint on its planned start, 100% complete
// when done, and its owner as the assigned resource.
func (t *mspdiTasks) effort(e *model.Effort, number string) xTask {
	s := t.sched[e.ID]
	uid := len(t.tasks)
	dur := s.EF - s.ES
	slack := s.Float * mspdiTenthsPerDay
	x := xTask{UID: uid, ID: uid, Name: e.Title, Active: 1, Type: mspdiFixedDuration, OutlineNumber: number, OutlineLevel: 2,
		Start: string(s.Start) + mspdiDayStart, Finish: string(s.End) + mspdiDayEnd, Duration: mspdiDuration(dur),
		DurationFormat: mspdiFormatDays, Milestone: bit(dur == 0), Critical: bit(s.Critical), TotalSlack: &slack,
		ConstraintType: mspdiConstraintASAP, Notes: e.Notes,
		Fields: []xFieldVal{{FieldID: mspdiFieldID, Value: e.ID}, {FieldID: mspdiFieldStatus, Value: e.EffectiveStatus()}}}
	if dur == 0 {
		x.Finish = x.Start
	}
	if e.Start != "" {
		x.ConstraintType, x.ConstraintDate = mspdiConstraintSNET, string(e.Start)+mspdiDayStart
	}
	if e.EffectiveStatus() == model.StatusDone {
		x.PercentComplete, x.ActualStart, x.ActualFinish = 100, x.Start, x.Finish
	}
	if e.Owner != "" {
		ruid, ok := t.owners[e.Owner]
		if !ok {
			ruid = len(t.resources) + 1
			t.owners[e.Owner] = ruid
			t.resources = append(t.resources, xResource{UID: ruid, ID: ruid, Name: e.Owner, Type: 1})
		}
		t.assigns = append(t.assigns, xAssign{UID: len(t.assigns) + 1, TaskUID: uid, ResourceUID: ruid, Units: 1})
	}
	return x
}

// links adds each dependency between two live efforts to its successor's
// task, in the file's order: type, and lag in tenths of a minute of
// working time shown in days.
func (t *mspdiTasks) links(deps []model.Dependency) {
	for i := range deps {
		d := &deps[i]
		from, ok1 := t.uid[d.From]
		to, ok2 := t.uid[d.To]
		if !ok1 || !ok2 {
			continue
		}
		t.tasks[to].Links = append(t.tasks[to].Links, xLink{PredecessorUID: from, Type: mspdiLinkType[d.EffectiveType()],
			LinkLag: d.LagDays * mspdiTenthsPerDay, LagFormat: mspdiFormatDays})
	}
}

// mspdiDuration is a working duration of days as MS Project writes it.
func mspdiDuration(days int) string {
	return "PT" + strconv.Itoa(days*mspdiMinutesPerDay/60) + "H0M0S"
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// MSPDITandemIDs reads an MS Project XML file and returns, by task UID, the
// Tandem id that the mspdi export keeps in Text1 ("Tandem id"): how a file
// that went through MS Project is matched back to the roadmap (the
// importer's ids are UIDs). Tasks without one are left out.
func MSPDITandemIDs(data []byte) (map[string]string, error) {
	var p struct {
		Tasks []struct {
			UID    string
			Fields []struct{ FieldID, Value string } `xml:"ExtendedAttribute"`
		} `xml:"Tasks>Task"`
	}
	if err := xml.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("mspdi: %w", err)
	}
	ids := map[string]string{}
	for _, task := range p.Tasks {
		for _, f := range task.Fields {
			if f.FieldID == mspdiFieldID {
				ids[task.UID] = f.Value
			}
		}
	}
	return ids, nil
}
