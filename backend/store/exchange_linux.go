package store

import "golang.org/x/sys/unix"

// exchange swaps the directories at a and b in one atomic step; an error
// when the file system cannot (restore then falls back to two renames).
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}
