package analysis

import (
	"strings"

	"tandem/backend/model"
)

// calendar converts between civil day numbers (model.ParseDate) and day
// offsets from the roadmap start (SPEC §3). Without a roadmap calendar every
// day is a working day and an offset is a plain day difference. With one,
// offsets count working days: a day index over the civil days [lo, hi] (all
// dates of the file and its holidays) is built once, so that both directions
// are O(1) inside it; outside it only the weekly pattern applies (there are
// no holidays outside), at O(1) per conversion too.
type calendar struct {
	every  bool    // every day is a working day
	work   [7]bool // by time.Weekday
	week   int     // working days per week (1..7)
	lo, hi int     // civil days covered by the index
	before []int32 // before[d-lo]: working days in [lo, d), for d in [lo, hi+1]
	nth    []int32 // nth[k]: civil day - lo of the k-th working day in [lo, hi]
	origin int     // working-day number (from lo) of day 0; a civil day when every

	memoLo int    // offset of the first date in memo
	memo   string // dates of the offsets memoLo.., dateLen bytes each, see memoize
}

// maxMemo bounds the date memo (offsets), 40 MB.
const maxMemo = 1 << 22

// dateLen is the length of a YYYY-MM-DD date.
const dateLen = len("2006-01-02")

// weekdayNames maps the accepted workday spellings to time.Weekday numbers.
var weekdayNames = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6,
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// newCalendar returns the calendar of c, whose index covers the civil days
// [lo, hi] (widened to the holidays), with day 0 on civil day origin (snapped
// forward to a working day). A nil c, or one without a known workday, makes
// every day a working day. Cost: O(hi-lo + holidays).
func newCalendar(c *model.Calendar, lo, hi, origin int) *calendar {
	cal := &calendar{every: true, origin: origin}
	if c == nil {
		return cal
	}
	for _, w := range c.Workdays {
		if d, ok := weekdayNames[strings.ToLower(w)]; ok && !cal.work[d] {
			cal.work[d] = true
			cal.week++
		}
	}
	if cal.week == 0 {
		return cal
	}
	holidays := make([]int, 0, len(c.Holidays))
	for _, h := range c.Holidays {
		if d, err := model.ParseDate(h); err == nil {
			holidays = append(holidays, d)
			lo, hi = min(lo, d), max(hi, d)
		}
	}
	cal.every = false
	cal.lo, cal.hi = lo, hi
	span := hi - lo + 1
	off := make([]bool, span)
	for _, d := range holidays {
		off[d-lo] = true
	}
	cal.before = make([]int32, span+1)
	cal.nth = make([]int32, 0, span*cal.week/7+1)
	n := int32(0)
	for i := 0; i < span; i++ {
		cal.before[i] = n
		if !off[i] && cal.work[model.Weekday(lo+i)] {
			cal.nth = append(cal.nth, int32(i))
			n++
		}
	}
	cal.before[span] = n
	cal.origin = cal.countBefore(origin)
	return cal
}

// countBefore returns the number of working days in [lo, d) (negative when
// d < lo), which is also the working-day number of the first working day >= d.
func (c *calendar) countBefore(d int) int {
	switch {
	case d < c.lo:
		return -c.weeklyCount(d, c.lo)
	case d <= c.hi+1:
		return int(c.before[d-c.lo])
	default:
		return int(c.before[len(c.before)-1]) + c.weeklyCount(c.hi+1, d)
	}
}

// weeklyCount counts the working days of the weekly pattern in [a, b), a <= b.
func (c *calendar) weeklyCount(a, b int) int {
	n := (b - a) / 7 * c.week
	for d := a + (b-a)/7*7; d < b; d++ {
		if c.work[model.Weekday(d)] {
			n++
		}
	}
	return n
}

// offset returns the day offset of civil day d; a day off counts as the next
// working day (a start snaps forward). O(1).
func (c *calendar) offset(d int) int {
	if c.every {
		return d - c.origin
	}
	return c.countBefore(d) - c.origin
}

// span returns the number of working days in the inclusive civil range
// [a, b], 0 when b < a. O(1).
func (c *calendar) span(a, b int) int {
	if b < a {
		return 0
	}
	return c.offset(b+1) - c.offset(a)
}

// day returns the civil day of offset k: the k-th working day from day 0.
// O(1) inside the index; outside it, O(1) by whole weeks and at most 7 steps.
func (c *calendar) day(k int) int {
	if c.every {
		return c.origin + k
	}
	n := k + c.origin // working-day number counted from lo
	if n >= 0 && n < len(c.nth) {
		return c.lo + int(c.nth[n])
	}
	if n >= 0 {
		return c.weeklyNth(c.hi+1, n-len(c.nth))
	}
	return c.weeklyNthBack(c.lo-1, -n-1)
}

// weeklyNth returns the j-th (0-based) working day at or after civil day a.
func (c *calendar) weeklyNth(a, j int) int {
	d := a + j/c.week*7
	for r := j % c.week; ; d++ {
		if c.work[model.Weekday(d)] {
			if r == 0 {
				return d
			}
			r--
		}
	}
}

// weeklyNthBack returns the j-th (0-based) working day at or before civil day a.
func (c *calendar) weeklyNthBack(a, j int) int {
	d := a - j/c.week*7
	for r := j % c.week; ; d-- {
		if c.work[model.Weekday(d)] {
			if r == 0 {
				return d
			}
			r--
		}
	}
}

// date returns the Date of offset k: from the memo inside it, else by
// formatting a new string. Safe for concurrent use after memoize.
func (c *calendar) date(k int) model.Date {
	if i := k - c.memoLo; i >= 0 && i < len(c.memo)/dateLen {
		return model.Date(c.memo[i*dateLen : (i+1)*dateLen])
	}
	return model.DateFromDays(c.day(k))
}

// memoize formats the dates of the offsets [lo, hi] once (at most maxMemo of
// them) into one string, so that the millions of dates of a large result
// are slices of it instead of allocating one each, and the garbage
// collector has one object to mark, not one a day. It stops before a date
// past year 9999 (date formats those). O(hi-lo).
func (c *calendar) memoize(lo, hi int) {
	if hi < lo {
		return
	}
	hi = min(hi, lo+maxMemo-1)
	var memo strings.Builder
	memo.Grow((hi - lo + 1) * dateLen)
	buf := make([]byte, 0, dateLen)
	for k := lo; k <= hi; k++ {
		b, ok := model.AppendDate(buf, c.day(k))
		if !ok {
			break
		}
		memo.Write(b)
	}
	c.memo, c.memoLo = memo.String(), lo
}
