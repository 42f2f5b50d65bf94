package formats

import (
	"time"

	"tandem/backend/model"
)

// mspdiCalendarXML writes the roadmap's working calendar w (nil: every day
// worked) as the one base calendar, "Standard" (UID 1): DayType 1 (Sunday)
// to 7 (Saturday), working days 8:00-12:00 and 13:00-17:00, and each
// holiday on a working weekday as a non-working exception of one day.
func mspdiCalendarXML(w *model.WorkCalendar) xCalendar {
	c := xCalendar{UID: 1, Name: "Standard", IsBaseCalendar: 1}
	for d := range 7 {
		works := w.Works(time.Weekday(d))
		day := xWeekDay{DayType: d + 1, DayWorking: bit(works)}
		if works {
			day.WorkingTimes = &xWorkingTimes{[]xTimes{{"08:00:00", "12:00:00"}, {"13:00:00", "17:00:00"}}}
		}
		c.WeekDays = append(c.WeekDays, day)
	}
	for _, h := range w.Holidays() {
		date := string(model.DateFromDays(h))
		c.Exceptions = append(c.Exceptions, xException{FromDate: date + "T00:00:00", ToDate: date + "T23:59:00",
			Occurrences: 1, Name: "Holiday", Type: 1})
	}
	return c
}
