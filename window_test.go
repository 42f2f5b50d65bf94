package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWindowBinaryBeside: the desktop build is found beside the binary
// that looks for it, and anything else there is refused with errNoWindow
// and the path it looked for.
func TestWindowBinaryBeside(t *testing.T) {
	for _, c := range []struct {
		name  string
		place func(path string) error // what lies at the desktop build's path
		ok    bool
		says  string
	}{
		{"a program", func(p string) error { return os.WriteFile(p, []byte("#!/bin/sh\n"), 0o755) }, true, ""},
		{"nothing", func(string) error { return nil }, false, "is missing"},
		{"a folder", func(p string) error { return os.Mkdir(p, 0o755) }, false, "is not a program"},
		{"a file that does not run", func(p string) error { return os.WriteFile(p, nil, 0o644) }, runtime.GOOS == "windows", "is not a program"},
	} {
		dir := t.TempDir()
		want := filepath.Join(dir, windowBinaryName())
		if err := c.place(want); err != nil {
			t.Fatal(err)
		}
		got, err := windowBinaryBeside(filepath.Join(dir, "tandem"))
		switch {
		case c.ok && (err != nil || got != want):
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, want)
		case !c.ok && (!errors.Is(err, errNoWindow) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), c.says)):
			t.Errorf("%s: %q, %v; want errNoWindow naming %s and saying %q", c.name, got, err, want, c.says)
		}
	}
}
