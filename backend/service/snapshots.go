package service

import (
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/store"
)

// SnapshotInfo is a snapshot as the UI sees it: without its frozen roadmap
// (which can be as big as the roadmap itself), but with the keys of the
// conflicts it had (analysis.Conflict.Key), so that a view can tell the
// conflicts that are new since (absent from the latest snapshot).
type SnapshotInfo struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Date      model.Date `json:"date"`
	Hash      string     `json:"hash"`
	Conflicts []string   `json:"conflicts"`
}

var snapshots = kind[model.Snapshot]{store.KindSnapshot, "snapshot",
	func(r *model.Roadmap) *[]model.Snapshot { return &r.Snapshots },
	func(v *model.Snapshot) string { return v.ID }}

// TakeSnapshot freezes the whole roadmap under name (empty: "Snapshot
// DATE"), dated the roadmap's asOf, else today; its id is made from the
// name. One undoable step; the snapshot is immutable afterwards (delete it
// and take another).
func (s *Service) TakeSnapshot(roadmapID, name string) (*Snapshot, error) {
	name = strings.TrimSpace(name)
	return s.edit(roadmapID, "Take snapshot "+name, func(ed *editor) error {
		date := ed.r.AsOf
		if date == "" {
			date = model.DateOf(s.now())
		}
		if name == "" {
			name = "Snapshot " + string(date)
		}
		id := newID(name, "snapshot", ed.r.Snapshots, snapshots.key)
		snap, err := ed.r.Freeze(id, name, date)
		if err != nil {
			return err
		}
		return snapshots.add(ed, snap)
	})
}

// DeleteSnapshot removes a snapshot; one undoable step.
func (s *Service) DeleteSnapshot(roadmapID, snapshotID string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete snapshot "+snapshotID, func(ed *editor) error {
		return snapshots.remove(ed, snapshotID)
	})
}

// frozen is the analysis of a frozen roadmap and its conflict keys. Frozen
// roadmaps never change, so they are cached by hash for the service's life.
type frozen struct {
	res  *analysis.Result
	keys []string
}

// frozenOf returns the cached analysis of snapshot snap, computing it once.
func (s *Service) frozenOf(snap *model.Snapshot) (*frozen, error) {
	if f, ok := s.frozen[snap.Hash]; ok {
		return f, nil
	}
	res, err := analyze(snap.Roadmap, s.now())
	if err != nil {
		return nil, err
	}
	f := &frozen{res: res, keys: make([]string, len(res.Conflicts))}
	for i := range res.Conflicts {
		f.keys[i] = res.Conflicts[i].Key()
	}
	s.frozen[snap.Hash] = f
	return f, nil
}

// snapshotInfos lists r's snapshots for the UI, analysing each once.
func (s *Service) snapshotInfos(r *model.Roadmap) ([]SnapshotInfo, error) {
	out := make([]SnapshotInfo, len(r.Snapshots))
	for i := range r.Snapshots {
		snap := &r.Snapshots[i]
		f, err := s.frozenOf(snap)
		if err != nil {
			return nil, err
		}
		out[i] = SnapshotInfo{ID: snap.ID, Name: snap.Name, Date: snap.Date, Hash: snap.Hash, Conflicts: f.keys}
	}
	return out, nil
}
