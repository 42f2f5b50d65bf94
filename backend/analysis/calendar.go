package analysis

import (
	"strings"

	"tandem/backend/model"
)

// calendar converts between civil day numbers (model.ParseDate) and day
// offsets from the roadmap start (SPEC §3). Without a roadmap calendar every
// day is a working day and an offset is a plain day difference. With one,
// offsets count working days of model.WorkCalendar through its DayIndex,
// built once over the civil days [lo, hi] (all dates of the file), so that
// both directions are O(1) per conversion.
type calendar struct {
	every  bool           // every day is a working day
	index  model.DayIndex // unset when every; by value, one load less a conversion
	origin int            // working-day number (DayIndex.Rank) of day 0; a civil day when every

	memoLo int    // offset of the first date in memo
	memo   string // dates of the offsets memoLo.., dateLen bytes each, see memoize
}

// maxMemo bounds the date memo (offsets), 40 MB.
const maxMemo = 1 << 22

// dateLen is the length of a YYYY-MM-DD date.
const dateLen = len("2006-01-02")

// newCalendar returns the calendar of c, whose index covers the civil days
// [lo, hi] (widened to the holidays), with day 0 on civil day origin (snapped
// forward to a working day). A nil c, or one without a known workday, makes
// every day a working day. Cost: O(hi-lo + holidays).
func newCalendar(c *model.Calendar, lo, hi, origin int) *calendar {
	index := model.NewWorkCalendar(c).Index(lo, hi)
	if index == nil {
		return &calendar{every: true, origin: origin}
	}
	return &calendar{index: *index, origin: index.Rank(origin)}
}

// offset returns the day offset of civil day d; a day off counts as the next
// working day (a start snaps forward). O(1).
func (c *calendar) offset(d int) int {
	if c.every {
		return d - c.origin
	}
	return c.index.Rank(d) - c.origin
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
// O(1).
func (c *calendar) day(k int) int {
	if c.every {
		return c.origin + k
	}
	return c.index.Day(k + c.origin)
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
func (c *calendar) memoize(lo, hi int) { c.memoizeAfter(nil, lo, hi) }

// memoizeAfter is memoize, taking prev's memo when it holds the dates of
// [lo, hi] (its offsets lo and hi are the same days here): prev is the
// calendar of the same working days (one made from the same
// model.Calendar) before an edit, which may have moved day 0. The dates are
// then the very strings of prev's analysis, so that comparing them with
// its rows' is quick. O(1) so, else O(hi-lo).
func (c *calendar) memoizeAfter(prev *calendar, lo, hi int) {
	if hi < lo {
		return
	}
	hi = min(hi, lo+maxMemo-1)
	if prev != nil && prev.every == c.every && prev.memoLo <= lo && hi < prev.memoLo+len(prev.memo)/dateLen &&
		prev.day(lo) == c.day(lo) && prev.day(hi) == c.day(hi) {
		c.memo, c.memoLo = prev.memo, prev.memoLo
		return
	}
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
