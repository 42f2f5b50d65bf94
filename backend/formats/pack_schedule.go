package formats

import (
	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// PackSchedule lays out the scheduled efforts of r (killed ones are not
// scheduled, so not drawn) into lane rows by their scheduled dates: the
// layout of the app (ghosts true) and of every drawn export (false). With
// ghosts, an effort that slipped keeps its row free from its planned start
// too, where the app draws its slip ghost (the planned bar, dashed, in the
// same row), so that a ghost never runs into a neighbour; the exports draw
// no ghosts and so keep their lanes as low as the bars allow.
func PackSchedule(r *model.Roadmap, res *analysis.Result, ghosts bool) *layout.Layout {
	lanes := make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		lanes[i] = l.ID
	}
	var planned map[string]int
	if ghosts {
		planned = plannedStarts(r, res)
	}
	items := make([]layout.Item, 0, len(res.Schedule))
	for _, s := range res.Schedule {
		from, err1 := model.ParseDate(s.Start)
		to, err2 := model.ParseDate(s.End)
		if err1 != nil || err2 != nil {
			continue
		}
		it := layout.Item{ID: s.ID, Lane: s.Lane, From: from, To: to, Milestone: s.EF == s.ES}
		if p, ok := planned[s.ID]; ok && s.SlipDays > 0 && p < from {
			it.From = p
		}
		items = append(items, it)
	}
	return layout.Pack(lanes, items)
}

// plannedStarts is the planned start of every effort that slipped (nil
// when none did).
func plannedStarts(r *model.Roadmap, res *analysis.Result) map[string]int {
	var out map[string]int
	for _, s := range res.Schedule {
		if s.SlipDays > 0 {
			out = make(map[string]int)
			break
		}
	}
	if out == nil {
		return nil
	}
	for i := range r.Efforts {
		e := &r.Efforts[i]
		if d, err := model.ParseDate(e.Start); err == nil {
			out[e.ID] = d
		}
	}
	return out
}
