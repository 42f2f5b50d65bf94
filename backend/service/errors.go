package service

import (
	"errors"
	"fmt"
	"log"
	"runtime/debug"

	"tandem/backend/model"
	"tandem/backend/store"
)

// Error codes that cross the boundary to the UI (docs/contracts.md).
const (
	CodeInvalid  = "invalid"   // bad input; nothing changed
	CodeNotFound = "not_found" // no such roadmap or entity
	CodeInUse    = "in_use"    // the store is held by another Tandem
	CodeInternal = "internal"  // a bug or an I/O failure
)

// Codes lists every code an Error can carry. The UI's list
// (frontend/src/lib/api/codes.gen.ts) is written from it by a test
// (go test ./backend/service -run ErrorCodes -update).
var Codes = []string{CodeInvalid, CodeNotFound, CodeInUse, CodeInternal}

// Error is the one error shape the UI and the CLI see: a stable code and a
// message for people (PocketBase's ApiError is the model). When the error
// is a list of problems at places (a validation error, an imported file's
// problems), Problems lists them (More counts those found beyond the list);
// when it is a dependency cycle, Cycle names its efforts in order. It
// marshals to {"code", "message", "problems"?, "more"?, "cycle"?} on both
// transports.
type Error struct {
	Code     string    `json:"code"`
	Message  string    `json:"message"`
	Problems []Problem `json:"problems,omitempty"`
	More     int       `json:"more,omitempty"`
	Cycle    []string  `json:"cycle,omitempty"`
}

// Problem is one problem of a refused input: where it is (a roadmap path
// like `efforts[3] (id "x").lane`, or "row 4, column dependsOn", or
// "MS Project XML line 3, column 5, <Task>"; "" for the whole input) and
// what is wrong there.
type Problem struct {
	Where string `json:"where"`
	What  string `json:"what"`
}

// maxProblems bounds the problems an Error lists; the rest are counted in More.
const maxProblems = 100

func (e *Error) Error() string { return e.Message }

// invalidf returns a CodeInvalid error.
func invalidf(format string, args ...any) error {
	return &Error{Code: CodeInvalid, Message: fmt.Sprintf(format, args...)}
}

// notFoundf returns a CodeNotFound error.
func notFoundf(format string, args ...any) error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

// Recovered turns a recovered panic into the internal error the UI shows,
// logging the panic and its stack first. Both transports recover at their
// boundary with it, so a bug answers one call with an error and never
// leaves the UI waiting for an answer.
func Recovered(p any) *Error {
	log.Printf("tandem: panic in a service call: %v\n%s", p, debug.Stack())
	return &Error{Code: CodeInternal, Message: fmt.Sprintf("internal error (%v); see the log", p)}
}

// AsError classifies any error into an *Error: validation problems and
// cycles are invalid, missing roadmaps not found, a held store in use, and
// everything else internal. A nil error gives nil.
func AsError(err error) *Error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var listed model.Listed
	var ce *model.CycleError
	switch {
	case errors.As(err, &listed), errors.As(err, &ce):
		return invalid(err)
	case errors.Is(err, store.ErrInvalid), errors.Is(err, store.ErrStepTooBig):
		return &Error{Code: CodeInvalid, Message: err.Error()}
	case errors.Is(err, store.ErrNotFound):
		return &Error{Code: CodeNotFound, Message: err.Error()}
	case errors.Is(err, store.ErrInUse):
		return &Error{Code: CodeInUse, Message: err.Error()}
	}
	return &Error{Code: CodeInternal, Message: err.Error()}
}

// invalid is err as bad input (CodeInvalid), with the problems it lists
// and the dependency cycle it names, if any, carried as data for the UI.
func invalid(err error) *Error {
	e := &Error{Code: CodeInvalid, Message: err.Error()}
	var listed model.Listed
	if errors.As(err, &listed) {
		list, omitted := listed.List()
		if len(list) > maxProblems {
			omitted += len(list) - maxProblems
			list = list[:maxProblems]
		}
		e.Problems = make([]Problem, len(list))
		for i, p := range list {
			e.Problems[i] = Problem{Where: p.Path, What: p.Message}
		}
		e.More = omitted
	}
	var cycle *model.CycleError
	if errors.As(err, &cycle) {
		e.Cycle = cycle.Efforts
	}
	return e
}
