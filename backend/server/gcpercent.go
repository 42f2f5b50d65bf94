package server

import (
	"os"
	"runtime/debug"
	"sync"
)

// importGCPercent is the garbage collector's GOGC while serve mode serves
// a call that carries a roadmap file (fileMethods), as `tandem import`
// reads one (backend/cli, fileGCPercent): reading, analysing and storing a
// large file makes much short-lived garbage next to what it keeps, and at
// Go's 100% the process grows to twice all of it. At 25%, one
// ImportRoadmap of a CSV file of 200,000 efforts peaks at about 470 MB
// instead of 650, MS Project XML at 870 MB instead of 1,180 (README,
// "Memory").
const importGCPercent = 25

var importGC struct {
	sync.Mutex
	n     int // calls in flight
	saved int // the percent before the first of them
}

// collectOftenWhileImporting sets GOGC to importGCPercent until the
// returned function is called, unless GOGC is set in the environment.
// Calls may overlap: the percent goes back to what it was when the last
// one ends.
func collectOftenWhileImporting() (done func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	importGC.Lock()
	defer importGC.Unlock()
	if importGC.n == 0 {
		importGC.saved = debug.SetGCPercent(importGCPercent)
	}
	importGC.n++
	return func() {
		importGC.Lock()
		defer importGC.Unlock()
		if importGC.n--; importGC.n == 0 {
			debug.SetGCPercent(importGC.saved)
		}
	}
}
