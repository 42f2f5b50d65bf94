package store

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound: the roadmap, or the entity a change deletes, does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInUse: another process holds the store directory. The concrete error is *InUseError.
	ErrInUse = errors.New("store in use by another Tandem")
	// ErrNewerSchema: the store was written by a newer Tandem. The concrete error is *SchemaError.
	ErrNewerSchema = errors.New("store written by a newer Tandem")
	// ErrInvalid: a change or roadmap the store cannot hold as given (unknown
	// value type, key that does not match the value, duplicate key). Nothing was written.
	ErrInvalid = errors.New("invalid")
	// ErrStepTooBig: one Apply holds more than a Badger transaction can
	// (see badgerOptions); nothing was written. Split the edit.
	ErrStepTooBig = errors.New("too many changes for one step")
	// ErrClosed: the Store was closed.
	ErrClosed = errors.New("store closed")
)

// InUseError says that another process holds the store at Dir.
// errors.Is(err, ErrInUse) reports it.
type InUseError struct{ Dir string }

func (e *InUseError) Error() string {
	return "the store at " + e.Dir + " is in use by another Tandem"
}

// Unwrap returns ErrInUse.
func (e *InUseError) Unwrap() error { return ErrInUse }

// SchemaError says that the store at Dir has schema Found, newer than the
// Supported schema of this build. errors.Is(err, ErrNewerSchema) reports it.
type SchemaError struct {
	Dir              string
	Found, Supported int
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("the store at %s was written by a newer Tandem (schema %d; this Tandem reads up to %d): update Tandem",
		e.Dir, e.Found, e.Supported)
}

// Unwrap returns ErrNewerSchema.
func (e *SchemaError) Unwrap() error { return ErrNewerSchema }

func invalidf(format string, a ...any) error {
	return fmt.Errorf("store: "+format+": %w", append(a, ErrInvalid)...)
}

func notFoundf(format string, a ...any) error {
	return fmt.Errorf("store: "+format+": %w", append(a, ErrNotFound)...)
}
