package formats

import (
	"math"

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
	return layout.Pack(ScheduleItems(r, res, ghosts))
}

// ScheduleItems is what PackSchedule packs: the ids of r's lanes and a bar
// for each scheduled effort, in res.Schedule's order (so that
// layout.Repack can pack again only the lanes an edit changed).
func ScheduleItems(r *model.Roadmap, res *analysis.Result, ghosts bool) (lanes []string, items []layout.Item) {
	lanes = make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		lanes[i] = l.ID
	}
	var planned map[string]int
	if ghosts {
		planned = plannedStarts(r, res)
	}
	items = make([]layout.Item, 0, len(res.Schedule))
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
	return lanes, items
}

// plannedStarts is the planned start of every effort that slipped (nil
// when none did). Only those efforts' starts are read.
func plannedStarts(r *model.Roadmap, res *analysis.Result) map[string]int {
	n := 0
	for i := range res.Schedule {
		if res.Schedule[i].SlipDays > 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make(map[string]int, n)
	for i := range res.Schedule {
		if s := &res.Schedule[i]; s.SlipDays > 0 {
			out[s.ID] = noStart
		}
	}
	for i := range r.Efforts {
		e := &r.Efforts[i]
		if _, ok := out[e.ID]; !ok {
			continue
		}
		if d, err := model.ParseDate(e.Start); err == nil {
			out[e.ID] = d
		} else {
			delete(out, e.ID)
		}
	}
	for id, d := range out {
		if d == noStart {
			delete(out, id) // scheduled but not an effort of r: no planned start
		}
	}
	return out
}

// noStart marks, in plannedStarts, a slipped effort whose start is not known yet.
const noStart = math.MinInt
