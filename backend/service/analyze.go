package service

import (
	"io"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// analyze computes every analysis of a valid roadmap (SPEC §3), with now as
// "today" for a roadmap without asOf.
func analyze(r *model.Roadmap, now time.Time) (*analysis.Result, error) {
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
// newline), streamed by analysis.WriteJSON rather than built in memory. Bad
// input is an *Error (CodeInvalid) returned before anything is written; any
// other error is w's.
func AnalyzeFile(w io.Writer, data []byte, fileName string, asJSON bool) error {
	r, res, err := analyzeFile(data, fileName, time.Now())
	if err != nil {
		return err
	}
	if asJSON {
		return analysis.WriteJSON(w, res)
	}
	return analysis.WriteText(w, r, res)
}
