package formats

import (
	"fmt"
	"strconv"
	"time"

	"tandem/backend/model"
)

// workweek resolves the project calendar (CalendarUID, else the calendar
// named "Standard") into its working weekdays and the holidays between lo
// and hi. A calendar derived from a base calendar takes the base's weekdays
// where it does not give its own, and the base's holidays besides its own.
// Without any calendar the week is Monday to Friday (MS Project's Standard).
func (f *mspdiFile) workweek(lo, hi int) (*model.WorkCalendar, error) {
	byUID := map[string]*mspdiCalendar{}
	for i := range f.calendars {
		byUID[f.calendars[i].UID] = &f.calendars[i]
	}
	cal := byUID[f.scalars["CalendarUID"]]
	if cal == nil {
		for i := range f.calendars {
			if f.calendars[i].Name == "Standard" {
				cal = &f.calendars[i]
				break
			}
		}
	}
	works := monFri
	var holidays []int
	// the chain from the base calendar down to cal (at most 10 deep)
	var chain []*mspdiCalendar
	for c := cal; c != nil && len(chain) < 10; c = byUID[c.BaseCalendarUID] {
		chain = append([]*mspdiCalendar{c}, chain...)
		if c.BaseCalendarUID == c.UID {
			break
		}
	}
	for _, c := range chain {
		for _, d := range c.WeekDays {
			if n, err := strconv.Atoi(d.DayType); err == nil && n >= 1 && n <= 7 {
				works[n-1] = d.DayWorking == "1"
			}
		}
		h, err := c.holidays(lo, hi)
		if err != nil {
			return nil, err
		}
		holidays = append(holidays, h...)
	}
	return model.NewWorkWeek(works, holidays), nil
}

// holidays returns the days off the calendar's exceptions give between lo
// and hi. Project 2007 and later write <Exceptions>; Project 2003 wrote
// exceptions as <WeekDay> elements of DayType 0, read only when there are
// no <Exceptions> (as MPXJ does). Exceptions that make a day working are
// left out: the model's calendar has no extra working days.
func (c *mspdiCalendar) holidays(lo, hi int) ([]int, error) {
	var out []int
	if len(c.Exceptions) > 0 {
		for _, e := range c.Exceptions {
			if e.DayWorking == "1" || (e.DayWorking == "" && len(e.WorkingTimes) > 0) {
				continue
			}
			days, err := c.expand(e, lo, hi)
			if err != nil {
				return nil, err
			}
			out = append(out, days...)
		}
		return out, nil
	}
	for _, d := range c.WeekDays {
		if d.DayType != "0" || d.DayWorking == "1" {
			continue
		}
		days, err := c.expand(mspdiException{FromDate: d.FromDate, ToDate: d.ToDate}, lo, hi)
		if err != nil {
			return nil, err
		}
		out = append(out, days...)
	}
	return out, nil
}

// expand lists the days of one exception between lo and hi. Type says how
// it recurs (MPXJ's reading of the schema): "" or 1 or 7 daily, every
// Period days; 6 weekly on the DaysOfWeek bitmap (1 = Sunday .. 64 =
// Saturday), every Period weeks; 4 monthly on MonthDay, every Period
// months; 2 yearly on Month (0 = January) and MonthDay. The relative
// recurrences (3 and 5, "the second Monday") are not expanded. The
// exception runs from FromDate to ToDate, and stops after Occurrences
// days when it gives that (a daily exception of Period 1 is a plain range
// of days, whatever its Occurrences).
func (c *mspdiCalendar) expand(e mspdiException, lo, hi int) ([]int, error) {
	from, err := datePart(e.FromDate)
	if err != nil {
		return nil, c.errorf("exception FromDate: %v", err)
	}
	to := hi
	if e.ToDate != "" {
		if to, err = datePart(e.ToDate); err != nil {
			return nil, c.errorf("exception ToDate: %v", err)
		}
	}
	num := func(s string, def int) int {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
		return def
	}
	period, occurrences := num(e.Period, 1), num(e.Occurrences, 0)
	var match func(day int) bool
	switch e.Type {
	case "", "1", "7":
		if period == 1 {
			occurrences = 0 // a plain range of days (MPXJ flattens these too)
		}
		match = func(day int) bool { return (day-from)%period == 0 }
	case "6":
		mask := num(e.DaysOfWeek, 0)
		week0 := from - int(model.Weekday(from))
		match = func(day int) bool {
			wd := int(model.Weekday(day))
			return mask&(1<<wd) != 0 && ((day-wd-week0)/7)%period == 0
		}
	case "4":
		md := num(e.MonthDay, 1)
		y0, m0, _ := civil(from)
		match = func(day int) bool {
			y, m, d := civil(day)
			return d == md && ((y-y0)*12+int(m-m0))%period == 0
		}
	case "2":
		md, month := num(e.MonthDay, 1), time.Month(num(e.Month, -1)+1)
		if e.Month == "0" {
			month = time.January
		}
		match = func(day int) bool {
			_, m, d := civil(day)
			return m == month && d == md
		}
	default:
		return nil, nil
	}
	var out []int
	start, count := from, 0
	if occurrences == 0 && start < lo {
		start = lo // nothing to count: begin at the window
	}
	for day := start; day <= to && day <= hi; day++ {
		if !match(day) {
			continue
		}
		if count++; occurrences > 0 && count > occurrences {
			break
		}
		if day >= lo {
			out = append(out, day)
		}
	}
	return out, nil
}

func (c *mspdiCalendar) errorf(format string, args ...any) error {
	return &XMLError{Format: nameMSPDI, Line: c.pos[0], Column: c.pos[1], Element: "Calendar",
		Msg: fmt.Sprintf("calendar %q: ", c.Name) + fmt.Sprintf(format, args...)}
}

// civil returns the year, month and day of day number n.
func civil(n int) (int, time.Month, int) {
	return time.Unix(int64(n)*86400, 0).UTC().Date()
}
