package service

import (
	"strings"

	"tandem/backend/model"
)

// ExportFormats names the formats ExportRoadmap and ExportFile write.
const ExportFormats = "tandem"

// ImportRoadmap adds the roadmap file content to the store as a new roadmap,
// all or nothing. An empty name keeps the file's own name. Today the native
// format is read; other formats come with their importers.
func (s *Service) ImportRoadmap(name, content string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := loadFile([]byte(content))
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(name) == "" {
		name = r.Name
	}
	if name, err = cleanName(name); err != nil {
		return nil, err
	}
	return s.create(name, r)
}

// ExportRoadmap renders roadmap id in format (one of ExportFormats).
func (s *Service) ExportRoadmap(id, format string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := s.roadmap(id)
	if err != nil {
		return "", err
	}
	b, err := export(r, format)
	return string(b), err
}

// ExportFile reads a roadmap file and renders it in format, for the command
// line's export of a file without a store.
func ExportFile(data []byte, format string) ([]byte, error) {
	r, err := loadFile(data)
	if err != nil {
		return nil, err
	}
	return export(r, format)
}

// export renders a valid roadmap in format.
func export(r *model.Roadmap, format string) ([]byte, error) {
	switch format {
	case "tandem":
		return r.Marshal()
	}
	return nil, invalidf("unknown export format %q (known: %s)", format, ExportFormats)
}

// loadFile reads and validates a roadmap file; any failure is bad input.
func loadFile(data []byte) (*model.Roadmap, error) {
	r, err := model.Load(data)
	if err != nil {
		return nil, &Error{Code: CodeInvalid, Message: err.Error()}
	}
	return r, nil
}
