package formats

import (
	"testing"

	"tandem/backend/model"
)

// TestMSPDIManualTasksBeforeTheProjectStart (issue 10, item 3): manually
// scheduled tasks that all precede the project's StartDate (2026-07-01)
// finish with the last of them, not at day 0, last for ten working days
// (from the first task's start) and have a critical path: the task that
// ends last. (The analysis's start stays the roadmap's day 0, the
// project's StartDate.)
func TestMSPDIManualTasksBeforeTheProjectStart(t *testing.T) {
	r := mustMSPDI(t, project("", "",
		task("1", 1, 24, "<Manual>1</Manual><Start>2026-06-01T08:00:00</Start>"),  // Mon 1 .. Wed 3 June
		task("2", 1, 40, "<Manual>1</Manual><Start>2026-06-08T08:00:00</Start>"))) // Mon 8 .. Fri 12 June
	res := analyzed(t, r)
	wantEqual(t, "finish", res.Finish, model.Date("2026-06-12"))
	wantEqual(t, "durationDays (working days from the first task's start)", res.DurationDays, 10)
	wantEqual(t, "critical", res.Critical, []string{"2"})
}
