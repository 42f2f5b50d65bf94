package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// The desktop window lives in a binary of its own, beside the command-line
// one: `tandem` is built without the desktop (pure Go, no cgo), so that a
// command (`tandem analyze`, `export`, `serve`, ...) loads none of the
// GUI's ~170 shared libraries (WebKitGTK, GTK, ...), which cost ~110 ms and
// ~45 MB of memory at every start. `tandem` with no command starts
// windowBinaryName in its place (startWindow). A binary built by Wails
// (the desktop or dev build tag) is the window itself, and also runs every
// command (more slowly to start).

// windowBinaryName is the file name of the desktop build, beside tandem.
func windowBinaryName() string {
	if runtime.GOOS == "windows" {
		return "tandem-desktop.exe"
	}
	return "tandem-desktop"
}

// errNoWindow is the cause when there is no desktop build beside tandem.
var errNoWindow = errors.New("no desktop window")

// windowBinaryBeside is the desktop build beside the binary at self, or
// an error wrapping errNoWindow that names the path it looked for.
func windowBinaryBeside(self string) (string, error) {
	path := filepath.Join(filepath.Dir(self), windowBinaryName())
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return "", fmt.Errorf("%w: %s is missing", errNoWindow, path)
	case st.IsDir() || st.Mode().Perm()&0o111 == 0 && runtime.GOOS != "windows":
		return "", fmt.Errorf("%w: %s is not a program", errNoWindow, path)
	}
	return path, nil
}

// startWindow runs the desktop build beside this binary in this process's
// place, with the same arguments and environment (on Unix the process
// becomes it: same process id, signals and exit status). It returns only
// when it could not start it, saying why.
func startWindow() error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("%w: %v", errNoWindow, err)
	}
	path, err := windowBinaryBeside(self)
	if err != nil {
		return err
	}
	return becomeProgram(path, os.Args[1:])
}
