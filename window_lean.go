//go:build !desktop && !dev && !bindings

package main

// windowBuilt: this binary is the command-line build, which starts the
// desktop build beside it for the window (startWindow).
const windowBuilt = false
