package formats

import (
	"fmt"
	"strings"

	"tandem/backend/model"
)

// Format names used in error messages.
const (
	nameMSPDI = "MS Project XML"
	nameGan   = "GanttProject"
	nameCSV   = "CSV"
)

// XMLError is an MS Project or GanttProject file that cannot be imported:
// malformed XML, or a value that makes no sense. Line and Column (1-based)
// locate it; Element names the element ("Task", "PredecessorLink", ...).
type XMLError struct {
	Format  string // "MS Project XML" or "GanttProject"
	Line    int
	Column  int
	Element string // may be empty
	Msg     string
}

// Error returns "FORMAT: line L, column C: <ELEMENT>: MSG".
func (e *XMLError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: line %d, column %d: ", e.Format, e.Line, e.Column)
	if e.Element != "" {
		fmt.Fprintf(&b, "<%s>: ", e.Element)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// List returns the one problem, placed at its line and column (model.Listed).
func (e *XMLError) List() ([]model.Problem, int) {
	where := fmt.Sprintf("%s line %d, column %d", e.Format, e.Line, e.Column)
	if e.Element != "" {
		where += ", <" + e.Element + ">"
	}
	return []model.Problem{{Path: where, Message: e.Msg}}, 0
}

// CSVProblem is one reason a CSV file cannot be imported. Row is the line
// the record starts on (the header is row 1: the row number a spreadsheet
// shows); Column is the column's name as the header writes it, or "" when
// the problem is the whole row.
type CSVProblem struct {
	Row     int
	Column  string
	Message string
}

// String returns "row R, column C: MESSAGE".
func (p CSVProblem) String() string { return p.place() + ": " + p.Message }

// place is "row R, column C", or "row R" for the whole row.
func (p CSVProblem) place() string {
	if p.Column == "" {
		return fmt.Sprintf("row %d", p.Row)
	}
	return fmt.Sprintf("row %d, column %s", p.Row, p.Column)
}

// maxCSVProblems bounds the problems a CSVError lists; the rest are counted.
const maxCSVProblems = 100

// CSVError lists every problem found in a CSV file (up to 100), in file
// order. Nothing is imported when there is one.
type CSVError struct {
	Problems []CSVProblem
	Omitted  int
}

// Error names the first three problems and how many more there are.
func (e *CSVError) Error() string { return model.Summarize(e.List()) }

// List returns the problems, each placed at its row and column (model.Listed).
func (e *CSVError) List() ([]model.Problem, int) {
	list := make([]model.Problem, len(e.Problems))
	for i, p := range e.Problems {
		list[i] = model.Problem{Path: p.place(), Message: p.Message}
	}
	return list, e.Omitted
}

// checkSize refuses data over the model's file size limit.
func checkSize(data []byte) error {
	if len(data) > model.MaxFileBytes {
		return fmt.Errorf("%w: %d bytes, over the limit of %d", model.ErrTooLarge, len(data), model.MaxFileBytes)
	}
	return nil
}
