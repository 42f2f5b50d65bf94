package service

import (
	"fmt"
	"slices"

	"tandem/backend/model"
	"tandem/backend/store"
)

// AddLane adds a lane; an empty id is made from its name.
func (s *Service) AddLane(roadmapID string, lane model.Lane) (*Snapshot, error) {
	return s.edit(roadmapID, "Add lane "+lane.Name, func(ed *editor) error {
		if lane.ID == "" {
			lane.ID = newID(lane.Name, "lane", ed.r.Lanes, lanes.key)
		}
		return lanes.add(ed, lane)
	})
}

// UpdateLane replaces the lane with lane.ID.
func (s *Service) UpdateLane(roadmapID string, lane model.Lane) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit lane "+lane.Name, func(ed *editor) error {
		return lanes.update(ed, lane, func(old, v *model.Lane) { keepExtra(&v.Extra, old.Extra) })
	})
}

// MoveLane moves a lane to position index of the lane list (clamped to the
// list), shifting the others.
func (s *Service) MoveLane(roadmapID, laneID string, index int) (*Snapshot, error) {
	return s.edit(roadmapID, "Move lane "+laneID, func(ed *editor) error {
		i := find(ed.r.Lanes, laneID, lanes.key)
		if i < 0 {
			return notFoundf("no lane %q", laneID)
		}
		index = max(0, min(index, len(ed.r.Lanes)-1))
		if index == i {
			return nil
		}
		lane := ed.r.Lanes[i]
		ed.r.Lanes = slices.Insert(slices.Delete(ed.r.Lanes, i, i+1), index, lane)
		// The store orders by position: re-put every lane, in the new order,
		// each after all others.
		for _, l := range ed.r.Lanes {
			ed.changes = append(ed.changes, store.Change{Kind: store.KindLane, Key: l.ID, Value: l, Last: true})
		}
		return nil
	})
}

// DeleteLane removes a lane. Its efforts move to lane moveEffortsTo or,
// when that is "", are deleted with everything that names them; one
// undoable step either way.
func (s *Service) DeleteLane(roadmapID, laneID, moveEffortsTo string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete lane "+laneID, func(ed *editor) error {
		if moveEffortsTo == laneID {
			return invalidf("cannot move the efforts of lane %q into itself", laneID)
		}
		if moveEffortsTo != "" && find(ed.r.Lanes, moveEffortsTo, lanes.key) < 0 {
			return invalidf("no lane %q to move the efforts of lane %q to", moveEffortsTo, laneID)
		}
		if err := lanes.remove(ed, laneID); err != nil {
			return err
		}
		rituals.rewrite(ed, func(r *model.Ritual) bool { // a ritual no longer covers the lane
			n := len(r.Lanes)
			r.Lanes = slices.DeleteFunc(slices.Clone(r.Lanes), func(id string) bool { return id == laneID })
			return len(r.Lanes) != n
		})
		var doomed []string
		efforts.rewrite(ed, func(e *model.Effort) bool {
			if e.Lane != laneID {
				return false
			}
			if moveEffortsTo == "" {
				doomed = append(doomed, e.ID)
				return false
			}
			e.Lane = moveEffortsTo
			return true
		})
		for _, id := range doomed {
			if err := deleteEffort(ed, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// AddEffort adds an effort; an empty id is made from its title.
func (s *Service) AddEffort(roadmapID string, e model.Effort) (*Snapshot, error) {
	return s.edit(roadmapID, "Add effort "+e.Title, func(ed *editor) error {
		if e.ID == "" {
			e.ID = newID(e.Title, "effort", ed.r.Efforts, efforts.key)
		}
		return efforts.add(ed, e)
	})
}

// UpdateEffort replaces the effort with e.ID.
func (s *Service) UpdateEffort(roadmapID string, e model.Effort) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit effort "+e.Title, func(ed *editor) error {
		return efforts.update(ed, e, func(old, v *model.Effort) { keepExtra(&v.Extra, old.Extra) })
	})
}

