//go:build unix

package soak

import (
	"syscall"
	"time"
)

// cpuTimes returns the CPU time (user + system) this process and its
// waited-for children have used: on a shared, loaded machine it tells the
// cost of the crash test better than the wall clock.
func cpuTimes() (self, children time.Duration) {
	get := func(who int) time.Duration {
		var ru syscall.Rusage
		if syscall.Getrusage(who, &ru) != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return get(syscall.RUSAGE_SELF), get(syscall.RUSAGE_CHILDREN)
}
