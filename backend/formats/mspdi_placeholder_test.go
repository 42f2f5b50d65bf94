package formats

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
)

// TestMSPDIPlaceholders: a manually scheduled task where someone typed only
// a name is imported Not doing, with a note naming its line and column, no
// start and a one-day duration; a manual task with its own dates is not a
// placeholder.
func TestMSPDIPlaceholders(t *testing.T) {
	blanks := "<StartText></StartText><FinishText/><DurationText> </DurationText>"
	cases := []struct {
		name        string
		task        string
		placeholder bool
		start       model.Date
		dur         int
	}{
		{"blank texts (MS Project's assumed Start and Duration beside them)",
			task("1", 1, 8, "<Manual>1</Manual><Start>2026-07-10T08:00:00</Start>"+blanks), true, "", 1},
		{"nothing but a name", task("1", 1, -1, "<Manual>1</Manual>"), true, "", 1},
		{"a placeholder marked milestone keeps 0 days", task("1", 1, -1, "<Manual>1</Manual><Milestone>1</Milestone>"), true, "", 0},
		{"a placeholder keeps the file's duration", task("1", 1, 24, "<Manual>1</Manual>"+blanks), true, "", 3},
		{"manual with its own dates (no text fields)", task("1", 1, 8, "<Manual>1</Manual><Start>2026-07-10T08:00:00</Start>"), false, "2026-07-10", 1},
		{"manual with a typed start text", task("1", 1, 8, "<Manual>1</Manual><Start>2026-07-10T08:00:00</Start><StartText>next week</StartText><FinishText/><DurationText/>"), false, "2026-07-10", 1},
		{"manual with only a duration: scheduled", task("1", 1, 16, "<Manual>1</Manual>"), false, "", 2},
		{"auto-scheduled with blank texts", task("1", 1, 8, blanks), false, "", 1},
		{"started: not a placeholder", task("1", 1, 8, "<Manual>1</Manual><PercentComplete>50</PercentComplete><ActualStart>2026-07-02T08:00:00</ActualStart>"+blanks), false, "2026-07-02", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := project("", "", tc.task)
			e := effort(t, mustMSPDI(t, data), "1")
			wantEqual(t, "start", e.Start, tc.start)
			wantEqual(t, "durationDays", *e.DurationDays, tc.dur)
			if !tc.placeholder {
				if e.Status == model.StatusKilled || strings.Contains(e.Notes, "Unscheduled") {
					t.Errorf("not a placeholder, imported as one: %q, %q", e.Status, e.Notes)
				}
				return
			}
			wantEqual(t, "status", e.Status, model.StatusKilled)
			// the place the importer gives every task error: just after <Task>
			line := bytes.Count(data[:bytes.Index(data, []byte("<Task><UID>1<"))], []byte("\n")) + 1
			want := fmt.Sprintf("Unscheduled in the MS Project file (its manually scheduled task at line %d, column 7 has no start, finish or duration)", line)
			if !strings.HasPrefix(e.Notes, want) {
				t.Errorf("notes %q, want them to begin %q", e.Notes, want)
			}
		})
	}
	t.Run("the note comes before the task's own notes", func(t *testing.T) {
		e := effort(t, mustMSPDI(t, project("", "", task("1", 1, -1, "<Manual>1</Manual><Notes>Ask Dana.</Notes>"))), "1")
		if !strings.HasSuffix(e.Notes, ".\n\nAsk Dana.") || !strings.HasPrefix(e.Notes, "Unscheduled") {
			t.Errorf("notes %q", e.Notes)
		}
	})
}

// TestMSPDIPlaceholdersOffTheCriticalPath adds placeholders to the real
// MS Project 2019 file (all of whose tasks are manually scheduled, with
// their own dates): one after the project finish, one linked after the
// critical chain's last task, as MS Project writes a row with only a name
// (Start the day it assumes, one day, blank text fields, Critical 0). The
// critical set must stay the file's own Critical flags: {9, 10}, not the
// placeholders, and the finish MS Project's.
func TestMSPDIPlaceholdersOffTheCriticalPath(t *testing.T) {
	data := readTestdata(t, "mspdi/task-links-project2019.xml")
	row := func(uid, start, links string) string {
		return `<Task><UID>` + uid + `</UID><ID>` + uid + `</ID><Name>Idea ` + uid + `</Name><Manual>1</Manual><OutlineLevel>1</OutlineLevel>
<Start>` + start + `</Start><Duration>PT8H0M0S</Duration><DurationFormat>53</DurationFormat><Critical>0</Critical>
<StartText></StartText><FinishText></FinishText><DurationText></DurationText>` + links + `</Task>
`
	}
	extra := row("17", "2018-11-09T08:00:00", "") +
		row("18", "2018-11-05T08:00:00", `<PredecessorLink><PredecessorUID>10</PredecessorUID><Type>1</Type></PredecessorLink>`)
	i := bytes.LastIndex(data, []byte("</Tasks>"))
	data = slices.Concat(data[:i], []byte(extra), data[i:])

	r, err := ReadMSPDI(data, "task-links-project2019.xml")
	if err != nil {
		t.Fatal(err)
	}
	res := analyzed(t, r)
	var ms msFile
	if err := xml.Unmarshal(data, &ms); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, task := range ms.Tasks {
		if task.Summary != "1" && task.UID != "0" && task.Critical == "1" {
			want = append(want, task.UID)
		}
	}
	got := slices.Clone(res.Critical)
	slices.Sort(got)
	slices.Sort(want)
	wantEqual(t, "critical (MS Project's Critical flags)", got, want)
	wantEqual(t, "finish", string(res.Finish), "2018-11-02")
	for _, id := range []string{"17", "18"} {
		if e := effort(t, r, id); e.Status != model.StatusKilled {
			t.Errorf("placeholder %s imported %q, want killed (Not doing)", id, e.Status)
		}
	}
}
