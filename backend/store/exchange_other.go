//go:build !linux

package store

import "errors"

// exchange is atomic on Linux only; elsewhere restore uses two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }
