package analysis

import (
	"testing"

	"tandem/backend/model"
)

// TestCalendarAgainstWalk compares the day index with a day-by-day walk,
// inside the index, beyond both of its ends and before day 0.
func TestCalendarAgainstWalk(t *testing.T) {
	day := func(s model.Date) int { d, _ := model.ParseDate(s); return d }
	for _, c := range []*model.Calendar{
		nil,
		{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}, Holidays: []model.Date{"2026-12-25", "2027-01-01", "2026-07-03"}},
		{Workdays: []string{"sun", "wed"}, Holidays: []model.Date{"2026-12-27"}},
		{Workdays: []string{"mon", "sat"}},
	} {
		origin := day("2026-11-02")
		cal := newCalendar(c, day("2026-12-01"), day("2026-12-31"), origin)
		works := func(d int) bool {
			if c == nil {
				return true
			}
			for _, h := range c.Holidays {
				if day(h) == d {
					return false
				}
			}
			return model.NewWorkCalendar(c).Works(model.Weekday(d))
		}
		// Walk from 400 days before to 800 days after the origin.
		first := origin - 400
		k := 0 // working-day number of the next working day >= d, relative to first
		var nth []int
		for d := first; d < origin+800; d++ {
			if works(d) {
				nth = append(nth, d)
			}
		}
		base := 0 // index in nth of the first working day >= origin
		for nth[base] < origin {
			base++
		}
		for d := first; d < origin+700; d++ {
			for k < len(nth) && nth[k] < d {
				k++
			}
			if got, want := cal.offset(d), k-base; got != want {
				t.Fatalf("%v: offset(%s) = %d, want %d", c, model.DateFromDays(d), got, want)
			}
		}
		for i, d := range nth[:len(nth)-10] {
			if got := cal.day(i - base); got != d {
				t.Fatalf("%v: day(%d) = %s, want %s", c, i-base, model.DateFromDays(got), model.DateFromDays(d))
			}
		}
		if c != nil && cal.span(day("2026-12-21"), day("2026-12-27")) != countWork(works, day("2026-12-21"), day("2026-12-27")) {
			t.Errorf("%v: span", c)
		}
	}
}

func countWork(works func(int) bool, a, b int) int {
	n := 0
	for d := a; d <= b; d++ {
		if works(d) {
			n++
		}
	}
	return n
}

// TestCalendarMemo holds the memoized dates to formatting each anew, with
// and without a calendar, over a range that runs past year 9999 (the memo
// stops there) and one that starts before year 0 (no memo at all).
func TestCalendarMemo(t *testing.T) {
	day := func(s model.Date) int {
		d, err := model.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	week := &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}}
	for _, c := range []*model.Calendar{nil, week} {
		for _, origin := range []int{day("9999-12-20"), day("0000-01-03")} {
			cal := newCalendar(c, origin, origin, origin)
			cal.memoize(-20, 20)
			for k := -25; k <= 25; k++ {
				if got, want := cal.date(k), model.DateFromDays(cal.day(k)); got != want {
					t.Fatalf("calendar %v, origin %s: date(%d) = %q, want %q", c != nil, model.DateFromDays(origin), k, got, want)
				}
			}
		}
	}
}
