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
func (p CSVProblem) String() string {
	if p.Column == "" {
		return fmt.Sprintf("row %d: %s", p.Row, p.Message)
	}
	return fmt.Sprintf("row %d, column %s: %s", p.Row, p.Column, p.Message)
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
func (e *CSVError) Error() string {
	const shown = 3
	var b strings.Builder
	for i, p := range e.Problems {
		if i == shown {
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	if more := len(e.Problems) + e.Omitted - shown; more > 0 {
		fmt.Fprintf(&b, " (and %d more)", more)
	}
	return b.String()
}

// checkSize refuses data over the model's file size limit.
func checkSize(data []byte) error {
	if len(data) > model.MaxFileBytes {
		return fmt.Errorf("%w: %d bytes, over the limit of %d", model.ErrTooLarge, len(data), model.MaxFileBytes)
	}
	return nil
}
