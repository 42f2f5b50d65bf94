//go:build !linux

package cli

// hugeHeap does nothing where huge pages are not asked for (see the Linux
// hugeHeap).
func hugeHeap(file, n int64) uintptr { return 0 }
