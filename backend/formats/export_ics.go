package formats

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The iCalendar export (RFC 5545): one all-day VEVENT per scheduled effort
// and milestone, for a team's calendar.
//
//   - Dates are the schedule's (the analysis), not the planned ones: DTSTART
//     is the first day, DTEND the day after the last (DTEND is exclusive), so
//     a milestone is a one-day event on its day. An event that ends on
//     9999-12-31, the last day a date can have, gives DURATION (its days,
//     "P5D") instead, as 10000-01-01 has no DATE form. Killed efforts are
//     left out, as the schedule leaves them out. Events are in the file's order and
//     TRANSP:TRANSPARENT (a roadmap effort does not make anyone busy).
//   - UID is a hash of the roadmap's name and the effort's id
//     ("<32 hex digits>@tandem"): every export of a roadmap gives an effort
//     the same UID, so a calendar updates the event instead of adding one.
//     Renaming the roadmap or the effort's id gives new UIDs.
//   - DTSTAMP is the export's today (the roadmap's asOf, else the day of the
//     export) at 00:00 UTC, so the same file always gives the same bytes.
//   - SEQUENCE is the number of days from 1970-01-01 to that today: a base
//     that makes an export at a later as-of date win over any earlier one,
//     whichever way the dates moved. The writer keeps no state; what knows
//     the last export raises it (ResequenceICS): an event whose dates or
//     summary changed since gets the last SEQUENCE + 1, so a second export
//     on the same day updates a calendar too (see service.WriteExport and
//     the service's memory of its exports).
//   - SUMMARY is the effort's title ("Milestone: " and the title for a
//     milestone). DESCRIPTION gives, one per line, the lane's name, the
//     owner, the status, whether the effort is on the critical path (else
//     its float, or that it is done), any slip, its dates, the roadmap and then the notes.
//     CATEGORIES are the lane's name, the status, and "Critical" and
//     "Milestone" where they apply.
//   - Text values are escaped ('\', ';', ',' and line breaks), control
//     characters are left out, and lines are folded at 75 octets on UTF-8
//     character boundaries; every line ends with CRLF.
func init() {
	register(Writer{Format: "ics", Ext: ".ics", MIME: "text/calendar; charset=utf-8", Write: writeICS})
}

// writeICS writes the calendar of in; ExportOptions do not apply. It runs
// in O(efforts).
func writeICS(in *ExportInput) ([]byte, error) {
	r, res := in.Roadmap, in.Analysis
	today, err := model.ParseDate(in.Today)
	if err != nil {
		return nil, fmt.Errorf("ics: today: %w", err)
	}
	x := icsExport{
		r:        r,
		lanes:    laneNames(r),
		stamp:    icsDate(today) + "T000000Z",
		sequence: strconv.Itoa(max(today, 0)),
		unit:     dayUnit(r),
		w:        icsLines{b: make([]byte, 0, 700*(len(res.Schedule)+1))},
	}
	name := icsText(firstNonEmpty(r.Name, "Roadmap"))
	x.w.add("BEGIN", "VCALENDAR")
	x.w.add("VERSION", "2.0")
	x.w.add("PRODID", "-//Tandem//Tandem roadmap export//EN")
	x.w.add("CALSCALE", "GREGORIAN")
	x.w.add("METHOD", "PUBLISH")
	x.w.add("NAME", name)
	x.w.add("X-WR-CALNAME", name)
	j := 0
	for i := range res.Schedule {
		s := &res.Schedule[i]
		for j < len(r.Efforts) && r.Efforts[j].ID != s.ID {
			j++
		}
		if j == len(r.Efforts) {
			return nil, fmt.Errorf("ics: the schedule's effort %q is not in the roadmap, or out of its order", s.ID)
		}
		if err := x.event(&r.Efforts[j], s); err != nil {
			return nil, err
		}
	}
	x.w.add("END", "VCALENDAR")
	return x.w.b, nil
}

// icsExport is one iCalendar export under way.
type icsExport struct {
	r               *model.Roadmap
	lanes           map[string]string // id -> name
	stamp, sequence string
	unit            string
	w               icsLines
}

