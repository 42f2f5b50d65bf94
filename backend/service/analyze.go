package service

import (
	"io"
	"time"

	"tandem/backend/analysis"
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
// is w's.
func AnalyzeFile(w io.Writer, data []byte, fileName string, asJSON bool) error {
	r, mx, err := loadFileIndexed(data, fileName)
	if err != nil {
		return err
	}
	res, err := analysis.AnalyzeCompactIndexed(r, mx, analysis.Options{Today: time.Now()})
	if err != nil {
		return &Error{Code: CodeInvalid, Message: err.Error()}
	}
	if asJSON {
		return res.WriteJSON(w)
	}
	return res.WriteText(w, r)
}
