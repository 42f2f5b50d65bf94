package service

import (
	"fmt"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// startAfter returns the first day an effort may start once s has finished:
// the day after its last day (a milestone's own day), or false without s.
// On a roadmap with a calendar the schedule moves a start on a day off to
// the next working day.
func startAfter(s *analysis.Scheduled) (model.Date, bool) {
	if s == nil {
		return "", false
	}
	if s.EF == s.ES {
		return s.Start, true
	}
	day, err := model.ParseDate(s.End)
	if err != nil {
		return "", false
	}
	return model.DateFromDays(day + 1), true
}

// moveEffort moves effort i of ed to start on start, keeping its length:
// an end moves by as many days as the start (on a roadmap with a calendar
// the effort keeps its number of working days instead: durationDays, from
// its schedule s, replaces the end). It returns the change in words
// ("moves from 2027-03-01 to 2027-03-15").
func moveEffort(ed *editor, i int, start model.Date, s *analysis.Scheduled) string {
	e := ed.r.Efforts[i]
	if e.End != "" {
		if ed.r.Calendar != nil && s != nil {
			n := s.EF - s.ES
			e.DurationDays, e.End = &n, ""
		} else if from, err1 := model.ParseDate(e.Start); err1 == nil {
			to, err2 := model.ParseDate(ed.r.Calendar.NextWorkday(start))
			end, err3 := model.ParseDate(e.End)
			if err2 == nil && err3 == nil {
				e.End = model.DateFromDays(end + to - from)
			}
		}
	}
	was := e.Start
	e.Start = ed.r.Calendar.NextWorkday(start)
	ed.r.Efforts[i] = e
	ed.record(efforts.store, e.ID, e)
	if was == "" {
		return fmt.Sprintf("starts on %s", e.Start)
	}
	return fmt.Sprintf("moves from %s to %s", was, e.Start)
}