// event writes the VEVENT of effort e, scheduled as s.
func (x *icsExport) event(e *model.Effort, s *analysis.Scheduled) error {
	first, err1 := model.ParseDate(s.Start)
	last, err2 := model.ParseDate(s.End)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("ics: effort %q: the schedule's dates %q..%q do not parse", e.ID, s.Start, s.End)
	}
	milestone := s.EF == s.ES
	lane := x.lanes[e.Lane]
	status := e.EffectiveStatus()
	summary := e.Title
	categories := []string{icsText(lane), status}
	if s.Critical {
		categories = append(categories, "Critical")
	}
	if milestone {
		summary = "Milestone: " + e.Title
		categories = append(categories, "Milestone")
	}
	w := &x.w
	w.add("BEGIN", "VEVENT")
	w.add("UID", icsUID(x.r.Name, e.ID))
	w.add("DTSTAMP", x.stamp)
	w.add("SEQUENCE", x.sequence)
	w.add("DTSTART;VALUE=DATE", icsDate(first))
	if last < model.MaxDay {
		w.add("DTEND;VALUE=DATE", icsDate(last+1))
	} else {
		// 9999-12-31 has no day after it that a DATE can write.
		w.add("DURATION", "P"+strconv.Itoa(last-first+1)+"D")
	}
	w.add("SUMMARY", icsText(summary))
	w.add("DESCRIPTION", icsText(x.description(e, s, lane, status, milestone)))
	w.add("CATEGORIES", strings.Join(categories, ","))
	w.add("TRANSP", "TRANSPARENT")
	w.add("END", "VEVENT")
	return nil
}

// description is the DESCRIPTION text of e, before escaping.
func (x *icsExport) description(e *model.Effort, s *analysis.Scheduled, lane, status string, milestone bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Lane: %s\n", lane)
	if e.Owner != "" {
		fmt.Fprintf(&b, "Owner: %s\n", e.Owner)
	}
	fmt.Fprintf(&b, "Status: %s\n", status)
	switch {
	case s.Critical:
		b.WriteString("Critical path: yes\n")
	case status == model.StatusDone:
		b.WriteString("Critical path: no (done)\n")
	default:
		fmt.Fprintf(&b, "Critical path: no (float %s)\n", days(s.Float, x.unit))
	}
	if s.SlipDays > 0 {
		fmt.Fprintf(&b, "Slip: %s after its planned start\n", days(s.SlipDays, x.unit))
	}
	if milestone {
		fmt.Fprintf(&b, "Milestone on %s\n", s.Start)
	} else {
		fmt.Fprintf(&b, "Scheduled %s to %s (%s)\n", s.Start, s.End, days(s.EF-s.ES, x.unit))
	}
	fmt.Fprintf(&b, "Roadmap: %s", x.r.Name)
	if x.r.AsOf != "" {
		fmt.Fprintf(&b, ", as of %s", x.r.AsOf)
	}
	if e.Notes != "" {
		b.WriteString("\n\n")
		b.WriteString(e.Notes)
	}
	return b.String()
}

// icsUID is the UID of effort id in the roadmap named roadmap: the first 16
// bytes of SHA-256 over both (a NUL between them), in hex, "@tandem".
func icsUID(roadmap, id string) string {
	sum := sha256.Sum256([]byte(roadmap + "\x00" + id))
	return hex.EncodeToString(sum[:16]) + "@tandem"
}

// laneNames maps each lane id of r to its name.
func laneNames(r *model.Roadmap) map[string]string {
	names := make(map[string]string, len(r.Lanes))
	for _, l := range r.Lanes {
		names[l.ID] = l.Name
	}
	return names
}

// dayUnit is "working days" when r has a working-day calendar, else "days".
func dayUnit(r *model.Roadmap) string {
	if r.Calendar != nil && len(r.Calendar.Workdays) > 0 {
		return "working days"
	}
	return "days"
}

// days writes n days in unit, singular for one ("1 working day").
func days(n int, unit string) string {
	if n == 1 {
		return "1 " + strings.TrimSuffix(unit, "s")
	}
	return strconv.Itoa(n) + " " + unit
}
