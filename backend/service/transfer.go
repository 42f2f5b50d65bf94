package service

import (
	"strings"

	"tandem/backend/formats"
	"tandem/backend/model"
)

// ExportFormats names the formats ExportRoadmap and ExportFile write.
const ExportFormats = "tandem"

// ImportRoadmap adds the roadmap file content to the store as a new roadmap,
// all or nothing. fileName (may be "") helps tell the format: a Tandem file
// (.tandem/.json), CSV, MS Project XML or GanttProject (.gan); see
// backend/formats. An empty name keeps the file's own name.
func (s *Service) ImportRoadmap(name, fileName, content string) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := loadFile([]byte(content), fileName)
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

// ExportFile reads a roadmap file of any format ImportRoadmap reads and
// renders it in format, for the command line's export without a store.
func ExportFile(data []byte, fileName, format string) ([]byte, error) {
	r, err := loadFile(data, fileName)
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

// loadFile reads and validates a roadmap file in any format backend/formats
// reads; any failure is bad input.
func loadFile(data []byte, fileName string) (*model.Roadmap, error) {
	r, err := formats.Read(data, fileName)
	if err != nil {
		return nil, &Error{Code: CodeInvalid, Message: err.Error()}
	}
	return r, nil
}
