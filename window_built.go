//go:build desktop || dev || bindings

package main

// windowBuilt: this binary is the desktop build (Wails' build tags), which
// opens the window itself; or the build Wails runs to generate bindings,
// which must reach wails.Run in this process.
const windowBuilt = true
