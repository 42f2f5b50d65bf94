package formats

import (
	"fmt"
	"strings"

	"tandem/backend/model"
)

// placeholderNote begins the notes of an effort whose task is a manually
// scheduled placeholder (line, column): MS Project leaves it out of its
// schedule (never critical), so Tandem imports it as Not doing, and the
// note says why rather than let that pass for a decision.
const placeholderNote = "Unscheduled in the MS Project file (its manually scheduled task at line %d, column %d has no start, finish or duration): Tandem keeps it out of the schedule as Not doing; give it a duration and a status to plan it."

// placeholder reports whether a task is a manually scheduled placeholder,
// a row where someone typed only a name: Manual=1 and its Start, Finish and
// Duration fields blank, which MS Project writes as empty StartText,
// FinishText and DurationText (the Start and Duration beside them are the
// values it assumes, the project start and one day, not the user's), or a
// file that gives such a task neither a start nor a duration. A task with
// its own dates (no text fields, as MS Project writes a scheduled manual
// task) is not one.
func placeholder(t *mspdiTask) bool {
	if strings.TrimSpace(t.Manual) != "1" {
		return false
	}
	blank := func(v *string) bool { return v != nil && strings.TrimSpace(*v) == "" }
	if blank(t.StartText) && blank(t.FinishText) && blank(t.DurationText) {
		return true
	}
	return strings.TrimSpace(t.Start) == "" && strings.TrimSpace(t.ManualStart) == "" && strings.TrimSpace(t.Duration) == ""
}

// unschedule makes a planned placeholder leaf Not doing, with a note that
// names its place, and no start: it stays listed but out of the schedule.
// It keeps its duration, one day when it has none (MS Project's default
// for a new task), so that planning it later gives a task, not a
// milestone.
func (m *mspdiMapper) unschedule(i int, t *mspdiTask, ot *otask) {
	ot.status = model.StatusKilled
	ot.notes = joinNotes(fmt.Sprintf(placeholderNote, t.pos[0], t.pos[1]), ot.notes)
	if ot.dur == 0 && strings.TrimSpace(t.Milestone) != "1" {
		ot.dur, m.dur[i] = 1, 1
	}
	m.floor[i] = noDay
}
