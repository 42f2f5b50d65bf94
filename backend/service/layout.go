package service

import (
	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// packLanes lays out the scheduled efforts of r (killed ones are not
// scheduled, so not drawn) into lane rows by their scheduled dates, with
// room for the slip ghosts the app draws.
func packLanes(r *model.Roadmap, res *analysis.Result) *layout.Layout {
	return formats.PackSchedule(r, res, true)
}

// layOut sets o's layout (packLanes of its roadmap and analysis) and the
// bars it packed. With prev (the roadmap's entry before an edit, undo or
// redo) laid out, only the lanes whose bars changed are packed again
// (layout.Repack): the same layout, without packing every lane per edit.
// changed, when not nil, names the efforts the edit from prev changed: the
// bars of the others are then prev's where their schedule rows are the
// same (editItems).
func layOut(o, prev *opened, changed map[string]bool) {
	lanes, items := laneIDs(o.r), []layout.Item(nil)
	ok := false
	if prev != nil && prev.res != nil && prev.items != nil && changed != nil {
		items, ok = editItems(prev, o, changed)
	}
	if !ok {
		lanes, items = formats.ScheduleItems(o.r, o.res, true)
	}
	if prev != nil && prev.lay != nil && prev.items != nil {
		o.lay, _ = layout.Repack(prev.lay, prev.items, lanes, items)
	} else {
		o.lay = layout.Pack(lanes, items)
	}
	o.items = items
}

// laneIDs lists the ids of r's lanes, as formats.ScheduleItems does.
func laneIDs(r *model.Roadmap) []string {
	ids := make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		ids[i] = l.ID
	}
	return ids
}
