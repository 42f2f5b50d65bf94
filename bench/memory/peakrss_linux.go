package main

import (
	"os"
	"syscall"
)

// peakRSS is an ended child process's peak resident bytes (the kernel's
// maxrss, which Linux counts in kilobytes).
func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}
