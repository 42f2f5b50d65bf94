package service

import (
	"strings"
	"unicode/utf8"

	"tandem/backend/model"
	"tandem/backend/sample"
)

// ListRoadmaps returns every roadmap in the store, sorted by name.
func (s *Service) ListRoadmaps() ([]RoadmapInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	list, err := s.store.List()
	if err != nil {
		return nil, err
	}
	out := make([]RoadmapInfo, len(list))
	for i, in := range list {
		out[i] = toInfo(in)
	}
	return out, nil
}

// StartupRoadmap returns what the app shows when it starts: the roadmap
// opened last, or else the first roadmap in the store, or else (first run)
// the built-in sample, which it adds to the store.
func (s *Service) StartupRoadmap() (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, err := s.store.Meta(metaLastOpened)
	if err != nil {
		return nil, err
	}
	if id != "" {
		snap, err := s.snapshot(id)
		if err == nil || AsError(err).Code != CodeNotFound {
			return snap, err
		}
		// The last opened roadmap was deleted: fall through.
	}
	list, err := s.store.List()
	if err != nil {
		return nil, err
	}
	if len(list) > 0 {
		return s.snapshot(list[0].ID)
	}
	r, err := model.Load(sample.Bytes())
	if err != nil {
		return nil, err
	}
	return s.create(r.Name, r)
}

// OpenRoadmap returns the roadmap with the given id.
func (s *Service) OpenRoadmap(id string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snapshot(id)
}

// CreateRoadmap adds an empty roadmap named name, starting today.
func (s *Service) CreateRoadmap(name string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	name, err := cleanName(name)
	if err != nil {
		return nil, err
	}
	r := &model.Roadmap{Format: model.Format, Version: model.Version, Name: name,
		Start: model.Date(s.now().Format("2006-01-02"))}
	return s.create(name, r)
}

// create validates r and stores it as a new roadmap named name.
func (s *Service) create(name string, r *model.Roadmap) (*Snapshot, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	r.Name = name
	info, err := s.store.Create(name, r)
	if err != nil {
		return nil, err
	}
	s.remember(info.ID, r, nil)
	return s.snapshot(info.ID)
}

// RenameRoadmap gives roadmap id a new name.
func (s *Service) RenameRoadmap(id, name string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	name, err := cleanName(name)
	if err != nil {
		return nil, err
	}
	if err := s.store.Rename(id, name); err != nil {
		return nil, err
	}
	delete(s.open, id)
	return s.snapshot(id)
}

// DeleteRoadmap removes roadmap id and its history from the store.
func (s *Service) DeleteRoadmap(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.store.Delete(id); err != nil {
		return err
	}
	delete(s.open, id)
	_ = s.forgetICS(id) // a setting left behind (a full disk) names no roadmap, and ids are not reused
	return nil
}

// cleanName trims a roadmap name and rejects an empty or overlong one.
func cleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", invalidf("a roadmap needs a name")
	case utf8.RuneCountInString(name) > model.MaxNameLength:
		return "", invalidf("roadmap name is %d characters; the limit is %d", utf8.RuneCountInString(name), model.MaxNameLength)
	}
	return name, nil
}
