package analysis

import (
	"fmt"

	"tandem/backend/model"
)

// CheckSchedule computes only the schedule of r (no conflicts, no
// integrations: a fraction of Analyze's cost) and fails as Analyze does
// when it cannot: on a dependency cycle, and with a *model.ValidationError
// naming the first effort the schedule puts outside the years
// model.MinYear..model.MaxYear. Importing a file runs it, so that a roadmap
// the analysis would refuse never reaches the store. r is expected to have
// passed model.Validate.
func CheckSchedule(r *model.Roadmap, opt Options) error {
	x, err := newIndex(r, model.DateOf(opt.today()), effortIDs(r), nil)
	if err != nil {
		return err
	}
	s, err := computeSchedule(x, newDepGraph(x))
	if err != nil {
		return err
	}
	return checkYears(x, s)
}

// checkYears fails with a *model.ValidationError when a live effort is
// scheduled to start before model.MinDay or to end after model.MaxDay:
// durations and lags are bounded one by one (model.MaxDays), but a chain
// of them, or a calendar with few working days, can still run past year
// 9999, which YYYY-MM-DD cannot write. Costs O(1) unless some effort is
// out of range (then one pass to name it).
func checkYears(x *index, s *schedule) error {
	if len(s.order) == 0 || x.cal.day(s.first) >= model.MinDay && x.cal.day(s.finish) <= model.MaxDay {
		return nil // s.finish is past every effort's last day
	}
	for i := int32(0); int(i) < x.n; i++ {
		if !x.live(i) {
			continue
		}
		first, last := x.cal.day(s.es[i]), x.cal.day(s.ef[i]-1)
		if x.dur[i] == 0 {
			last = first
		}
		var msg string
		switch {
		case first < model.MinDay:
			msg = fmt.Sprintf("scheduled to start on %s, before %s, the first day a date can have", model.DateFromDays(first), model.DateFromDays(model.MinDay))
		case last > model.MaxDay:
			msg = fmt.Sprintf("scheduled to end on %s, after %s, the last day a date can have (its dependencies, durations and lags add up past it)",
				model.DateFromDays(last), model.DateFromDays(model.MaxDay))
		default:
			continue
		}
		return &model.ValidationError{Problems: []model.Problem{{Path: model.EntityPath("efforts", int(i), x.ids[i]), Message: msg}}}
	}
	return nil
}
