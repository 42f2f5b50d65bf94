//go:build !unix

package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
)

// becomeProgram runs the program at path with args, this process's
// standard streams and environment, and exits with its status (there is
// no exec here); it returns only when the program could not start.
func becomeProgram(path string, args []string) error {
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if exit := (*exec.ExitError)(nil); errors.As(err, &exit) {
		os.Exit(exit.ExitCode())
	}
	if err != nil {
		return fmt.Errorf("%w: cannot start %s: %v", errNoWindow, path, err)
	}
	os.Exit(0)
	return nil
}
