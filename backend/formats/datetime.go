package formats

import (
	"fmt"

	"tandem/backend/model"
)

// datePart returns the day number of a date-time's date, "2006-09-21" of
// "2006-09-21T08:00:00" (xsd:dateTime without a zone, as MS Project writes
// it; a bare date is accepted).
func datePart(s string) (int, error) {
	if len(s) < 10 || (len(s) > 10 && s[10] != 'T' && s[10] != ' ') {
		return 0, fmt.Errorf("bad date-time %q: want YYYY-MM-DDTHH:MM:SS", s)
	}
	day, err := model.ParseDate(model.Date(s[:10]))
	if err != nil {
		return 0, fmt.Errorf("bad date-time %q: %v", s, err)
	}
	return day, nil
}

// clockPart returns the time of day of a date-time as "HH:MM:SS", which
// compares as text; "00:00:00" for a bare date.
func clockPart(s string) string {
	if len(s) >= 19 {
		return s[11:19]
	}
	if len(s) >= 16 {
		return s[11:16] + ":00"
	}
	return "00:00:00"
}
