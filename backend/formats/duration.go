package formats

import (
	"fmt"
	"math"
	"strconv"

	"tandem/backend/model"
)

// parseXSDDuration returns the minutes of an xsd:duration such as MS
// Project's "PT8H0M0S" ("P" [nY] [nM] [nW] [nD] ["T" [nH] [nM] [nS]], numbers
// may have a fraction). Years, months, weeks and days count 365, 30, 7 and 1
// days of 24 hours (xsd's reading; MS Project itself writes hours only).
// A negative duration is an error.
func parseXSDDuration(s string) (float64, error) {
	bad := func(why string) (float64, error) {
		return 0, fmt.Errorf("bad duration %q: %s (want like PT8H0M0S)", s, why)
	}
	if len(s) > 0 && s[0] == '-' {
		return bad("negative")
	}
	if len(s) < 2 || s[0] != 'P' {
		return bad("does not start with P")
	}
	const day = 24 * 60
	dateUnits := map[byte]float64{'Y': 365 * day, 'M': 30 * day, 'W': 7 * day, 'D': day}
	timeUnits := map[byte]float64{'H': 60, 'M': 1, 'S': 1.0 / 60}
	units, total, i, any, inTime := dateUnits, 0.0, 1, false, false
	for i < len(s) {
		if s[i] == 'T' {
			if inTime || i+1 == len(s) {
				return bad("a misplaced T")
			}
			units, inTime = timeUnits, true
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		if j == i || j == len(s) {
			return bad("a number without its unit")
		}
		n, err := strconv.ParseFloat(s[i:j], 64)
		f, ok := units[s[j]]
		if err != nil || !ok {
			return bad(fmt.Sprintf("unknown part %q", s[i:j+1]))
		}
		total += n * f
		any = true
		i = j + 1
	}
	if !any {
		return bad("no value")
	}
	if math.IsInf(total, 0) || total > 1e12 {
		return bad("too long")
	}
	return total, nil
}

// maxDays bounds imported durations and lags: 100 years of days, the
// model's own limit. A
// larger value is an error (no roadmap needs one, and a finish-based start
// would count back that many working days).
const maxDays = model.MaxDays

// errTooLong is the problem of a duration or lag over maxDays.
var errTooLong = fmt.Errorf("longer than %d days", maxDays)

// roundDays rounds a number of days to whole days, halves away from zero.
func roundDays(days float64) int {
	return int(math.Round(days))
}

// workDays converts working minutes into whole working days of perDay
// minutes (rounded, halves up); a positive duration is at least one day, so
// that only a real zero is a milestone.
func workDays(minutes, perDay float64) int {
	d := roundDays(minutes / perDay)
	if d == 0 && minutes > 0 {
		d = 1
	}
	return d
}
