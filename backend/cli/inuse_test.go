package cli

import (
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/store"
)

// TestStoreInUseIsOneClearLine: a command on a store the app holds exits 1
// with one line that says so and what to do, and changes nothing.
func TestStoreInUseIsOneClearLine(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	held, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	file := filepath.Join(t.TempDir(), "r.tandem")
	if err := os.WriteFile(file, []byte(`{"format":"tandem/roadmap","version":1,"name":"R","lanes":[],"efforts":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "tandem: the store at " + dir + " is in use by another Tandem: close the Tandem window or `tandem serve` that has it open, or give another store with --data DIR\n"
	for _, args := range [][]string{
		{"--data", dir, "list"},
		{"--data", dir, "import", file},
	} {
		code, out, errText := run(args...)
		if code != 1 || out != "" || errText != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1, nothing, %q", args, code, out, errText, want)
		}
	}
	if list, err := held.List(); err != nil || len(list) != 0 {
		t.Fatalf("the held store changed: %v, %v", list, err)
	}
}
