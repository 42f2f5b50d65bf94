package model

import (
	"fmt"
	"time"
)

// Day numbers: a civil day is an int counting days since 1970-01-01 (day 0,
// a Thursday), negative before it. The conversions use Howard Hinnant's
// days_from_civil/civil_from_days algorithms on the proleptic Gregorian
// calendar: O(1), no allocation, no time.Parse.

// ParseDate returns the day number of d, which must be "YYYY-MM-DD" with a
// four-digit year (0000-9999), a month 01-12 and a day that exists in that
// month (2026-02-30 is an error; leap years are checked). The empty Date is
// an error too: callers that treat it as "not set" test for it first.
// It does not allocate unless it fails.
func ParseDate(d Date) (int, error) {
	s := string(d)
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return 0, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	if m < 1 || m > 12 {
		return 0, fmt.Errorf("bad date %q: month %d does not exist", s, m)
	}
	if n := daysIn(y, m); day < 1 || day > n {
		return 0, fmt.Errorf("bad date %q: %s %04d has %d days", s, time.Month(m), y, n)
	}
	return daysFromCivil(y, m, day), nil
}

// Days is ParseDate(d).
func (d Date) Days() (int, error) { return ParseDate(d) }

// DateFromDays returns the Date of day number n (see ParseDate). It is exact
// for 0000-01-01..9999-12-31; outside that range the result does not parse.
func DateFromDays(n int) Date {
	var b [10]byte
	if s, ok := AppendDate(b[:0], n); ok {
		return Date(s)
	}
	y, m, d := civilFromDays(n)
	return Date(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
}

// AppendDate appends the date of day number n, YYYY-MM-DD, to b, when its
// year is 0..9999 (ok); else it returns b as it is and false.
func AppendDate(b []byte, n int) (_ []byte, ok bool) {
	y, m, d := civilFromDays(n)
	if y < 0 || y > 9999 {
		return b, false
	}
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d/10), byte('0'+d%10)), true
}

// DateOf returns the Date of t's calendar day in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return DateFromDays(daysFromCivil(y, int(m), d))
}

// Weekday returns the day of the week of day number n.
func Weekday(n int) time.Weekday {
	// Day 0 (1970-01-01) was a Thursday.
	return time.Weekday(((n % 7) + 7 + int(time.Thursday)) % 7)
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days of month m (1-12) of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the day number of y-m-d (m 1-12, d 1-31).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(n int) (y, m, d int) {
	z := n + 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
