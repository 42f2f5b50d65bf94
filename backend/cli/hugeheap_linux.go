package cli

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugeHeapFileMin is the least file whose analysis maps its heap ahead:
// below it, the faults saved cost less than the collection hugeHeap runs.
const hugeHeapFileMin = mappedMinBytes

// hugeHeap maps n bytes of Go heap for the allocations to come and
// asks the kernel to back them with huge pages (MADV_HUGEPAGE): the kernel
// then fills that heap with 2 MiB pages, 512 times fewer page faults than
// 4 KiB pages (each fault clears its page; on a virtual machine each also
// exits to the hypervisor), and fewer misses of the address translation
// cache on the random reads of a large roadmap. The Go runtime asks for no
// huge pages itself, and the kernel gives them only where asked when
// transparent huge pages are in "madvise" mode (a common default).
//
// It allocates one object of n bytes, which maps the heap without touching
// it, marks the object's memory, and lets the object go with a collection:
// the runtime hands out its lowest free pages first, so the roadmap read
// next lands there. The memory counts only once touched; the marked range
// is at most n bytes. It must run before anything waits for the first
// collection (collectFrom's first-cycle hook) and with the collector's
// goals set for the phase to come, so that the scavenger does not return
// the pages at once. For a file of under hugeHeapFileMin bytes it does
// nothing. It returns where the marked memory starts (0 when it marked
// none), for the tests.
func hugeHeap(file, n int64) uintptr {
	if file < hugeHeapFileMin || n <= 0 {
		return 0
	}
	// A large object starts on a page of its own (the kernel's and the
	// runtime's), and the kernel backs with huge pages the 2 MiB-aligned
	// parts of the range.
	b := make([]byte, n)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if syscall.Madvise(b, madvHugePage) != nil { // only a hint: without huge pages all works as before
		at = 0
	}
	runtime.KeepAlive(b)
	runtime.GC()
	return at
}
