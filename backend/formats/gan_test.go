package formats

import (
	"strings"
	"testing"

	"tandem/backend/model"
)

func TestGanttProjectGolden(t *testing.T) {
	r, err := ReadGanttProject(readTestdata(t, "gan/launch.gan"), "launch.gan")
	if err != nil {
		t.Fatal(err)
	}
	goldenRoadmap(t, "gan-launch.tandem", r)
	analyzed(t, r)
}

func TestGanttProjectMapping(t *testing.T) {
	r, err := ReadGanttProject(readTestdata(t, "gan/launch.gan"), "launch.gan")
	if err != nil {
		t.Fatal(err)
	}
	var lanes []string
	for _, l := range r.Lanes {
		lanes = append(lanes, l.ID+"="+l.Name+" "+l.Color)
	}
	// Product keeps the palette (its colour is GanttProject's default),
	// Marketing its own colour; loose top-level tasks get the file's lane.
	wantEqual(t, "lanes", lanes, []string{"0=Product #1971c2", "10=Marketing #e03131", "launch=launch #2b8a3e"})
	wantEqual(t, "name", r.Name, "Autumn launch")
	wantEqual(t, "start", r.Start, model.Date("2026-09-01"))
	wantEqual(t, "workdays", r.Calendar.Workdays, []string{"mon", "tue", "wed", "thu", "fri"})
	// Christmas recurs (2025-12-25 .. 2031 within the window; weekend ones
	// dropped), the offsite is one day, a WORKING_DAY is no holiday.
	wantEqual(t, "holidays", r.Calendar.Holidays, []model.Date{"2025-12-25", "2026-10-05", "2026-12-25", "2028-12-25", "2029-12-25", "2030-12-25", "2031-12-25"})
	wantEqual(t, "dependencies", deps(r), []string{
		"1->3 FS+0", // type 2 is finish-to-start
		"2->5 FF+2", // 3 finish-to-finish, rubber
		"3->8 SS-1", // from summary 10 (type 1 start-to-start): its first leaf
		"4->8 SF+0", // 4 start-to-finish
		"5->6 FS+0",
		"6->4 FS+0",
	})
	type row struct {
		start  model.Date
		dur    int
		status string
		owner  string
	}
	want := map[string]row{
		"1": {"2026-09-01", 10, "done", "Dana, Lee"}, // done: keeps its start; the responsible first
		"2": {"2026-09-03", 8, "active", ""},
		"3": {"", 15, "", "Dana"},      // placed by a strong dependency
		"4": {"", 0, "", ""},           // a milestone placed by one
		"5": {"2026-09-14", 5, "", ""}, // only a rubber dependency: keeps its start
		"6": {"2026-09-22", 4, "", ""}, // placed by one, but not before its earliest start
		"8": {"", 1, "", ""},
	}
	for id, w := range want {
		e := effort(t, r, id)
		wantEqual(t, "effort "+id, row{e.Start, *e.DurationDays, e.Status, e.Owner}, w)
	}
	wantEqual(t, "notes", effort(t, r, "1").Notes, "New tiers and a comparison table.")
}

