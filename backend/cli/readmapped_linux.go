//go:build linux

package cli

import (
	"errors"
	"io"
	"os"
	"syscall"

	"tandem/backend/model"
)

// mappedMinBytes is the smallest file readMapped reads into memory of its
// own; a smaller one is read as readInput reads it.
const mappedMinBytes = 4 << 20

// madvHugePage is Linux's MADV_HUGEPAGE.
const madvHugePage = 14

// readMapped reads a roadmap file named on the command line as readInput
// does (the same bytes, the same refusal of a file over the size limit),
// but a large file into memory mapped for it alone, outside the Go heap,
// and backed by huge pages where the kernel gives them (2 MiB a page
// fault instead of 4 KiB: reading a 71 MB file into the heap cost about
// 18,000 page faults and 0.3 s, most of it in the kernel; this way about
// 40 and 0.1 s). The caller must call release once it no longer reads data
// (nor anything sliced from it); after release, data is gone. outside is
// how many of data's bytes lie outside the Go heap (0 for a small file or
// on a fallback), for the memory limit (see limitMemory).
func readMapped(path string) (data []byte, release func(), outside int, err error) {
	noop := func() {}
	f, err := os.Open(path)
	if err != nil {
		return nil, noop, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < mappedMinBytes || st.Size() > model.MaxFileBytes {
		data, err := readInput(path)
		return data, noop, 0, err
	}
	size := int(st.Size())
	m, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		data, err := readInput(path)
		return data, noop, 0, err
	}
	_ = syscall.Madvise(m, madvHugePage) // only a hint: without huge pages it still reads
	release = func() { _ = syscall.Munmap(m) }
	n, err := io.ReadFull(f, m)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return m[:n:n], release, size, nil // the file shrank meanwhile
	case err != nil:
		release()
		return nil, noop, 0, err
	}
	// The file may have grown since Stat: read the rest as readInput does.
	rest, err := readAllSized(io.LimitReader(f, model.MaxFileBytes+1-int64(size)), 0)
	if err != nil || len(rest) == 0 {
		if err != nil {
			release()
			return nil, noop, 0, err
		}
		return m, release, size, nil
	}
	whole := append(append(make([]byte, 0, size+len(rest)), m...), rest...)
	release()
	return whole, noop, 0, nil
}
