package store

import (
	"os"
	"strconv"
	"syscall"
	"testing"
)

// TestDiskFullTmpfs runs the disk-full scenario on a real 16 MB tmpfs,
// where Badger's memory-mapped writes die of SIGBUS without the guard; room
// comes back by growing the tmpfs to 64 MB. It needs root (CI runs as root).
func TestDiskFullTmpfs(t *testing.T) {
	for _, fill := range []int{0, 20} {
		name := "tandem fills the disk"
		if fill > 0 {
			name = "another program fills the disk"
		}
		t.Run(name, func(t *testing.T) {
			mnt := mountTmpfs(t, 16<<20)
			env := map[string]string{}
			if fill > 0 {
				env[childFillEnv] = strconv.Itoa(fill)
			}
			runDiskFull(t, mnt+"/store", env, func() {
				if err := syscall.Mount("tmpfs", mnt, "tmpfs", syscall.MS_REMOUNT, "size=64m"); err != nil {
					t.Fatalf("grow the tmpfs: %v", err)
				}
			})
		})
	}
}

// mountTmpfs mounts a tmpfs of size bytes on a new directory, unmounted at
// cleanup, or skips the test when this process may not mount.
func mountTmpfs(t *testing.T, size int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root; TestDiskFullSimulated covers the same logic")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+strconv.Itoa(size)); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v); TestDiskFullSimulated covers the same logic", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}
