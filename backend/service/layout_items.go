package service

import (
	"tandem/backend/layout"
	"tandem/backend/model"
)

// editItems is formats.ScheduleItems(o.r, o.res, true)'s bars, made from
// prev's for an edit from prev that changed only the efforts whose ids
// changed names (any other entity besides): a bar depends on its schedule
// row and, when the effort slipped, on the effort's planned start, so a bar
// whose row is the same and whose effort, if it slipped, is not in changed
// is prev's. ok is false when the schedules do not line up (an effort added,
// removed, killed or revived), prev's bars are not one per row, or o has no
// model index: then make them all (ScheduleItems). O(n) comparisons of rows
// instead of parsing every row's dates and reading every slipped effort's.
func editItems(prev, o *opened, changed map[string]bool) (items []layout.Item, ok bool) {
	ps, ns := prev.res.Schedule, o.res.Schedule
	if len(ps) != len(ns) || len(prev.items) != len(ps) || o.mx == nil {
		return nil, false
	}
	items = make([]layout.Item, len(ns))
	for k := range ns {
		s := &ns[k]
		if s.ID != ps[k].ID {
			return nil, false
		}
		if *s == ps[k] && (s.SlipDays == 0 || !changed[s.ID]) {
			items[k] = prev.items[k]
			continue
		}
		from, err1 := model.ParseDate(s.Start)
		to, err2 := model.ParseDate(s.End)
		if err1 != nil || err2 != nil {
			return nil, false // ScheduleItems leaves the row out
		}
		it := layout.Item{ID: s.ID, Lane: s.Lane, From: from, To: to, Milestone: s.EF == s.ES}
		if s.SlipDays > 0 {
			if i := o.mx.Effort(s.ID); i >= 0 {
				if p, err := model.ParseDate(o.r.Efforts[i].Start); err == nil && p < from {
					it.From = p
				}
			}
		}
		items[k] = it
	}
	return items, true
}
