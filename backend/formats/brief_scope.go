package formats

import (
	"slices"

	"tandem/backend/analysis"
	"tandem/backend/formats/scope"
	"tandem/backend/model"
)

// briefScope is what a read export shows under ExportOptions: the lanes
// and the time window, and so the scheduled efforts of those lanes whose
// scheduled days overlap the window (a milestone: whose day is in it).
type briefScope struct {
	lanes    map[string]bool // nil: every lane
	from, to int             // the window, day numbers, inclusive
	window   bool            // false: the whole roadmap
	shown    map[string]bool // ids of the scheduled efforts shown
	count    int             // len(shown)
	total    int             // scheduled efforts in all
	laneList []string        // the lane ids shown, in the roadmap's order (nil: all)
}

// newBriefScope checks opts against r (unknown lanes, bad dates and a
// window that ends before it starts are errors, worded as the drawn
// exports word them; spaces around a lane id are ignored) and picks the efforts of
// res.Schedule shown. An empty From or To leaves that side of the window
// open. It runs in O(lanes + efforts).
func newBriefScope(r *model.Roadmap, res *analysis.Result, opts ExportOptions) (*briefScope, error) {
	sc := &briefScope{total: len(res.Schedule), from: minDay, to: maxDay}
	if len(opts.Lanes) > 0 {
		shown, err := scope.Lanes(r, opts.Lanes)
		if err != nil {
			return nil, err
		}
		sc.lanes = shown
		for _, id := range laneIDs(r) {
			if sc.lanes[id] {
				sc.laneList = append(sc.laneList, id)
			}
		}
	}
	var err error
	if sc.from, sc.to, err = scope.Window(opts.From, opts.To, minDay, maxDay); err != nil {
		return nil, err
	}
	sc.window = opts.From != "" || opts.To != ""
	sc.shown = make(map[string]bool, len(res.Schedule))
	for i := range res.Schedule {
		s := &res.Schedule[i]
		if sc.lanes != nil && !sc.lanes[s.Lane] {
			continue
		}
		if sc.window && !sc.scheduledIn(s) {
			continue
		}
		sc.shown[s.ID] = true
	}
	sc.count = len(sc.shown)
	return sc, nil
}

// Day numbers beyond any date the model writes, for an open window side.
const (
	minDay = -1 << 40
	maxDay = 1 << 40
)

// overlaps reports whether the days first..last (day numbers, inclusive)
// meet the window.
func (sc *briefScope) overlaps(first, last int) bool { return first <= sc.to && last >= sc.from }

// scheduledIn reports whether the scheduled dates s.Start..s.End meet the
// window (dates that do not parse count as meeting it).
func (sc *briefScope) scheduledIn(s *analysis.Scheduled) bool {
	a, err1 := model.ParseDate(s.Start)
	b, err2 := model.ParseDate(s.End)
	return err1 != nil || err2 != nil || sc.overlaps(a, b)
}

// plannedIn reports whether the planned dates of e meet the window: its
// start to its end, or to start + durationDays - 1 (calendar days); an
// effort without a start cannot be placed and counts as meeting it.
func (sc *briefScope) plannedIn(e *model.Effort) bool {
	a, err := model.ParseDate(e.Start)
	if err != nil {
		return true
	}
	b := a
	if n, err := model.ParseDate(e.End); err == nil {
		b = n
	} else if e.DurationDays != nil {
		b = a + max(*e.DurationDays-1, 0)
	}
	return sc.overlaps(a, b)
}

// laneShown reports whether lane id is among the lanes shown.
func (sc *briefScope) laneShown(id string) bool { return sc.lanes == nil || sc.lanes[id] }

// anyShown reports whether one of ids is shown.
func (sc *briefScope) anyShown(ids ...string) bool {
	return slices.ContainsFunc(ids, func(id string) bool { return sc.shown[id] })
}

// filtered reports whether the options narrow what is shown.
func (sc *briefScope) filtered() bool { return sc.lanes != nil || sc.window }

// laneIDs lists r's lane ids in order.
func laneIDs(r *model.Roadmap) []string {
	ids := make([]string, len(r.Lanes))
	for i, l := range r.Lanes {
		ids[i] = l.ID
	}
	return ids
}
