package formats

import (
	"fmt"
	"strings"
	"testing"

	"tandem/backend/model"
)

// project builds a small MSPDI file: the header elements, then the
// calendars, tasks and the rest, each as raw XML.
func project(header, calendars string, tasks ...string) []byte {
	if calendars == "" {
		calendars = standardCalendar
	}
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>test.xml</Name><StartDate>2026-07-01T08:00:00</StartDate><CalendarUID>1</CalendarUID>
` + header + `
<Calendars>` + calendars + `</Calendars>
<Tasks>
<Task><UID>0</UID><ID>0</ID><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
` + strings.Join(tasks, "\n") + `
</Tasks>
</Project>`)
}

const standardCalendar = `<Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>
<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>3</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>4</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>5</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>6</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
</WeekDays></Calendar>`

// task builds a <Task>: uid, outline level, duration in hours (-1 for none)
// and extra elements.
func task(uid string, level, hours int, extra string) string {
	dur := ""
	if hours >= 0 {
		dur = fmt.Sprintf("<Duration>PT%dH0M0S</Duration>", hours)
	}
	return fmt.Sprintf("<Task><UID>%s</UID><ID>%s</ID><Name>T%s</Name><OutlineLevel>%d</OutlineLevel>%s%s</Task>",
		uid, uid, uid, level, dur, extra)
}

// link builds a <PredecessorLink>.
func link(pred string, typ int, lag int, format int) string {
	return fmt.Sprintf("<PredecessorLink><PredecessorUID>%s</PredecessorUID><Type>%d</Type><CrossProject>0</CrossProject><LinkLag>%d</LinkLag><LagFormat>%d</LagFormat></PredecessorLink>",
		pred, typ, lag, format)
}

func mustMSPDI(t *testing.T, data []byte) *model.Roadmap {
	t.Helper()
	r, err := ReadMSPDI(data, "plans/q3 plan.xml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func effort(t *testing.T, r *model.Roadmap, id string) model.Effort {
	t.Helper()
	for _, e := range r.Efforts {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no effort %q", id)
	return model.Effort{}
}

// deps lists the dependencies as "from->to TYPE+LAG".
func deps(r *model.Roadmap) []string {
	var out []string
	for _, d := range r.Dependencies {
		out = append(out, fmt.Sprintf("%s->%s %s%+d", d.From, d.To, d.Type, d.LagDays))
	}
	return out
}

func TestMSPDIOutline(t *testing.T) {
	r := mustMSPDI(t, project("", "",
		task("1", 1, 8, ""), // loose
		task("2", 1, -1, "<Summary>1</Summary>"),
		task("3", 2, 8, ""),
		task("4", 2, -1, ""), // a nested summary: its leaves stay in lane 2
		task("5", 3, 16, ""),
		task("6", 1, -1, "<Summary>1</Summary>"),
		task("7", 2, 8, ""),
		task("8", 1, 8, "<Summary>1</Summary>"), // flagged summary without subtasks: a leaf
		task("9", 1, 8, "<IsNull>1</IsNull>"),   // a blank row
		task("10", 1, 8, "<ExternalTask>1</ExternalTask>"),
	))
	var lanes, efforts []string
	for _, l := range r.Lanes {
		lanes = append(lanes, l.ID+"="+l.Name+" "+l.Color)
	}
	for _, e := range r.Efforts {
		efforts = append(efforts, fmt.Sprintf("%s@%s:%d", e.ID, e.Lane, *e.DurationDays))
	}
	wantEqual(t, "lanes", lanes, []string{"q3-plan=q3 plan #1971c2", "2=T2 #d9480f", "6=T6 #2b8a3e"})
	wantEqual(t, "efforts", efforts, []string{"1@q3-plan:1", "3@2:1", "5@2:2", "7@6:1", "8@q3-plan:1"})
	wantEqual(t, "name", r.Name, "test")
	wantEqual(t, "start", r.Start, model.Date("2026-07-01"))
}

func TestMSPDISummaryLinks(t *testing.T) {
	// summary 1: a -> b, and c alone; summary 5: d -> e, and f alone (d
	// is built per case)
	a := task("2", 2, 16, "<Start>2026-07-01T08:00:00</Start>")
	b := task("3", 2, 8, "<Start>2026-07-03T08:00:00</Start>"+link("2", 1, 0, 7))
	c := task("4", 2, 8, "<Start>2026-07-02T08:00:00</Start>")
	e := task("7", 2, 8, link("6", 1, 0, 7))
	f := task("8", 2, 8, "")
	cases := []struct {
		name  string
		links string // on summary 5
		extra string // on leaf d (UID 6)
		want  []string
	}{
		{"FS summary to summary: exits to entries", link("1", 1, 0, 7), "",
			[]string{"2->3 FS+0", "3->6 FS+0", "3->8 FS+0", "4->6 FS+0", "4->8 FS+0", "6->7 FS+0"}},
		{"FF from a summary: its exits", link("1", 0, 4800, 7), "", nil}, // FF to a summary: dropped
		{"SS from a summary: the leaf the file starts first", link("1", 3, 9600, 7), "",
			[]string{"2->3 FS+0", "2->6 SS+2", "2->8 SS+2", "6->7 FS+0"}},
		{"FF from a summary to a leaf", "", link("1", 0, 0, 7),
			[]string{"2->3 FS+0", "3->6 FF+0", "4->6 FF+0", "6->7 FS+0"}},
		{"SF from a summary to a leaf", "", link("1", 2, 0, 7),
			[]string{"2->3 FS+0", "2->6 SF+0", "6->7 FS+0"}},
		{"the stronger of two links between one pair stays", "", link("3", 1, 0, 7) + link("1", 1, 4800, 7),
			[]string{"2->3 FS+0", "3->6 FS+1", "4->6 FS+1", "6->7 FS+0"}},
		{"the weaker second link goes", "", link("3", 1, 4800, 7) + link("1", 1, 0, 7),
			[]string{"2->3 FS+0", "3->6 FS+1", "4->6 FS+0", "6->7 FS+0"}},
		{"a link to its own summary is dropped", "", link("5", 1, 0, 7), []string{"2->3 FS+0", "6->7 FS+0"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == nil {
				tc.want = []string{"2->3 FS+0", "6->7 FS+0"}
			}
			d := task("6", 2, 8, tc.extra)
			r := mustMSPDI(t, project("", "",
				task("1", 1, -1, ""), a, b, c,
				task("5", 1, -1, tc.links), d, e, f))
			wantEqual(t, "dependencies", deps(r), tc.want)
		})
	}
}

func TestMSPDIStarts(t *testing.T) {
	// 2026-07-01 is a Wednesday; 07-04 a Saturday.
	cases := []struct {
		name  string
		task  string
		start model.Date
		dur   int
	}{
		{"as soon as possible: scheduled, no start", task("1", 1, 8, "<Start>2026-07-08T08:00:00</Start><ConstraintType>0</ConstraintType>"), "", 1},
		{"start no earlier than", task("1", 1, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"), "2026-07-08", 1},
		{"must start on", task("1", 1, 8, "<ConstraintType>2</ConstraintType><ConstraintDate>2026-07-09T08:00:00</ConstraintDate>"), "2026-07-09", 1},
		{"a start at the end of the day is the next working day's", task("1", 1, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-03T17:00:00</ConstraintDate>"), "2026-07-06", 1},
		{"a start on a Saturday moves to Monday", task("1", 1, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-04T08:00:00</ConstraintDate>"), "2026-07-06", 1},
		{"finish no earlier than: the start that finishes then", task("1", 1, 24, "<ConstraintType>6</ConstraintType><ConstraintDate>2026-07-07T17:00:00</ConstraintDate>"), "2026-07-03", 3},
		{"must finish on, at the start of a day: the day before", task("1", 1, 16, "<ConstraintType>3</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"), "2026-07-06", 2},
		{"a milestone that must finish on a date sits on it", task("1", 1, 0, "<Milestone>1</Milestone><ConstraintType>6</ConstraintType><ConstraintDate>2026-07-08T17:00:00</ConstraintDate>"), "2026-07-08", 0},
		{"as late as possible: no start", task("1", 1, 8, "<ConstraintType>1</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"), "", 1},
		{"start no later than: a deadline, no start", task("1", 1, 8, "<ConstraintType>5</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"), "", 1},
		{"finish no later than: a deadline, no start", task("1", 1, 8, "<ConstraintType>7</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"), "", 1},
		{"manually scheduled: its manual start", task("1", 1, 8, "<Manual>1</Manual><Start>2026-07-10T08:00:00</Start><ManualStart>2026-07-09T08:00:00</ManualStart>"), "2026-07-09", 1},
		{"manually scheduled without ManualStart: Start", task("1", 1, 8, "<Manual>1</Manual><Start>2026-07-10T08:00:00</Start>"), "2026-07-10", 1},
		{"done: its actual start", task("1", 1, 8, "<PercentComplete>100</PercentComplete><Start>2026-07-10T08:00:00</Start><ActualStart>2026-07-02T08:00:00</ActualStart>"), "2026-07-02", 1},
		{"in progress: its actual start", task("1", 1, 8, "<PercentComplete>40</PercentComplete><ActualStart>2026-07-02T13:00:00</ActualStart>"), "2026-07-02", 1},
		{"done without dates: scheduled", task("1", 1, 8, "<PercentComplete>100</PercentComplete>"), "", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := effort(t, mustMSPDI(t, project("", "", tc.task)), "1")
			wantEqual(t, "start", e.Start, tc.start)
			wantEqual(t, "durationDays", *e.DurationDays, tc.dur)
		})
	}
	t.Run("DefaultFinishTime 00:00 (GanttProject's export) does not push starts a day", func(t *testing.T) {
		r := mustMSPDI(t, project("<DefaultStartTime>00:00:00</DefaultStartTime><DefaultFinishTime>00:00:00</DefaultFinishTime>", "",
			task("1", 1, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-08T00:00:00</ConstraintDate>"),
			task("2", 1, 8, "<Manual>1</Manual><Start>2026-07-09T00:00:00</Start>"),
		))
		got := []model.Date{effort(t, r, "1").Start, effort(t, r, "2").Start}
		wantEqual(t, "starts", got, []model.Date{"2026-07-08", "2026-07-09"})
	})
	t.Run("a summary's start constraint is a floor for its leaves", func(t *testing.T) {
		r := mustMSPDI(t, project("", "",
			task("1", 1, -1, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-08T08:00:00</ConstraintDate>"),
			task("2", 2, 8, ""),
			task("3", 2, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-13T08:00:00</ConstraintDate>"),
			task("4", 2, 8, "<ConstraintType>4</ConstraintType><ConstraintDate>2026-07-02T08:00:00</ConstraintDate>"),
			task("5", 2, 8, "<Manual>1</Manual><Start>2026-07-01T08:00:00</Start>"),
		))
		got := []model.Date{effort(t, r, "2").Start, effort(t, r, "3").Start, effort(t, r, "4").Start, effort(t, r, "5").Start}
		wantEqual(t, "starts", got, []model.Date{"2026-07-08", "2026-07-13", "2026-07-08", "2026-07-01"})
	})
}

func TestMSPDIStatusDurationLag(t *testing.T) {
	r := mustMSPDI(t, project("<MinutesPerDay>480</MinutesPerDay>", "",
		task("1", 1, 4, ""),  // half a day: at least one
		task("2", 1, 12, ""), // 1.5 days: 2
		task("3", 1, 20, "<PercentComplete>100</PercentComplete>"),
		task("4", 1, 9, "<PercentComplete>30</PercentComplete>"),
		task("5", 1, 8, "<Milestone>1</Milestone>"), // a milestone with a duration: 0
		task("6", 1, 0, ""),
		task("7", 1, 168, "<DurationFormat>8</DurationFormat>"), // 7 elapsed days: 5 working days
		task("8", 1, -1, "<Active>0</Active>"),
		task("9", 2, 32, link("1", 1, 2400, 7)+link("2", 1, -4800, 5)+link("4", 3, 50, 19)),
		task("10", 1, 8, "<Active>0</Active>"+link("9", 1, 14400, 8)+link("7", 1, 100800, 8)+link("999", 1, 0, 7)+
			`<PredecessorLink><PredecessorUID>3</PredecessorUID><CrossProject>1</CrossProject></PredecessorLink>`),
	))
	var got []string
	for _, e := range r.Efforts {
		got = append(got, fmt.Sprintf("%s:%d:%s", e.ID, *e.DurationDays, e.EffectiveStatus()))
	}
	wantEqual(t, "efforts", got, []string{"1:1:planned", "2:2:planned", "3:3:done", "4:1:active", "5:0:planned",
		"6:0:planned", "7:5:planned", "9:4:killed", "10:1:killed"})
	// lags: 2400 tenths = half a day, rounds up; -4800 = one day of lead;
	// 50% of task 4's 1 day rounds to 1; 14400 tenths of elapsed minutes
	// = one calendar day = 5/7 working day, 1; 7 elapsed days = 5.
	wantEqual(t, "dependencies", deps(r), []string{"1->9 FS+1", "2->9 FS-1", "4->9 SS+1", "9->10 FS+1", "7->10 FS+5"})
}

func TestMSPDIMinutesPerDay(t *testing.T) {
	r := mustMSPDI(t, project("<MinutesPerDay>420</MinutesPerDay>", "", task("1", 1, 21, ""), task("2", 1, 7, link("1", 1, 4200*2, 7))))
	wantEqual(t, "durationDays", *effort(t, r, "1").DurationDays, 3)
	wantEqual(t, "dependencies", deps(r), []string{"1->2 FS+2"})
}

func TestMSPDICalendar(t *testing.T) {
	cases := []struct {
		name      string
		calendars string
		calUID    string
		workdays  []string
		holidays  []model.Date
	}{
		{"no calendar: Monday to Friday", "<Calendar><UID>9</UID><Name>Other</Name></Calendar>", "1",
			[]string{"mon", "tue", "wed", "thu", "fri"}, nil},
		{"Project 2007 exceptions", `<Calendar><UID>1</UID><Name>Standard</Name><WeekDays>
<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking></WeekDay></WeekDays>
<Exceptions>
<Exception><TimePeriod><FromDate>2026-07-02T00:00:00</FromDate><ToDate>2026-07-06T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>Summer break</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
<Exception><TimePeriod><FromDate>2026-07-12T00:00:00</FromDate><ToDate>2026-07-12T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes></Exception>
<Exception><TimePeriod><FromDate>2026-12-25T00:00:00</FromDate><ToDate>2027-12-25T23:59:00</ToDate></TimePeriod><Occurrences>2</Occurrences><Name>Christmas</Name><Type>2</Type><Month>11</Month><MonthDay>25</MonthDay><DayWorking>0</DayWorking></Exception>
<Exception><TimePeriod><FromDate>2026-07-13T00:00:00</FromDate><ToDate>2026-07-26T23:59:00</ToDate></TimePeriod><Type>6</Type><Period>1</Period><DaysOfWeek>64</DaysOfWeek><DayWorking>0</DayWorking></Exception>
</Exceptions></Calendar>`, "1",
			[]string{"mon", "tue", "wed", "thu", "fri", "sat"},
			[]model.Date{"2026-07-02", "2026-07-03", "2026-07-04", "2026-07-06", "2026-07-18", "2026-07-25", "2026-12-25", "2027-12-25"}},
		{"Project 2003 exceptions and a base calendar", standardCalendar + `<Calendar><UID>2</UID><Name>Team</Name><BaseCalendarUID>1</BaseCalendarUID><WeekDays>
<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>
<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-07-07T00:00:00</FromDate><ToDate>2026-07-08T23:59:00</ToDate></TimePeriod></WeekDay>
</WeekDays></Calendar>`, "2",
			[]string{"mon", "tue", "wed", "thu"}, []model.Date{"2026-07-07", "2026-07-08"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := project("", tc.calendars, task("1", 1, 8, "<Start>2026-07-01T08:00:00</Start>"))
			data = []byte(strings.Replace(string(data), "<CalendarUID>1</CalendarUID>", "<CalendarUID>"+tc.calUID+"</CalendarUID>", 1))
			r := mustMSPDI(t, data)
			wantEqual(t, "workdays", r.Calendar.Workdays, tc.workdays)
			wantEqual(t, "holidays", r.Calendar.Holidays, tc.holidays)
		})
	}
}

func TestMSPDIOwnersNotesStatusDate(t *testing.T) {
	r := mustMSPDI(t, []byte(strings.Replace(string(project("<Title>Q3 launch</Title><StatusDate>2026-07-15T17:00:00</StatusDate>", "",
		task("1", 1, 8, "<Notes>  Check with legal.  </Notes>"), task("2", 1, 8, ""))),
		"</Tasks>", `</Tasks><Resources><Resource><UID>1</UID><Name>Dana</Name></Resource><Resource><UID>2</UID><Name>Lee</Name></Resource></Resources>
<Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment><Assignment><TaskUID>1</TaskUID><ResourceUID>2</ResourceUID></Assignment>
<Assignment><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID></Assignment></Assignments>`, 1)))
	e := effort(t, r, "1")
	wantEqual(t, "owner", e.Owner, "Dana, Lee")
	wantEqual(t, "notes", e.Notes, "Check with legal.")
	wantEqual(t, "owner of 2", effort(t, r, "2").Owner, "")
	wantEqual(t, "name", r.Name, "Q3 launch")
	wantEqual(t, "asOf", r.AsOf, model.Date("2026-07-15"))
}

func TestMSPDILatin1(t *testing.T) {
	data := project("", "", task("1", 1, 8, ""))
	data = []byte(strings.Replace(strings.Replace(string(data), "UTF-8", "ISO-8859-1", 1), "<Name>T1</Name>", "<Name>Caf\xe9 d\xe9cor</Name>", 1))
	wantEqual(t, "title", effort(t, mustMSPDI(t, data), "1").Title, "Café décor")
}

func TestMSPDIErrors(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string
	}{
		{"not XML", "hello", "MS Project XML: line 1, column 6: not an MS Project XML (MSPDI) file: the file has no root element"},
		{"another root", `<?xml version="1.0"?>` + "\n<project name=\"x\"/>", `MS Project XML: line 2, column 20: <project>: not an MS Project XML (MSPDI) file: the root element is <project>, not <Project>`},
		{"truncated", "<Project>\n<Tasks>\n<Task><UID>1</UID>", "MS Project XML: line 3, column 19: <Task>: malformed XML: unexpected EOF"},
		{"mismatched tags", "<Project>\n<Tasks>\n</Task>", "MS Project XML: line 3, column 8: <Tasks>: malformed XML: element <Tasks> closed by </Task>"},
		{"two roots", "<Project></Project>\n<Project/>", "MS Project XML: line 2, column 11: <Project>: malformed XML: a second root element"},
		{"unsupported encoding", `<?xml version="1.0" encoding="Shift_JIS"?><Project/>`, `MS Project XML: line 1, column 43: unsupported encoding "Shift_JIS" (want UTF-8 or ISO-8859-1)`},
		{"bad duration", string(project("", "", task("1", 1, -1, "<Duration>PT8X</Duration>"))),
			`MS Project XML: line 16, column 7: <Duration>: task UID "1": bad duration "PT8X": unknown part "8X" (want like PT8H0M0S)`},
		{"duplicate UID", string(project("", "", task("1", 1, 8, ""), task("1", 1, 8, ""))),
			`MS Project XML: line 17, column 7: <UID>: task UID "1": duplicate UID (also the task at line 16)`},
		{"missing UID", string(project("", "", "<Task><Name>x</Name></Task>")),
			`MS Project XML: line 16, column 7: <UID>: task UID "": missing`},
		{"bad outline level", string(project("", "", task("1", 1, 8, "")+"<Task><UID>2</UID><OutlineLevel>one</OutlineLevel></Task>")),
			`MS Project XML: line 16, column 116: <OutlineLevel>: task UID "2": "one" is not a level (1, 2, ...)`},
		{"bad link type", string(project("", "", task("1", 1, 8, ""), task("2", 1, 8, link("1", 7, 0, 7)))),
			`MS Project XML: line 17, column 7: <PredecessorLink>: task UID "2": unknown link Type "7" (want 0 FF, 1 FS, 2 SF or 3 SS)`},
		{"bad lag", string(project("", "", task("1", 1, 8, ""), task("2", 1, 8, "<PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>soon</LinkLag></PredecessorLink>"))),
			`MS Project XML: line 17, column 7: <PredecessorLink>: task UID "2": LinkLag "soon" is not a number`},
		{"a duration of centuries", string(project("", "", task("1", 1, 9000000, ""))),
			`MS Project XML: line 16, column 7: <Duration>: task UID "1": "PT9000000H0M0S": longer than 36600 days`},
		{"a lag of centuries", string(project("", "", task("1", 1, 8, ""), task("2", 1, 8, link("1", 1, -2000000000, 7)))),
			`MS Project XML: line 17, column 7: <PredecessorLink>: task UID "2": LinkLag "-2000000000": longer than 36600 days`},
		{"bad minutes per day", string(project("<MinutesPerDay>0</MinutesPerDay>", "", task("1", 1, 8, ""))),
			`MS Project XML: line 4, column 16: <MinutesPerDay>: "0" is not a number of minutes between 1 and 1440`},
		{"bad start date", string(project("", "", task("1", 1, 8, "<Manual>1</Manual><Start>2026-02-30T08:00:00</Start>"))),
			`MS Project XML: line 16, column 7: <Start>: task UID "1": bad date-time "2026-02-30T08:00:00": bad date "2026-02-30": February 2026 has 28 days`},
		{"bad constraint", string(project("", "", task("1", 1, 8, "<ConstraintType>9</ConstraintType>"))),
			`MS Project XML: line 16, column 7: <ConstraintType>: task UID "1": unknown constraint type "9" (want 0 to 7)`},
		{"bad percent", string(project("", "", task("1", 1, 8, "<PercentComplete>half</PercentComplete>"))),
			`MS Project XML: line 16, column 7: <PercentComplete>: task UID "1": "half" is not a percentage`},
		{"bad exception date", string(project("", `<Calendar><UID>1</UID><Name>Standard</Name><Exceptions><Exception><TimePeriod><FromDate>someday</FromDate></TimePeriod></Exception></Exceptions></Calendar>`, task("1", 1, 8, ""))),
			`MS Project XML: line 5, column 22: <Calendar>: calendar "Standard": exception FromDate: bad date-time "someday": want YYYY-MM-DDTHH:MM:SS`},
		{"a cycle", string(project("", "", task("1", 1, 8, link("2", 1, 0, 7)), task("2", 1, 8, link("1", 1, 0, 7)))),
			`MS Project XML: the imported roadmap is not valid: dependencies: dependency cycle: 1 -> 2 -> 1`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadMSPDI([]byte(tc.data), "x.xml")
			if err == nil || r != nil {
				t.Fatalf("got a roadmap, want error %q", tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

// wantEqual fails when got and want differ (compared as printed).
func wantEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want); g != w {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}
