package model

import (
	"slices"
	"time"
)

// WorkCalendar is the one working-day calendar of Tandem (SPEC §2): the
// weekdays worked and the holidays. Validation, the analysis (through
// DayIndex), the imports and exports and, through the service's snapshot,
// the UI all ask it, so a day one of them calls a working day is one for all
// of them. Days are civil day numbers (ParseDate).
//
// A nil *WorkCalendar is the calendar of a roadmap without one, or with one
// that names no known workday: every day is worked (validation reports the
// missing workdays). Its methods are then plain day arithmetic.
//
// Costs: IsWorkday and Count are O(log holidays); Add, Next and Prev are
// O(log holidays) per run of holidays they cross (whole weeks are jumped).
type WorkCalendar struct {
	week
	holidays []int // sorted, unique, only those on working weekdays
}

// week is the weekly pattern of a WorkCalendar, copied by value into its
// DayIndex so that the analysis's conversions follow no pointer.
type week struct {
	works   [7]bool // by time.Weekday
	perWeek int     // 1..7
}

// NewWorkCalendar returns the calendar c describes, ignoring names and dates
// that validation reports (unknown or duplicate workdays, bad dates). It
// returns nil (every day worked) when c is nil or names no known workday.
func NewWorkCalendar(c *Calendar) *WorkCalendar {
	if c == nil {
		return nil
	}
	var works [7]bool
	for _, name := range c.Workdays {
		if d, ok := ParseWorkday(name); ok {
			works[d] = true
		}
	}
	if works == [7]bool{} {
		return nil
	}
	holidays := make([]int, 0, len(c.Holidays))
	for _, h := range c.Holidays {
		if day, err := ParseDate(h); err == nil {
			holidays = append(holidays, day)
		}
	}
	return NewWorkWeek(works, holidays)
}

// NewWorkWeek returns the calendar that works the weekdays works (indexed by
// time.Weekday) except on holidays (day numbers, any order, repeats and days
// off allowed). A week without any working day is taken as every day
// working, as NewWorkCalendar does; unlike it, the result is then a
// seven-day calendar that still keeps the holidays (what an import writes).
func NewWorkWeek(works [7]bool, holidays []int) *WorkCalendar {
	if works == [7]bool{} {
		works = [7]bool{true, true, true, true, true, true, true}
	}
	w := &WorkCalendar{week: week{works: works}}
	for _, ok := range works {
		if ok {
			w.perWeek++
		}
	}
	for _, h := range holidays {
		if works[Weekday(h)] {
			w.holidays = append(w.holidays, h)
		}
	}
	slices.Sort(w.holidays)
	w.holidays = slices.Compact(w.holidays)
	return w
}

// Works reports whether weekday d is a working weekday (holidays aside).
func (w *WorkCalendar) Works(d time.Weekday) bool {
	return w == nil || w.works[d]
}

// PerWeek returns the number of working weekdays, 1..7.
func (w *WorkCalendar) PerWeek() int {
	if w == nil {
		return 7
	}
	return w.perWeek
}

// Holidays returns the holidays that fall on a working weekday, sorted and
// unique (the others change nothing). The slice is shared: do not change it.
func (w *WorkCalendar) Holidays() []int {
	if w == nil {
		return nil
	}
	return w.holidays
}

// IsWorkday reports whether day is worked.
func (w *WorkCalendar) IsWorkday(day int) bool {
	if w == nil {
		return true
	}
	if !w.works[Weekday(day)] {
		return false
	}
	_, holiday := slices.BinarySearch(w.holidays, day)
	return !holiday
}

// Next returns the first working day on or after day.
func (w *WorkCalendar) Next(day int) int {
	for !w.IsWorkday(day) {
		day++
	}
	return day
}

// Prev returns the last working day on or before day.
func (w *WorkCalendar) Prev(day int) int {
	for !w.IsWorkday(day) {
		day--
	}
	return day
}

