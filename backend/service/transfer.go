package service

import (
	"strings"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/model"
)

// ExportFormats names the formats ExportRoadmap and ExportFile write, comma
// separated, for messages and help.
func ExportFormats() string { return strings.Join(formats.ExportFormats(), ", ") }

// ImportRoadmap adds the roadmap file content to the store as a new roadmap,
// all or nothing. fileName (may be "") helps tell the format: a Tandem file
// (.tandem/.json), CSV, MS Project XML or GanttProject (.gan); see
// backend/formats. An empty name keeps the file's own name. The roadmap is
// analysed before anything is written: one the analysis refuses (its
// schedule runs past year 9999) is bad input, and the new roadmap opens
// with its analysis at hand.
func (s *Service) ImportRoadmap(name, fileName, content string) (*Snapshot, error) {
	return s.ImportRoadmapData(name, fileName, []byte(content))
}

// ImportRoadmapData is ImportRoadmap with the file as bytes, for serve
// mode, which decodes the request's file argument straight into data
// rather than into a string ImportRoadmap would copy (a large file would
// then be held twice). data is read, never written, and not kept: once
// read, the caller's reference is the only one, so a caller that drops its
// own frees the file's bytes before the analysis. Not in API: the desktop
// binds ImportRoadmap only.
func (s *Service) ImportRoadmapData(name, fileName string, data []byte) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := readImport(name, fileName, data)
	if err != nil {
		return nil, err
	}
	o, err := openEntry(r, s.now())
	if err != nil {
		return nil, &Error{Code: CodeInvalid, Message: err.Error()}
	}
	info, err := s.store.Create(r.Name, r)
	if err != nil {
		return nil, err
	}
	s.open[info.ID] = o
	return s.snapshot(info.ID)
}

// ImportFile adds the roadmap file data to svc's store as ImportRoadmap
// does and returns the new roadmap's info, for the command line: it
// computes only the schedule (analysis.CheckSchedule, to refuse what the
// analysis would), not the whole analysis, which a large file would wait
// for in vain. (ImportCSVFile imports a CSV file without holding it.) It
// is a function, not a method, so that the app does not
// bind it.
func ImportFile(svc *Service, name, fileName string, data []byte) (RoadmapInfo, error) {
	svc.mu.Lock()
	defer svc.mu.Unlock()
	r, err := readImport(name, fileName, data)
	if err != nil {
		return RoadmapInfo{}, err
	}
	if err := analysis.CheckSchedule(r, analysis.Options{Today: svc.now()}); err != nil {
		return RoadmapInfo{}, &Error{Code: CodeInvalid, Message: err.Error()}
	}
	info, err := svc.store.Create(r.Name, r)
	if err != nil {
		return RoadmapInfo{}, err
	}
	return svc.info(info.ID)
}

// readImport reads and validates a file to import and names it: name,
// else the file's own name (see cleanName).
func readImport(name, fileName string, data []byte) (*model.Roadmap, error) {
	r, err := loadFile(data, fileName)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(name) == "" {
		name = r.Name
	}
	if r.Name, err = cleanName(name); err != nil {
		return nil, err
	}
	return r, nil
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
	b, err := s.exportStored(id, o, format, formats.ExportOptions{})
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
	return export(r, res, now, format, opts)
}

// export renders a valid roadmap, with its analysis, in format, drawn
// exports on a layout without the app's room for slip ghosts (they draw
// none). Today is the roadmap's asOf, else now. A writer's failure on a
// valid roadmap is bad input (say, options naming an unknown lane).
func export(r *model.Roadmap, res *analysis.Result, now time.Time, format string, opts formats.ExportOptions) ([]byte, error) {
	w, ok := formats.WriterFor(format)
	if !ok {
		return nil, unknownFormat(format)
	}
	today := r.AsOf
	if today == "" {
		today = model.DateOf(now)
	}
	b, err := w.Write(&formats.ExportInput{Roadmap: r, Analysis: res, Today: today, Options: opts})
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
	r, _, err := loadFileIndexed(data, fileName)
	return r, err
}

// loadFileIndexed is loadFile that also returns the roadmap's model.Index
// when the reader made one (see formats.ReadIndexed), else nil.
func loadFileIndexed(data []byte, fileName string) (*model.Roadmap, *model.Index, error) {
	r, mx, err := formats.ReadIndexed(data, fileName)
	if err != nil {
		return nil, nil, invalid(err)
	}
	return r, mx, nil
}
