package formats

import (
	"slices"

	"tandem/backend/model"
)

// mspdiWeek is the roadmap's calendar as the mspdi export writes it: the
// working weekdays (every day without a calendar, or with one that names
// no known workday, as the model reads it) and the holidays that fall on a
// working weekday (the others change nothing), sorted and unique.
type mspdiWeek struct {
	works    [7]bool // by time.Weekday
	holidays []int
}

func newMSPDIWeek(c *model.Calendar) *mspdiWeek {
	w := &mspdiWeek{}
	if c != nil {
		for _, name := range c.Workdays {
			if d, ok := model.ParseWorkday(name); ok {
				w.works[d] = true
			}
		}
	}
	if w.works == [7]bool{} {
		w.works = [7]bool{true, true, true, true, true, true, true}
		return w
	}
	for _, h := range c.Holidays {
		if day, err := model.ParseDate(h); err == nil && w.works[model.Weekday(day)] {
			w.holidays = append(w.holidays, day)
		}
	}
	slices.Sort(w.holidays)
	w.holidays = slices.Compact(w.holidays)
	return w
}

func (w *mspdiWeek) perWeek() int {
	n := 0
	for _, ok := range w.works {
		n += bit(ok)
	}
	return n
}

// xml is the one base calendar, "Standard" (UID 1): DayType 1 (Sunday) to
// 7 (Saturday), working days 8:00-12:00 and 13:00-17:00, and each holiday
// as a non-working exception of one day.
func (w *mspdiWeek) xml() xCalendar {
	c := xCalendar{UID: 1, Name: "Standard", IsBaseCalendar: 1}
	for d := range 7 {
		day := xWeekDay{DayType: d + 1, DayWorking: bit(w.works[d])}
		if w.works[d] {
			day.WorkingTimes = &xWorkingTimes{[]xTimes{{"08:00:00", "12:00:00"}, {"13:00:00", "17:00:00"}}}
		}
		c.WeekDays = append(c.WeekDays, day)
	}
	for _, h := range w.holidays {
		date := string(model.DateFromDays(h))
		c.Exceptions = append(c.Exceptions, xException{FromDate: date + "T00:00:00", ToDate: date + "T23:59:00",
			Occurrences: 1, Name: "Holiday", Type: 1})
	}
	return c
}