func TestGanttProjectErrors(t *testing.T) {
	doc := func(tasks string) string {
		return `<?xml version="1.0"?>` + "\n<project name=\"x\">\n<tasks>\n" + tasks + "\n</tasks>\n</project>"
	}
	cases := []struct {
		name, data, want string
	}{
		{"MS Project file", `<Project xmlns="http://schemas.microsoft.com/project"/>`,
			`GanttProject: line 1, column 56: <Project>: not a GanttProject file: the root element is <Project>, not <project>`},
		{"truncated", doc(`<task id="1" name="a" start="2026-09-01" duration="1">`)[:80],
			`GanttProject: line 4, column 32: <tasks>: malformed XML: unexpected EOF`},
		{"missing id", doc(`<task name="a" start="2026-09-01" duration="1"/>`),
			`GanttProject: line 4, column 49: <task>: missing id`},
		{"duplicate id", doc(`<task id="1" name="a" start="2026-09-01" duration="1"/>` + "\n" + `<task id="1" name="b" start="2026-09-01" duration="1"/>`),
			`GanttProject: line 5, column 56: <task>: duplicate task id "1" (also the task at line 4)`},
		{"bad start", doc(`<task id="1" name="a" start="01/09/2026" duration="1"/>`),
			`GanttProject: line 4, column 56: <task>: task "1": start: bad date-time "01/09/2026": bad date "01/09/2026": want YYYY-MM-DD`},
		{"bad duration", doc(`<task id="1" name="a" start="2026-09-01" duration="two"/>`),
			`GanttProject: line 4, column 58: <task>: task "1": duration "two" is not a whole number of days`},
		{"bad complete", doc(`<task id="1" name="a" start="2026-09-01" duration="1" complete="most"/>`),
			`GanttProject: line 4, column 72: <task>: task "1": complete "most" is not a percentage`},
		{"a duration of centuries", doc(`<task id="1" name="a" start="2026-09-01" duration="99999"/>`),
			`GanttProject: line 4, column 60: <task>: task "1": duration 99999: longer than 36600 days`},
		{"bad dependency type", doc(`<task id="1" name="a" start="2026-09-01" duration="1"><depend id="2" type="7"/></task>` + "\n" + `<task id="2" name="b" start="2026-09-01" duration="1"/>`),
			`GanttProject: line 4, column 80: <depend>: unknown dependency type "7" (want 1 SS, 2 FS, 3 FF or 4 SF)`},
		{"bad difference", doc(`<task id="1" name="a" start="2026-09-01" duration="1"><depend id="2" type="2" difference="x"/></task>` + "\n" + `<task id="2" name="b" start="2026-09-01" duration="1"/>`),
			`GanttProject: line 4, column 95: <depend>: difference "x" is not a whole number of days`},
		{"a cycle", doc(`<task id="1" name="a" start="2026-09-01" duration="1"><depend id="2"/></task>` + "\n" + `<task id="2" name="b" start="2026-09-01" duration="1"><depend id="1"/></task>`),
			`GanttProject: the imported roadmap is not valid: dependencies: dependency cycle: 1 -> 2 -> 1`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadGanttProject([]byte(tc.data), "x.gan")
			if err == nil || r != nil {
				t.Fatalf("got a roadmap, want error %q", tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

// TestGanttProjectTaskWithoutStart: a task with start="" no longer fails
// the file. It is imported without a start (scheduled as early as its
// dependencies allow) and its notes say so, with the line and column of
// the task; the other tasks keep their starts.
func TestGanttProjectTaskWithoutStart(t *testing.T) {
	data := `<?xml version="1.0"?>
<project name="x">
<tasks>
<task id="1" name="a" start="" duration="3"><notes><![CDATA[Ask Dana.]]></notes></task>
<task id="2" name="b" start="2026-09-02" duration="2"><depend id="3" type="2"/></task>
<task id="3" name="c" start="" duration="1"/>
</tasks>
</project>`
	r, err := ReadGanttProject([]byte(data), "x.gan")
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "roadmap start", r.Start, model.Date("2026-09-02"))
	a, b, c := effort(t, r, "1"), effort(t, r, "2"), effort(t, r, "3")
	wantEqual(t, "a's start", a.Start, model.Date(""))
	wantEqual(t, "a's duration", *a.DurationDays, 3)
	wantEqual(t, "a's notes", a.Notes, `No start date in the GanttProject file (its task at line 4, column 45 has start=""): Tandem schedules it as early as its dependencies allow; set a start if it has one.`+"\n\nAsk Dana.")
	wantEqual(t, "b's start", b.Start, model.Date("2026-09-02"))
	wantEqual(t, "b's notes", b.Notes, "")
	wantEqual(t, "c's start", c.Start, model.Date(""))
	if !strings.HasPrefix(c.Notes, "No start date in the GanttProject file (its task at line 6, column 46") {
		t.Errorf("c's notes: %q", c.Notes)
	}
	if len(r.Dependencies) != 1 || r.Dependencies[0].From != "2" || r.Dependencies[0].To != "3" {
		t.Errorf("dependencies %+v; want 2 -> 3", r.Dependencies)
	}
}
