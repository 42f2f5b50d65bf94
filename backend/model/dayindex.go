package model

// DayIndex numbers the working days of a WorkCalendar for the analysis's hot
// path: built once over the civil days [lo, hi] (widened to the holidays),
// it answers both directions (day -> working-day number, number -> day) in
// O(1) inside that span, and outside it by the weekly pattern alone (there
// are no holidays outside) in O(1) too. Working-day numbers count from lo:
// Rank(lo) is 0. Memory: 8 bytes a civil day of the span.
type DayIndex struct {
	week   // the calendar's weekly pattern
	lo, hi int
	before []int32 // before[d-lo]: working days in [lo, d), for d in [lo, hi+1]
	nth    []int32 // nth[k]: civil day - lo of the k-th working day in [lo, hi]
}

// Index builds the DayIndex of w over [lo, hi] (lo <= hi), widened to w's
// holidays. It returns nil for the nil calendar (every day worked: a
// working-day number is then a day number). Cost: O(hi-lo + holidays).
func (w *WorkCalendar) Index(lo, hi int) *DayIndex {
	if w == nil {
		return nil
	}
	if len(w.holidays) > 0 {
		lo, hi = min(lo, w.holidays[0]), max(hi, w.holidays[len(w.holidays)-1])
	}
	x := &DayIndex{week: w.week, lo: lo, hi: hi}
	span := hi - lo + 1
	x.before = make([]int32, span+1)
	x.nth = make([]int32, 0, span*w.perWeek/7+1)
	n := int32(0)
	h := 0 // next holiday
	for i := 0; i < span; i++ {
		x.before[i] = n
		d := lo + i
		if h < len(w.holidays) && w.holidays[h] == d {
			h++
			continue
		}
		if w.works[Weekday(d)] {
			x.nth = append(x.nth, int32(i))
			n++
		}
	}
	x.before[span] = n
	return x
}

// Rank returns the number of working days in [lo, d) (negative when
// d < lo), which is also the working-day number of the first working day
// on or after d.
func (x *DayIndex) Rank(d int) int {
	switch {
	case d < x.lo:
		return -x.week.count(d, x.lo)
	case d <= x.hi+1:
		return int(x.before[d-x.lo])
	default:
		return int(x.before[len(x.before)-1]) + x.week.count(x.hi+1, d)
	}
}

// Day returns the civil day of working-day number n (the inverse of Rank
// on working days).
func (x *DayIndex) Day(n int) int {
	if n >= 0 && n < len(x.nth) {
		return x.lo + int(x.nth[n])
	}
	if n >= 0 {
		return x.week.nthFrom(x.hi+1, n-len(x.nth))
	}
	return x.week.nthBackFrom(x.lo-1, -n-1)
}
