package formats

import (
	"regexp"
	"testing"

	"tandem/backend/model"
)

// icsDateValue is an RFC 5545 DATE: four digits of year, then month and day.
var icsDateValue = regexp.MustCompile(`^[0-9]{8}$`)

// TestExportICSLastDay: an effort that ends on 9999-12-31, the last day a
// date can have, has no day after it for DTEND (10000-01-01 has no DATE
// form), so its event gives its length as DURATION instead, and every
// date in the file is a DATE. An effort that ends earlier keeps DTEND.
func TestExportICSLastDay(t *testing.T) {
	r, err := model.Load([]byte(`{"format":"tandem/roadmap","version":1,"name":"Edge","start":"9999-12-20","asOf":"9999-12-20",
		"lanes":[{"id":"l","name":"L"}],
		"efforts":[{"id":"a","lane":"l","title":"Ends on the last day","start":"9999-12-27","durationDays":5},
			{"id":"m","lane":"l","title":"On the last day","start":"9999-12-31","durationDays":0},
			{"id":"b","lane":"l","title":"Ends the day before","start":"9999-12-20","durationDays":11}]}`))
	if err != nil {
		t.Fatal(err)
	}
	events := parseICS(t, exportWith(t, "ics", textExportInputOf(t, r, ExportOptions{})))
	wantEqual(t, "events", len(events), 3)
	for _, e := range events {
		for _, k := range []string{"DTSTART;VALUE=DATE", "DTEND;VALUE=DATE"} {
			if v, ok := e[k]; ok && !icsDateValue.MatchString(v) {
				t.Errorf("%s: %s is %q, not a DATE", e["SUMMARY"], k, v)
			}
		}
	}
	type span struct{ start, end, duration string }
	got := func(e icsEvent) span { return span{e["DTSTART;VALUE=DATE"], e["DTEND;VALUE=DATE"], e["DURATION"]} }
	wantEqual(t, "ends on the last day", got(events[0]), span{"99991227", "", "P5D"})
	wantEqual(t, "milestone on the last day", got(events[1]), span{"99991231", "", "P1D"})
	wantEqual(t, "ends the day before", got(events[2]), span{"99991220", "99991231", ""})
}