// Add returns the working day n working days after day (before it when n is
// negative). day is first moved to a working day in the direction of travel
// (forward when n >= 0), so Add(day, 0) is Next(day).
func (w *WorkCalendar) Add(day, n int) int {
	if w == nil {
		return day + n
	}
	if n < 0 {
		day = w.Prev(day)
		for n < 0 {
			// Jump back by the weekly pattern, then make up the holidays passed.
			to := w.nthBackFrom(day-1, -n-1)
			n = -w.holidaysIn(to, day-1)
			day = to
		}
		return day
	}
	day = w.Next(day)
	for n > 0 {
		to := w.nthFrom(day+1, n-1)
		n = w.holidaysIn(day+1, to)
		day = to
	}
	return day
}

// Count returns the number of working days in [a, b] (0 when b < a).
func (w *WorkCalendar) Count(a, b int) int {
	if b < a {
		return 0
	}
	if w == nil {
		return b - a + 1
	}
	return w.week.count(a, b+1) - w.holidaysIn(a, b)
}

// Between returns the working-day steps from a to b: the working days in
// (a, b], or minus those in [b, a) when b is earlier. For working days a and
// b, Add(a, Between(a, b)) is b.
func (w *WorkCalendar) Between(a, b int) int {
	if b >= a {
		return w.Count(a+1, b)
	}
	return -w.Count(b, a-1)
}

// WeeklyCount counts the working weekdays in [a, b), a <= b, holidays
// ignored. O(1).
func (w *WorkCalendar) WeeklyCount(a, b int) int {
	if w == nil {
		return b - a
	}
	return w.week.count(a, b)
}

// count counts the working weekdays in [a, b), a <= b. O(1).
func (w *week) count(a, b int) int {
	n := (b - a) / 7 * w.perWeek
	for d := a + (b-a)/7*7; d < b; d++ {
		if w.works[Weekday(d)] {
			n++
		}
	}
	return n
}

// nthFrom returns the j-th (0-based) working weekday at or after civil
// day a, holidays ignored. O(1).
func (w *week) nthFrom(a, j int) int {
	d := a + j/w.perWeek*7
	for r := j % w.perWeek; ; d++ {
		if w.works[Weekday(d)] {
			if r == 0 {
				return d
			}
			r--
		}
	}
}

// nthBackFrom returns the j-th (0-based) working weekday at or before
// civil day a, holidays ignored. O(1).
func (w *week) nthBackFrom(a, j int) int {
	d := a - j/w.perWeek*7
	for r := j % w.perWeek; ; d-- {
		if w.works[Weekday(d)] {
			if r == 0 {
				return d
			}
			r--
		}
	}
}

// holidaysIn counts the holidays in [a, b]. O(log holidays).
func (w *WorkCalendar) holidaysIn(a, b int) int {
	if b < a {
		return 0
	}
	lo, _ := slices.BinarySearch(w.holidays, a)
	hi, _ := slices.BinarySearch(w.holidays, b+1)
	return hi - lo
}

// Calendar returns w as a roadmap calendar: the workdays Monday first and
// the holidays that fall on a working weekday, sorted. It is nil for the
// nil calendar (every day worked, no calendar).
func (w *WorkCalendar) Calendar() *Calendar {
	if w == nil {
		return nil
	}
	c := &Calendar{}
	for i := 1; i <= 7; i++ {
		if d := time.Weekday(i % 7); w.works[d] {
			c.Workdays = append(c.Workdays, workdayValues[d])
		}
	}
	for _, h := range w.holidays {
		c.Holidays = append(c.Holidays, DateFromDays(h))
	}
	return c
}

// WorkdayName returns the calendar name of weekday d ("mon".."sun").
func WorkdayName(d time.Weekday) string {
	return workdayValues[d]
}

// dayOff names why day is not worked ("saturday", "a holiday"), for
// validation messages.
func (w *WorkCalendar) dayOff(day int) string {
	if !w.Works(Weekday(day)) {
		return Weekday(day).String()
	}
	return "a holiday"
}

// unit names what Count counts.
func (w *WorkCalendar) unit(n int) string {
	if w == nil {
		return plural(n, "day", "days")
	}
	return plural(n, "working day", "working days")
}

// NextWorkday returns the first working day of c on or after d (d itself
// when c is nil or d does not parse).
func (c *Calendar) NextWorkday(d Date) Date {
	day, err := ParseDate(d)
	if err != nil {
		return d
	}
	return DateFromDays(NewWorkCalendar(c).Next(day))
}