// UpdateEfforts replaces several efforts in one undoable step (e.g. a
// multi-selection moved together).
func (s *Service) UpdateEfforts(roadmapID string, list []model.Effort) (*Snapshot, error) {
	return s.edit(roadmapID, fmt.Sprintf("Edit %d efforts", len(list)), func(ed *editor) error {
		for _, e := range list {
			if err := efforts.update(ed, e, func(old, v *model.Effort) { keepExtra(&v.Extra, old.Extra) }); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteEffort removes an effort together with the dependencies, links and
// events that name it, and takes it off the decisions that list it; all in
// one undoable step.
func (s *Service) DeleteEffort(roadmapID, effortID string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete effort "+effortID, func(ed *editor) error {
		return deleteEffort(ed, effortID)
	})
}

// DeleteEfforts removes several efforts, each as DeleteEffort does, in one
// undoable step (e.g. a multi-selection deleted at once).
func (s *Service) DeleteEfforts(roadmapID string, effortIDs []string) (*Snapshot, error) {
	return s.edit(roadmapID, fmt.Sprintf("Delete %d efforts", len(effortIDs)), func(ed *editor) error {
		for _, id := range effortIDs {
			if err := deleteEffort(ed, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// deleteEffort removes effort id and everything that names it.
func deleteEffort(ed *editor, id string) error {
	if err := efforts.remove(ed, id); err != nil {
		return err
	}
	dependencies.removeWhere(ed, func(d *model.Dependency) bool { return d.From == id || d.To == id })
	links.removeWhere(ed, func(l *model.Link) bool { return l.A == id || l.B == id })
	events.removeWhere(ed, func(e *model.Event) bool { return e.Effort == id || e.BlockedBy == id })
	decisions.rewrite(ed, func(d *model.Decision) bool {
		n := len(d.Efforts)
		d.Efforts = slices.DeleteFunc(d.Efforts, func(x string) bool { return x == id })
		return len(d.Efforts) != n
	})
	return nil
}

// AddSurface adds a surface; an empty id is made from its name.
func (s *Service) AddSurface(roadmapID string, v model.Surface) (*Snapshot, error) {
	return s.edit(roadmapID, "Add surface "+v.Name, func(ed *editor) error {
		if v.ID == "" {
			v.ID = newID(v.Name, "surface", ed.r.Surfaces, surfaces.key)
		}
		return surfaces.add(ed, v)
	})
}

// UpdateSurface replaces the surface with v.ID.
func (s *Service) UpdateSurface(roadmapID string, v model.Surface) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit surface "+v.Name, func(ed *editor) error {
		return surfaces.update(ed, v, func(old, v *model.Surface) { keepExtra(&v.Extra, old.Extra) })
	})
}

// DeleteSurface removes a surface and every effort's touch of it.
func (s *Service) DeleteSurface(roadmapID, surfaceID string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete surface "+surfaceID, func(ed *editor) error {
		if err := surfaces.remove(ed, surfaceID); err != nil {
			return err
		}
		efforts.rewrite(ed, func(e *model.Effort) bool {
			n := len(e.Touches)
			e.Touches = slices.DeleteFunc(e.Touches, func(t model.Touch) bool { return t.Surface == surfaceID })
			return len(e.Touches) != n
		})
		return nil
	})
}

// AddMetric adds a metric; an empty id is made from its name.
func (s *Service) AddMetric(roadmapID string, v model.Metric) (*Snapshot, error) {
	return s.edit(roadmapID, "Add metric "+v.Name, func(ed *editor) error {
		if v.ID == "" {
			v.ID = newID(v.Name, "metric", ed.r.Metrics, metrics.key)
		}
		return metrics.add(ed, v)
	})
}

// UpdateMetric replaces the metric with v.ID.
func (s *Service) UpdateMetric(roadmapID string, v model.Metric) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit metric "+v.Name, func(ed *editor) error {
		return metrics.update(ed, v, func(old, v *model.Metric) { keepExtra(&v.Extra, old.Extra) })
	})
}

// DeleteMetric removes a metric and every effort's move of it.
func (s *Service) DeleteMetric(roadmapID, metricID string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete metric "+metricID, func(ed *editor) error {
		if err := metrics.remove(ed, metricID); err != nil {
			return err
		}
		efforts.rewrite(ed, func(e *model.Effort) bool {
			n := len(e.Moves)
			e.Moves = slices.DeleteFunc(e.Moves, func(m model.Move) bool { return m.Metric == metricID })
			return len(e.Moves) != n
		})
		return nil
	})
}

// AddDependency adds a dependency; one that would close a cycle is refused.
func (s *Service) AddDependency(roadmapID string, d model.Dependency) (*Snapshot, error) {
	return s.edit(roadmapID, "Connect "+d.From+" to "+d.To, func(ed *editor) error {
		return dependencies.add(ed, d)
	})
}

// UpdateDependency replaces the dependency from d.From to d.To (type, lag).
func (s *Service) UpdateDependency(roadmapID string, d model.Dependency) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit dependency "+d.From+" to "+d.To, func(ed *editor) error {
		return dependencies.update(ed, d, func(old, v *model.Dependency) { keepExtra(&v.Extra, old.Extra) })
	})
}

// DeleteDependency removes the dependency from one effort to another.
func (s *Service) DeleteDependency(roadmapID, from, to string) (*Snapshot, error) {
	return s.edit(roadmapID, "Disconnect "+from+" from "+to, func(ed *editor) error {
		return dependencies.remove(ed, dependencies.key(&model.Dependency{From: from, To: to}))
	})
}

// AddLink declares two efforts as reinforcing or conflicting.
func (s *Service) AddLink(roadmapID string, l model.Link) (*Snapshot, error) {
	return s.edit(roadmapID, "Link "+l.A+" and "+l.B, func(ed *editor) error {
		return links.add(ed, l)
	})
}

// DeleteLink removes the link between efforts a and b.
func (s *Service) DeleteLink(roadmapID, a, b string) (*Snapshot, error) {
	return s.edit(roadmapID, "Unlink "+a+" and "+b, func(ed *editor) error {
		return links.remove(ed, links.key(&model.Link{A: a, B: b}))
	})
}

// keepExtra gives v the stored unknown keys when v brings none.
func keepExtra(v *model.Extra, old model.Extra) {
	if len(*v) == 0 {
		*v = old
	}
}
