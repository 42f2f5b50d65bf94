package service

import (
	"slices"

	"tandem/backend/model"
	"tandem/backend/store"
)

var rituals = kind[model.Ritual]{store.KindRitual, "ritual",
	func(r *model.Roadmap) *[]model.Ritual { return &r.Rituals },
	func(v *model.Ritual) string { return v.ID }}

// AddRitual adds a recurring meeting (name, cadence, weekday, lanes); an
// empty id is made from its name.
func (s *Service) AddRitual(roadmapID string, r model.Ritual) (*Snapshot, error) {
	return s.edit(roadmapID, "Add ritual "+r.Name, func(ed *editor) error {
		if r.ID == "" {
			r.ID = newID(r.Name, "ritual", ed.r.Rituals, rituals.key)
		}
		r.Lanes = slices.Clone(r.Lanes)
		return rituals.add(ed, r)
	})
}

// UpdateRitual replaces the ritual with r.ID.
func (s *Service) UpdateRitual(roadmapID string, r model.Ritual) (*Snapshot, error) {
	return s.edit(roadmapID, "Edit ritual "+r.Name, func(ed *editor) error {
		r.Lanes = slices.Clone(r.Lanes)
		return rituals.update(ed, r, func(old, v *model.Ritual) { keepExtra(&v.Extra, old.Extra) })
	})
}

// DeleteRitual removes a ritual.
func (s *Service) DeleteRitual(roadmapID, ritualID string) (*Snapshot, error) {
	return s.edit(roadmapID, "Delete ritual "+ritualID, func(ed *editor) error {
		return rituals.remove(ed, ritualID)
	})
}
