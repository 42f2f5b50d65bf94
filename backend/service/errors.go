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
	CodeDiskFull = "disk_full" // the disk has no room: nothing changed, the app is read-only until it has
	CodeInternal = "internal"  // a bug or an I/O failure
)

// Error is the one error shape the UI and the CLI see: a stable code and a
// message for people. It marshals to {"code": ..., "message": ...}.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

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
	var ve *model.ValidationError
	var ce *model.CycleError
	switch {
	case errors.As(err, &ve), errors.As(err, &ce), errors.Is(err, store.ErrInvalid), errors.Is(err, store.ErrStepTooBig):
		return &Error{Code: CodeInvalid, Message: err.Error()}
	case errors.Is(err, store.ErrNotFound):
		return &Error{Code: CodeNotFound, Message: err.Error()}
	case errors.Is(err, store.ErrInUse):
		return &Error{Code: CodeInUse, Message: err.Error()}
	case errors.Is(err, store.ErrDiskFull):
		return &Error{Code: CodeDiskFull, Message: diskFullMessage(err)}
	}
	return &Error{Code: CodeInternal, Message: err.Error()}
}

// diskFullMessage says that a write met a full disk (store.ErrDiskFull):
// the change was not saved, and how long Tandem stays read-only.
func diskFullMessage(err error) string {
	const lost = "the disk is full: the last change was not saved"
	var full *store.DiskFullError
	if !errors.As(err, &full) {
		return lost
	}
	return fmt.Sprintf("%s; Tandem is read-only until the disk holding %s has %s free (it has %s)",
		lost, full.Dir, store.MegabytesUp(full.Need), store.Megabytes(full.Free))
}
