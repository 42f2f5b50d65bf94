//go:build !bindings

package main

import (
	"os"
	"runtime"
)

// bindingsBuild is true only in the build Wails runs to generate bindings.
const bindingsBuild = false

// noDisplay says why the desktop window cannot open here, or "" if it can.
// Only Linux and the BSDs need a display server to be named.
func noDisplay() string {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return ""
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Tandem serves its window to a browser instead."
	}
	return ""
}
