//go:build linux

package cli

import (
	"bufio"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"
)

// TestHugeHeap: after hugeHeap, the heap allocated next lies in memory the
// kernel was asked to back with huge pages (VmFlags "hg" in
// /proc/self/smaps); Go's own heap is never so marked.
func TestHugeHeap(t *testing.T) {
	if mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("no transparent huge pages here")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	hugeHeap(hugeHeapFileMin, 256<<20)
	b := make([]byte, 8<<20)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + 4<<20 // past the first huge page boundary
	flags, err := vmaFlags(at)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("heap at %#x: VmFlags %q, want hg (MADV_HUGEPAGE)", at, flags)
	}
}

// vmaFlags returns the VmFlags line of the mapping of this process that
// holds the address at.
func vmaFlags(at uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= at && at < hi
			continue
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(rest), nil
		}
	}
	return "", fmt.Errorf("no mapping holds %#x", at)
}
