package service

import (
	"strings"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// ExportFormats names the formats ExportRoadmap and ExportFile write, comma
// separated, for messages and help.
func ExportFormats() string { return strings.Join(formats.ExportFormats(), ", ") }

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

// ExportRoadmap renders roadmap id in format (one of ExportFormats) with
// the whole roadmap shown.
func (s *Service) ExportRoadmap(id, format string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := formats.WriterFor(format); !ok {
		return "", unknownFormat(format)
	}
	o, err := s.analyzed(id)
	if err != nil {
		return "", err
	}
	b, err := export(o.r, o.res, o.lay, s.now(), format, formats.ExportOptions{})
	return string(b), err
}

// ExportFile reads a roadmap file of any format ImportRoadmap reads and
// renders it in format with opts, for the command line's export without a
// store; now is "today" for a roadmap without asOf.
func ExportFile(data []byte, fileName, format string, opts formats.ExportOptions, now time.Time) ([]byte, error) {
	if _, ok := formats.WriterFor(format); !ok {
		return nil, unknownFormat(format)
	}
	r, res, err := analyzeFile(data, fileName, now)
	if err != nil {
		return nil, err
	}
	return export(r, res, packLanes(r, res), now, format, opts)
}

// export renders a valid roadmap, with its analysis and layout, in format.
// Today is the roadmap's asOf, else now. A writer's failure on a valid
// roadmap is bad input (say, options naming an unknown lane).
func export(r *model.Roadmap, res *analysis.Result, lay *layout.Layout, now time.Time, format string, opts formats.ExportOptions) ([]byte, error) {
	w, ok := formats.WriterFor(format)
	if !ok {
		return nil, unknownFormat(format)
	}
	today := r.AsOf
	if today == "" {
		today = model.DateOf(now)
	}
	b, err := w.Write(&formats.ExportInput{Roadmap: r, Analysis: res, Layout: lay, Today: today, Options: opts})
	if err != nil {
		return nil, invalid(err)
	}
	return b, nil
}

func unknownFormat(format string) error {
	return invalidf("unknown export format %q (known: %s)", format, ExportFormats())
}

// loadFile reads and validates a roadmap file in any format backend/formats
// reads; any failure is bad input.
func loadFile(data []byte, fileName string) (*model.Roadmap, error) {
	r, err := formats.Read(data, fileName)
	if err != nil {
		return nil, invalid(err)
	}
	return r, nil
}
