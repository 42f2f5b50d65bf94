// Package soak proves that Tandem loses no acknowledged edit: its tests
// kill a process editing a store at random moments (crash_test.go) and run
// many clients against serve mode at once (serve_test.go), then check the
// store (store.Check) and that every acknowledged edit is in it.
//
// The pieces the tests share live here: the digest that names a roadmap's
// state (Digest), the expected history of one roadmap under edits, undo and
// redo (Ledger), the random editor that drives the real service (Editor),
// the child's line protocol (RunChild, Line) and the check of a reopened
// store against a ledger (Verify).
package soak
