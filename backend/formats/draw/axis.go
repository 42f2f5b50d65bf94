package draw

import (
	"fmt"
	"time"

	"tandem/backend/model"
)

// timeScale maps days onto x: day d starts at (d-from)*dayW points from the
// chart's left edge, and the window from..to (inclusive) is width wide.
type timeScale struct {
	from, to int
	dayW     float64
}

func (s timeScale) x(day int) float64 { return float64(day-s.from) * s.dayW }
func (s timeScale) width() float64    { return float64(s.to-s.from+1) * s.dayW }

// unit is a tier of the time axis: days, weeks (starting Monday), months,
// quarters or years.
type unit int

const (
	unitWeek unit = iota
	unitMonth
	unitQuarter
	unitYear
)

// tick is one labelled interval of an axis tier: days first..last.
type tick struct {
	first, last int
	label       string
}

// tiers picks the two tiers of the time axis for a scale: weeks under
// months when a week is at least 24 points wide, else months under years
// when a month is at least 22 points, else quarters under years.
func tiers(dayW float64) (lower, upper unit) {
	switch {
	case dayW*7 >= 24:
		return unitWeek, unitMonth
	case dayW*30 >= 22:
		return unitMonth, unitYear
	default:
		return unitQuarter, unitYear
	}
}

// ticks cuts from..to into the intervals of u, the first and last clipped
// to the window. Labels: a week is its Monday's day of the month ("6"); a
// month "Jan 2027" on the upper tier, "Jan" on the lower; a quarter "Q1";
// a year "2027".
func ticks(u unit, from, to int, upper bool) []tick {
	var out []tick
	for d := from; d <= to; {
		start, next := bounds(u, d)
		out = append(out, tick{first: max(start, from), last: min(next-1, to), label: label(u, start, upper)})
		d = next
	}
	return out
}

// bounds returns the first day of the interval of u holding day d and the
// first day of the next one.
func bounds(u unit, d int) (int, int) {
	t := civil(d)
	switch u {
	case unitWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return d - back, d - back + 7
	case unitMonth:
		start := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return dayOf(start), dayOf(start.AddDate(0, 1, 0))
	case unitQuarter:
		m := (int(t.Month())-1)/3*3 + 1
		start := time.Date(t.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return dayOf(start), dayOf(start.AddDate(0, 3, 0))
	default:
		start := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return dayOf(start), dayOf(start.AddDate(1, 0, 0))
	}
}

func label(u unit, start int, upper bool) string {
	t := civil(start)
	switch u {
	case unitWeek:
		return fmt.Sprint(t.Day())
	case unitMonth:
		if upper {
			return t.Format("Jan 2006")
		}
		return t.Format("Jan")
	case unitQuarter:
		return fmt.Sprintf("Q%d", (int(t.Month())-1)/3+1)
	default:
		return fmt.Sprint(t.Year())
	}
}

// civil returns day number d as a time at midnight UTC.
func civil(d int) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// dayOf returns the day number of t's date.
func dayOf(t time.Time) int { return int(t.Unix() / 86400) }

// longDate writes day d as "15 Feb 2027".
func longDate(d int) string { return civil(d).Format("2 Jan 2006") }

// snap widens from..to to whole intervals of u (the chart then begins and
// ends on an axis line), but never before 1000-01-01 nor past 9999-12-31,
// the first and last days a date can have: there the interval is cut.
func snap(u unit, from, to int) (int, int) {
	a, _ := bounds(u, from)
	_, b := bounds(u, to)
	return max(a, model.MinDay), min(b-1, model.MaxDay)
}

// dateDay parses a Date known to be valid.
func dateDay(d model.Date) int { n, _ := model.ParseDate(d); return n }
