package service

import (
	"io"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/model"
)

// analyze computes every analysis of a valid roadmap (SPEC §3), with now as
// "today" for a roadmap without asOf. A variable only so that a test can
// count the calls (ImportFile makes none).
var analyze = func(r *model.Roadmap, now time.Time) (*analysis.Result, error) {
	return analysis.Analyze(r, analysis.Options{Today: now})
}

// analyzeFile reads a roadmap file (any format ImportRoadmap reads) and
// analyses it with now as "today"; a roadmap the analysis refuses is bad input.
func analyzeFile(data []byte, fileName string, now time.Time) (*model.Roadmap, *analysis.Result, error) {
	r, err := loadFile(data, fileName)
	if err != nil {
		return nil, nil, err
	}
	res, err := analyze(r, now)
	if err != nil {
		return nil, nil, invalid(err)
	}
	return r, res, nil
}

// AnalyzeFile reads a roadmap file (any format ImportRoadmap reads) and
// writes its analysis to w for the command line: text for people, or with
// asJSON the object of SPEC §4 (one line of deterministic JSON and a
// newline). The analysis is an analysis.Compact, whose rows are made as
// they are written: the answer is never whole in memory. Bad input is an
// *Error (CodeInvalid) returned before anything is written; any other error
// is w's. It is ReadForAnalysis followed by WriteAnalysis.
func AnalyzeFile(w io.Writer, data []byte, fileName string, asJSON bool) error {
	f, err := ReadForAnalysis(data, fileName)
	if err != nil {
		return err
	}
	return f.WriteAnalysis(w, asJSON)
}

// FileRoadmap is a roadmap file read for AnalyzeFile, before its analysis.
type FileRoadmap struct {
	r         *model.Roadmap
	mx        *model.Index // nil when the reader made none
	unchecked bool         // r is parsed only: WriteAnalysis validates it
}

// ReadForAnalysis reads a roadmap file (any format ImportRoadmap reads)
// for WriteAnalysis; bad input is an *Error (CodeInvalid). A native file
// is only parsed here: WriteAnalysis validates it beside the analysis. The
// result shares no memory with data: the caller may reuse or unmap data
// as soon as it returns (the command line does, so that a large file and
// the analysis are never in memory together).
func ReadForAnalysis(data []byte, fileName string) (*FileRoadmap, error) {
	r, mx, err := formats.ParseIndexed(data, fileName)
	if err != nil {
		return nil, invalid(err)
	}
	return &FileRoadmap{r: r, mx: mx, unchecked: mx != nil}, nil
}

// WriteAnalysis analyses the roadmap read and writes the analysis to w as
// AnalyzeFile does; call it once (as JSON, it lets the roadmap go). A roadmap that ReadForAnalysis only parsed is
// validated beside the analysis, on another core (the analysis takes any
// roadmap): when it is invalid, that is the error, and nothing is written.
func (f *FileRoadmap) WriteAnalysis(w io.Writer, asJSON bool) error {
	check := func() error { return nil }
	if f.unchecked {
		check = func() error {
			if err := f.r.CheckIndexed(f.mx); err != nil {
				return invalid(err)
			}
			return nil
		}
	}
	now := time.Now()
	res, err := besideCheck(check, func() (*analysis.Compact, error) {
		res, err := analysis.AnalyzeCompactIndexed(f.r, f.mx, analysis.Options{Today: now})
		if err != nil {
			return nil, &Error{Code: CodeInvalid, Message: err.Error()}
		}
		return res, nil
	})
	if err != nil {
		return err
	}
	if asJSON {
		// The JSON rows read neither the roadmap nor its index: they go
		// while the answer is written (at a million efforts, half the heap).
		f.r, f.mx = nil, nil
		return res.WriteJSON(w)
	}
	return res.WriteText(w, f.r)
}
