package model

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrTooLarge is wrapped by the error of Parse and Read when the input is over
// MaxFileBytes. Test for it with errors.Is.
var ErrTooLarge = errors.New("roadmap file too large")

// DecodeError is a roadmap file that is not well-formed JSON, or whose JSON
// gives a known key a value of the wrong type (a string for lagDays, say).
// Line and Column are 1-based; Column counts characters (runes), not bytes.
// Offset is the byte offset of the offending character. Path names the value
// being read, like "efforts[3].durationDays", and is empty when the problem is
// in the JSON syntax outside any known key.
type DecodeError struct {
	Offset int
	Line   int
	Column int
	Path   string
	Msg    string
}

// Error returns "line L, column C: PATH: MSG" (without "PATH: " when Path is empty).
func (e *DecodeError) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("line %d, column %d: %s: %s", e.Line, e.Column, e.Path, e.Msg)
}

// List returns the one problem, placed at its line and column (Listed).
func (e *DecodeError) List() ([]Problem, int) {
	where := fmt.Sprintf("line %d, column %d", e.Line, e.Column)
	if e.Path != "" {
		where += ", " + e.Path
	}
	return []Problem{{Path: where, Message: e.Msg}}, 0
}

// newDecodeError locates offset off of data as a line and a column.
func newDecodeError(data []byte, off int, msg string) *DecodeError {
	if off > len(data) {
		off = len(data)
	}
	line, lineStart := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	return &DecodeError{Offset: off, Line: line, Column: utf8.RuneCount(data[lineStart:off]) + 1, Msg: msg}
}

// withPath prefixes seg (".name" or "[i]") to the Path of a *DecodeError and
// returns err. Decoders call it while an error travels up, so that the path
// costs nothing when there is no error.
func withPath(err error, seg string) error {
	var de *DecodeError
	if errors.As(err, &de) {
		de.Path = strings.TrimPrefix(seg+addDot(de.Path), ".")
	}
	return err
}

func addDot(p string) string {
	if p == "" || p[0] == '[' {
		return p
	}
	return "." + p
}

// Problem is one reason a roadmap is invalid. Path names the place, like
// `efforts[3] (id "spring-ads").lane` or `calendar.workdays[2]`; Message says
// what is wrong with it.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// String returns "PATH: MESSAGE", or MESSAGE alone when Path is empty.
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// MaxProblems bounds the problems a ValidationError lists; the rest are only
// counted in Omitted.
const MaxProblems = 1000

// shownProblems is how many problems Summarize names.
const shownProblems = 3

// Listed is an error made of problems at places in a file or a roadmap: a
// validation error, the problems of an imported file, a decode error. List
// returns them in order, with how many more were found but not listed. The
// service hands the list to the UI, which shows each problem at its place.
type Listed interface {
	error
	List() (problems []Problem, omitted int)
}

// Summarize is the one wording of a list of problems in a line: the first
// three, "; "-separated, then "(and N more problems)" when there are more.
func Summarize(problems []Problem, omitted int) string {
	var b strings.Builder
	for i, p := range problems {
		if i == shownProblems {
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	if more := len(problems) + omitted - shownProblems; more > 0 {
		fmt.Fprintf(&b, " (and %d more %s)", more, plural(more, "problem", "problems"))
	}
	return b.String()
}

// ValidationError is a roadmap that breaks the rules of SPEC §2. Problems are
// in file order (top-level fields, calendar, lanes, surfaces, metrics,
// efforts, dependencies and the cycle, links, decisions, rituals, events).
// Cycle is set when the dependencies have a cycle; it is also listed in
// Problems, and errors.As(err, &cycleErr) finds it.
type ValidationError struct {
	Problems []Problem
	Omitted  int // problems found beyond MaxProblems, not listed
	Cycle    *CycleError
}

// Error names the first few problems and how many more there are.
func (e *ValidationError) Error() string { return Summarize(e.Problems, e.Omitted) }

// List returns the problems and how many more were found (Listed).
func (e *ValidationError) List() ([]Problem, int) { return e.Problems, e.Omitted }

// Unwrap returns Cycle, so that errors.As finds a *CycleError.
func (e *ValidationError) Unwrap() error {
	if e.Cycle == nil {
		return nil
	}
	return e.Cycle
}

// CycleError is a dependency cycle. Efforts lists the efforts of one cycle in
// dependency order, starting with its smallest id: ["a","b","c"] means
// a -> b -> c -> a (a is a predecessor of b, and so on). FindCycle and
// Validate return it; the analysis may build its own.
type CycleError struct {
	Efforts []string
}

// Error returns "dependency cycle: a -> b -> c -> a".
func (e *CycleError) Error() string {
	var b strings.Builder
	b.WriteString("dependency cycle: ")
	for _, id := range e.Efforts {
		b.WriteString(id)
		b.WriteString(" -> ")
	}
	if len(e.Efforts) > 0 {
		b.WriteString(e.Efforts[0])
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
