//go:build !unix

package soak

import "time"

// cpuTimes is not measured here (see cputime_unix_test.go).
func cpuTimes() (self, children time.Duration) { return 0, 0 }
