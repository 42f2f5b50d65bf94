package model

import "slices"

// workCalendar answers the working-day questions validation needs (is a day
// worked, how many working days a span has) in O(log holidays). The schedule
// itself belongs to the analysis.
type workCalendar struct {
	works    [7]bool // by time.Weekday
	perWeek  int
	holidays []int // sorted, unique, only those on working weekdays
}

// newWorkCalendar builds the calendar of c, ignoring names and dates that
// validation reports. It returns nil when c is nil or gives no workday (every
// day then counts, and validation reports the missing workdays).
func newWorkCalendar(c *Calendar) *workCalendar {
	if c == nil {
		return nil
	}
	w := &workCalendar{}
	for _, name := range c.Workdays {
		if d, ok := ParseWorkday(name); ok && !w.works[d] {
			w.works[d] = true
			w.perWeek++
		}
	}
	if w.perWeek == 0 {
		return nil
	}
	for _, h := range c.Holidays {
		if day, err := ParseDate(h); err == nil && w.works[Weekday(day)] {
			w.holidays = append(w.holidays, day)
		}
	}
	slices.Sort(w.holidays)
	w.holidays = slices.Compact(w.holidays)
	return w
}

// isWorkday reports whether day is worked.
func (w *workCalendar) isWorkday(day int) bool {
	if w == nil {
		return true
	}
	_, holiday := slices.BinarySearch(w.holidays, day)
	return w.works[Weekday(day)] && !holiday
}

// dayOff names why day is not worked ("Saturday", "a holiday").
func (w *workCalendar) dayOff(day int) string {
	if !w.works[Weekday(day)] {
		return Weekday(day).String()
	}
	return "a holiday"
}

// count returns the number of working days in [a, b] (0 when b < a).
func (w *workCalendar) count(a, b int) int {
	if b < a {
		return 0
	}
	if w == nil {
		return b - a + 1
	}
	weeks := (b - a + 1) / 7
	n := weeks * w.perWeek
	for d := a + 7*weeks; d <= b; d++ {
		if w.works[Weekday(d)] {
			n++
		}
	}
	lo, _ := slices.BinarySearch(w.holidays, a)
	hi, _ := slices.BinarySearch(w.holidays, b+1)
	return n - (hi - lo)
}

// unit names what count counts.
func (w *workCalendar) unit(n int) string {
	if w == nil {
		return plural(n, "day", "days")
	}
	return plural(n, "working day", "working days")
}

// NextWorkday returns the first working day of c on or after d (d itself
// when c is nil or d does not parse).
func (c *Calendar) NextWorkday(d Date) Date {
	w := newWorkCalendar(c)
	day, err := ParseDate(d)
	if w == nil || err != nil {
		return d
	}
	for n := 0; n < 3660 && !w.isWorkday(day); n++ {
		day++
	}
	return DateFromDays(day)
}
