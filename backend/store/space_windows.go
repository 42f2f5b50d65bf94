//go:build windows

package store

import (
	"io/fs"

	"golang.org/x/sys/windows"
)

// freeBytes returns the bytes available to this user on the disk holding dir.
func freeBytes(dir string) (int64, error) {
	p, err := windows.UTF16PtrFromString(dir)
	if err != nil {
		return 0, err
	}
	var free uint64
	if err := windows.GetDiskFreeSpaceEx(p, &free, nil, nil); err != nil {
		return 0, err
	}
	return int64(free), nil
}

// allocated returns the file's size: Windows backs a file as it grows.
func allocated(fi fs.FileInfo) int64 { return fi.Size() }
