//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"
)

// becomeProgram replaces this process with the program at path, run with
// args; it returns only on failure.
func becomeProgram(path string, args []string) error {
	err := syscall.Exec(path, append([]string{path}, args...), os.Environ())
	return fmt.Errorf("%w: cannot start %s: %v", errNoWindow, path, err)
}
