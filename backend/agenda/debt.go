package agenda

import (
	"cmp"
	"slices"

	"tandem/backend/model"
)

// Debt is the coordination-debt trend: the days efforts waited while
// blocked, per week (Monday to Sunday), for the DebtWeeks weeks up to and
// including the week of asOf (which counts only up to asOf), oldest first.
// Trend compares the last three weeks with the three before: "rising",
// "falling" or "flat".
type Debt struct {
	Weeks []DebtWeek `json:"weeks"`
	Trend string     `json:"trend"`
}

// DebtWeek is one week of the trend: Week is its Monday.
type DebtWeek struct {
	Week          model.Date `json:"week"`
	BlockedDays   int        `json:"blockedDays"`
	CrossLaneDays int        `json:"crossLaneDays"` // of which the blocker is in another lane
}

// debtTrend counts blocked days from the events as SPEC §3.4 does (a block
// runs from its event until the effort's next event, or asOf; killed
// efforts left out) but in calendar days and per week, for efforts in scope.
// O(events log events).
func debtTrend(v *view, sc scope, asOf model.Date) Debt {
	today, err := model.ParseDate(asOf)
	if err != nil {
		return Debt{Weeks: []DebtWeek{}, Trend: "flat"}
	}
	monday := today - (int(model.Weekday(today))+6)%7
	first := monday - 7*(DebtWeeks-1)
	weeks := make([]DebtWeek, DebtWeeks)
	for i := range weeks {
		weeks[i].Week = model.DateFromDays(first + 7*i)
	}
	type ev struct {
		day, pos int
	}
	byEffort := map[string][]ev{}
	for i := range v.r.Events {
		e := &v.r.Events[i]
		day, err := model.ParseDate(e.Date)
		if err != nil || day > today {
			continue
		}
		byEffort[e.Effort] = append(byEffort[e.Effort], ev{day, i})
	}
	for id, evs := range byEffort {
		eff := v.efforts[id]
		if eff == nil || eff.EffectiveStatus() == model.StatusKilled || !sc.has(eff.Lane) {
			continue
		}
		slices.SortFunc(evs, func(a, b ev) int { return cmp.Or(a.day-b.day, a.pos-b.pos) })
		for k, e := range evs {
			me := &v.r.Events[e.pos]
			if me.Status != model.StatusBlocked {
				continue
			}
			until := today
			if k+1 < len(evs) {
				until = evs[k+1].day
			}
			cross := false
			if b := v.efforts[me.BlockedBy]; b != nil && b.Lane != eff.Lane {
				cross = true
			}
			for w := range weeks {
				lo, hi := max(e.day, first+7*w), min(until, first+7*w+7)
				if hi > lo {
					weeks[w].BlockedDays += hi - lo
					if cross {
						weeks[w].CrossLaneDays += hi - lo
					}
				}
			}
		}
	}
	recent, before := 0, 0
	for i, w := range weeks {
		if i >= DebtWeeks/2 {
			recent += w.BlockedDays
		} else {
			before += w.BlockedDays
		}
	}
	trend := "flat"
	switch {
	case recent > before:
		trend = "rising"
	case recent < before:
		trend = "falling"
	}
	return Debt{Weeks: weeks, Trend: trend}
}
