package service

import (
	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// packLanes lays out the scheduled efforts of r (killed ones are not
// scheduled, so not drawn) into lane rows by their scheduled dates.
func packLanes(r *model.Roadmap, res *analysis.Result) *layout.Layout {
	lanes := make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		lanes[i] = l.ID
	}
	items := make([]layout.Item, 0, len(res.Schedule))
	for _, s := range res.Schedule {
		from, err1 := model.ParseDate(s.Start)
		to, err2 := model.ParseDate(s.End)
		if err1 != nil || err2 != nil {
			continue // the analysis writes valid dates; nothing to place otherwise
		}
		items = append(items, layout.Item{ID: s.ID, Lane: s.Lane, From: from, To: to, Milestone: s.EF == s.ES})
	}
	return layout.Pack(lanes, items)
}
