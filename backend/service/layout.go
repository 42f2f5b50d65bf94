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
