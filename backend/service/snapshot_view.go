package service

import (
	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// FrozenView is a snapshot's frozen roadmap as present mode shows it: its
// name and date, the roadmap as it was, and that roadmap's analysis and
// lane layout.
type FrozenView struct {
	ID       string           `json:"id"`
	Name     string           `json:"name"`
	Date     model.Date       `json:"date"`
	Roadmap  *model.Roadmap   `json:"roadmap"`
	Analysis *analysis.Result `json:"analysis"`
	Layout   *layout.Layout   `json:"layout"`
}

// SnapshotView returns snapshot snapshotID of roadmap roadmapID to present
// (the analysis is computed once per snapshot and cached). It changes
// nothing; an unknown roadmap or snapshot is not_found.
func (s *Service) SnapshotView(roadmapID, snapshotID string) (*FrozenView, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, err := s.opened(roadmapID)
	if err != nil {
		return nil, err
	}
	for i := range o.r.Snapshots {
		snap := &o.r.Snapshots[i]
		if snap.ID != snapshotID {
			continue
		}
		f, err := s.frozenOf(snap)
		if err != nil {
			return nil, err
		}
		return &FrozenView{ID: snap.ID, Name: snap.Name, Date: snap.Date, Roadmap: snap.Roadmap, Analysis: f.res, Layout: packLanes(snap.Roadmap, f.res)}, nil
	}
	return nil, &Error{Code: CodeNotFound, Message: "roadmap " + roadmapID + " has no snapshot " + snapshotID}
}
