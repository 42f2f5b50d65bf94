//go:build bindings

package main

// noDisplay is never a reason to stop in the bindings build: Wails runs that
// build only to generate the frontend's bindings, with no window.
func noDisplay() string { return "" }

// bindingsBuild is true only in the build Wails runs to generate bindings:
// that build must not open (or create) the user's store.
const bindingsBuild = true
