package formats

import (
	"slices"
	"time"

	"tandem/backend/model"
)

// workweek is the working-day calendar an import computes dates with: the
// weekdays worked and the holidays. It answers exactly what model.Validate
// and the analysis will ask of the calendar the import writes, so a date it
// calls a working day is one for them too.
type workweek struct {
	works    [7]bool      // by time.Weekday
	holidays map[int]bool // day numbers
}

// weekdayNames are the model's workday names by time.Weekday.
var weekdayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// monFri is the working week when a file does not say (MS Project's
// Standard calendar and GanttProject's default week).
var monFri = [7]bool{false, true, true, true, true, true, false}

// newWorkweek returns the calendar of works and holidays. A week without any
// working day is taken as every day working (the model does the same).
func newWorkweek(works [7]bool, holidays []int) *workweek {
	if works == [7]bool{} {
		works = [7]bool{true, true, true, true, true, true, true}
	}
	w := &workweek{works: works, holidays: make(map[int]bool, len(holidays))}
	for _, h := range holidays {
		w.holidays[h] = true
	}
	return w
}

// isWork reports whether day is a working day.
func (w *workweek) isWork(day int) bool {
	return w.works[model.Weekday(day)] && !w.holidays[day]
}

// next returns the first working day on or after day.
func (w *workweek) next(day int) int {
	for !w.isWork(day) {
		day++
	}
	return day
}

// prev returns the last working day on or before day.
func (w *workweek) prev(day int) int {
	for !w.isWork(day) {
		day--
	}
	return day
}

// back returns the working day n working days before day (day itself when
// n is 0); day is moved to the working day on or before it first.
func (w *workweek) back(day, n int) int {
	day = w.prev(day)
	for ; n > 0; n-- {
		day = w.prev(day - 1)
	}
	return day
}

// perWeek is the number of working weekdays.
func (w *workweek) perWeek() int {
	n := 0
	for _, ok := range w.works {
		if ok {
			n++
		}
	}
	return n
}

// calendar returns the model calendar: the workdays Monday first, and the
// holidays that fall on a working weekday (the others change nothing),
// sorted.
func (w *workweek) calendar() *model.Calendar {
	c := &model.Calendar{}
	for i := 1; i <= 7; i++ {
		if d := time.Weekday(i % 7); w.works[d] {
			c.Workdays = append(c.Workdays, weekdayNames[d])
		}
	}
	days := make([]int, 0, len(w.holidays))
	for h := range w.holidays {
		if w.works[model.Weekday(h)] {
			days = append(days, h)
		}
	}
	slices.Sort(days)
	for _, h := range days {
		c.Holidays = append(c.Holidays, model.DateFromDays(h))
	}
	return c
}

// holidayWindow bounds the holidays an import expands from recurring or
// long exceptions: from a year before the first date the file uses to five
// years after its last, and never more than 50 years in all.
func holidayWindow(first, last int) (lo, hi int) {
	lo, hi = first-366, last+5*366
	if hi > lo+50*366 {
		hi = lo + 50*366
	}
	return lo, hi
}
