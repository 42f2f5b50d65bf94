package formats

import (
	"math"
	"strconv"
	"strings"

	"tandem/backend/model"
)

// start sets the planned start of task i (see the package documentation):
// the actual start of a started or done task, the start of a manually
// scheduled one, the date of a start constraint, or the start a finish
// constraint implies; none for a task MS Project schedules as soon as
// possible. A summary's start constraint (Must or Start No Earlier Than)
// is a floor for the leaves under it that MS Project schedules.
func (m *mspdiMapper) start(i int, t *mspdiTask, ot *otask, leaf bool) error {
	milestone := leaf && ot.dur == 0
	m.floor[i] = noDay
	if ot.parent >= 0 {
		m.floor[i] = m.floor[ot.parent]
	}
	day, fixed := noDay, false
	var err error
	switch {
	case !leaf:
	case ot.status == model.StatusDone || ot.status == model.StatusActive:
		day, fixed, err = m.heldStart(t, t.ActualStart, "ActualStart", milestone)
	case t.Manual == "1":
		day, fixed, err = m.heldStart(t, t.ManualStart, "ManualStart", milestone)
	}
	if err != nil {
		return err
	}
	if !fixed {
		d, err := m.constraint(t, ot.dur, milestone)
		if err != nil {
			return err
		}
		if !leaf {
			if ct := strings.TrimSpace(t.ConstraintType); ct == "2" || ct == "4" {
				m.floor[i] = max(m.floor[i], d)
			}
			return nil
		}
		day = max(d, m.floor[i])
	}
	if day != noDay {
		ot.start = model.DateFromDays(day)
	}
	return nil
}

// heldStart is the day a task is held at by its date v (element field),
// else by its Start; fixed is false when the task has neither.
func (m *mspdiMapper) heldStart(t *mspdiTask, v, field string, milestone bool) (day int, fixed bool, err error) {
	if v == "" {
		v, field = t.Start, "Start"
	}
	if v == "" {
		return noDay, false, nil
	}
	d, err := m.startDay(v, milestone)
	if err != nil {
		return noDay, false, taskError(t, field, "%v", err)
	}
	return d, true, nil
}

// startDay is the working day a task starting at date-time v starts on: a
// start at or after the end of the working day (DefaultFinishTime) is the
// next working day's; a start on a day off moves to the next working day.
func (m *mspdiMapper) startDay(v string, milestone bool) (int, error) {
	day, err := datePart(v)
	if err != nil {
		return 0, err
	}
	if !milestone && clockPart(v) >= m.dayEnd {
		day++
	}
	return m.week.Next(day), nil
}

// constraint returns the start-no-earlier-than day a task's constraint
// gives, or noDay. Must/Start No Earlier Than (2, 4) give their date;
// Must/Finish No Earlier Than (3, 6) the start that finishes on their date
// (a finish at or before the start of the working day is the previous
// working day's). As Late As Possible (1) and the "no later than"
// constraints (5, 7) are deadlines the model cannot hold: none.
func (m *mspdiMapper) constraint(t *mspdiTask, dur int, milestone bool) (int, error) {
	ct := strings.TrimSpace(t.ConstraintType)
	switch ct {
	case "", "0", "1", "5", "7":
		return noDay, nil
	case "2", "3", "4", "6":
	default:
		return 0, taskError(t, "ConstraintType", "unknown constraint type %q (want 0 to 7)", ct)
	}
	v := strings.TrimSpace(t.ConstraintDate)
	if v == "" {
		return noDay, nil
	}
	if ct == "2" || ct == "4" {
		d, err := m.startDay(v, milestone)
		if err != nil {
			return 0, taskError(t, "ConstraintDate", "%v", err)
		}
		return d, nil
	}
	finish, err := datePart(v)
	if err != nil {
		return 0, taskError(t, "ConstraintDate", "%v", err)
	}
	if milestone {
		return m.week.Next(finish), nil
	}
	if clockPart(v) <= m.dayStart {
		finish--
	}
	return m.week.Add(m.week.Prev(finish), -max(dur-1, 0)), nil
}

// duration converts a task's Duration into whole working days (see
// workDays); an elapsed duration counts calendar time, 24 hours a day,
// scaled by the working days of a week. A milestone lasts 0 days.
func (m *mspdiMapper) duration(t *mspdiTask) (int, error) {
	if t.Milestone == "1" {
		return 0, nil
	}
	v := strings.TrimSpace(t.Duration)
	if v == "" {
		return 0, nil
	}
	minutes, err := parseXSDDuration(v)
	if err != nil {
		return 0, taskError(t, "Duration", "%v", err)
	}
	d := workDays(minutes, m.perDay)
	if elapsedFormats[strings.TrimSpace(t.DurationFormat)] {
		d = workDays(minutes/1440*float64(m.week.PerWeek())/7, 1)
	}
	if d > maxDays {
		return 0, taskError(t, "Duration", "%q: %v", v, errTooLong)
	}
	return d, nil
}

// lag converts a link's LinkLag (always tenths of a minute, whatever its
// LagFormat says, except a percentage) into whole working days: a percent
// lag is that share of the predecessor's duration, an elapsed lag counts
// calendar time as for durations. Negative lags (leads) round alike.
func (m *mspdiMapper) lag(t *mspdiTask, l mspdiLink, pred int) (int, error) {
	v := strings.TrimSpace(l.LinkLag)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, taskError(t, "PredecessorLink", "LinkLag %q is not a number", v)
	}
	days := n / 10 / m.perDay
	switch format := strings.TrimSpace(l.LagFormat); {
	case percentFormats[format]:
		days = n / 100 * float64(m.dur[pred])
	case elapsedFormats[format]:
		days = n / 10 / 1440 * float64(m.week.PerWeek()) / 7
	}
	if math.Abs(days) > maxDays {
		return 0, taskError(t, "PredecessorLink", "LinkLag %q: %v", v, errTooLong)
	}
	return roundDays(days), nil
}
