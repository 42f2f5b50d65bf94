package analysis

import "tandem/backend/model"

// indexTouches builds the touch CSR. An effort that names one surface twice
// touches it once; "changes" wins over "relies". Unknown modes are ignored.
func (x *index) indexTouches() {
	r := x.r
	ids := newIDTable(len(r.Surfaces))
	for _, s := range r.Surfaces {
		ids.add(s.ID, -1)
	}
	x.tOff = make([]int32, x.n+1)
	total := 0
	for i := range r.Efforts {
		total += len(r.Efforts[i].Touches)
	}
	x.tSurface, x.tChanges = make([]int32, 0, total), make([]bool, 0, total)
	for i := range r.Efforts {
		x.tOff[i] = int32(len(x.tSurface))
		if x.flags[i]&flagKilled != 0 {
			continue
		}
		first := len(x.tSurface)
	touches:
		for _, t := range r.Efforts[i].Touches {
			changes := t.Mode == model.ModeChanges
			if !changes && t.Mode != model.ModeRelies {
				continue
			}
			s, _ := ids.add(t.Surface, -1)
			for k := first; k < len(x.tSurface); k++ {
				if x.tSurface[k] == s {
					x.tChanges[k] = x.tChanges[k] || changes
					continue touches
				}
			}
			x.tSurface = append(x.tSurface, s)
			x.tChanges = append(x.tChanges, changes)
		}
	}
	x.tOff[x.n] = int32(len(x.tSurface))
	x.surfaceIDs = ids.keys
}

// indexMoves builds the move CSR. An effort that names one metric twice moves
// it once, in the direction named first. Unknown directions are ignored.
func (x *index) indexMoves() {
	r := x.r
	ids := newIDTable(len(r.Metrics))
	for _, m := range r.Metrics {
		ids.add(m.ID, -1)
	}
	x.mOff = make([]int32, x.n+1)
	total := 0
	for i := range r.Efforts {
		total += len(r.Efforts[i].Moves)
	}
	x.mMetric, x.mUp = make([]int32, 0, total), make([]bool, 0, total)
	for i := range r.Efforts {
		x.mOff[i] = int32(len(x.mMetric))
		if x.flags[i]&flagKilled != 0 {
			continue
		}
		first := len(x.mMetric)
	moves:
		for _, mv := range r.Efforts[i].Moves {
			up := mv.Direction == model.DirectionUp
			if !up && mv.Direction != model.DirectionDown {
				continue
			}
			m, _ := ids.add(mv.Metric, -1)
			for k := first; k < len(x.mMetric); k++ {
				if x.mMetric[k] == m {
					continue moves
				}
			}
			x.mMetric = append(x.mMetric, m)
			x.mUp = append(x.mUp, up)
		}
	}
	x.mOff[x.n] = int32(len(x.mMetric))
	x.metricIDs = ids.keys
}
