package formats

// monFri is the working week when a file does not say (MS Project's
// Standard calendar and GanttProject's default week), by time.Weekday.
var monFri = [7]bool{false, true, true, true, true, true, false}

// holidayWindow bounds the holidays an import expands from recurring or
// long exceptions: from a year before the first date the file uses to five
// years after its last, and never more than 50 years in all.
func holidayWindow(first, last int) (lo, hi int) {
	lo, hi = first-366, last+5*366
	if hi > lo+50*366 {
		hi = lo + 50*366
	}
	return lo, hi
}
