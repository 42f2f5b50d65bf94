package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tandem/backend/store"
)

// TestDiskFull runs the store commands on a full disk (simulated,
// store.SimulatedDiskEnv): list still lists, import fails with one line
// that says so, and nothing is lost once the disk has room.
func TestDiskFull(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "store")
	sampleFile := filepath.Join(dir, "sample.tandem")
	if code, _, stderr := run("sample", "-o", sampleFile); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := run("--data", data, "import", sampleFile); code != 0 {
		t.Fatal(stderr)
	}

	t.Setenv(store.SimulatedDiskEnv, "0")
	code, stdout, stderr := run("--data", data, "list")
	if code != 0 || !strings.Contains(stdout, "Growth H1 2027 (sample)") {
		t.Errorf("list on a full disk: exit %d, %q, %q", code, stdout, stderr)
	}
	code, _, stderr = run("--data", data, "import", sampleFile)
	want := regexp.MustCompile(`^tandem: .*the disk is full: the store at ` + regexp.QuoteMeta(data) + ` needs \d+\.\d MB free and has 0\.0 MB\n$`)
	if code != 1 || !want.MatchString(stderr) {
		t.Errorf("import on a full disk: exit %d, %q", code, stderr)
	}

	t.Setenv(store.SimulatedDiskEnv, "")
	if code, _, stderr := run("--data", data, "import", sampleFile); code != 0 {
		t.Fatal(stderr)
	}
	if _, stdout, _ := run("--data", data, "list"); strings.Count(stdout, "Growth H1 2027 (sample)") != 2 {
		t.Errorf("with room again: list = %q, want two roadmaps", stdout)
	}
}
