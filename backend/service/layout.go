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
func layOut(o, prev *opened) {
	lanes, items := formats.ScheduleItems(o.r, o.res, true)
	if prev != nil && prev.lay != nil && prev.items != nil {
		o.lay, _ = layout.Repack(prev.lay, prev.items, lanes, items)
	} else {
		o.lay = layout.Pack(lanes, items)
	}
	o.items = items
}
