package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/store"
)

// TestBackupAndRestoreCommands: backup writes one file, restore brings the
// store back to it (keeping the replaced one aside), and a bad file, a
// store in use or a damaged store each answer one "tandem: ..." line with
// exit 1 and change nothing.
func TestBackupAndRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "store")
	sampleFile := filepath.Join(dir, "sample.tandem")
	saved := filepath.Join(dir, "saved.tandem-backup")
	runExpect(t, 0, "sample", "-o", sampleFile)
	runExpect(t, 0, "--data", data, "import", sampleFile, "--name", "Before")

	code, out, _ := run("--data", data, "backup", "-o", saved)
	if code != 0 || !strings.Contains(out, "backed up 1 roadmap (") || !strings.Contains(out, saved) {
		t.Fatalf("backup: %d %q", code, out)
	}
	if code, _, errs := run("--data", data, "backup"); code != 2 || !strings.Contains(errs, "missing -o FILE") {
		t.Fatalf("backup without -o: %d %q", code, errs)
	}

	runExpect(t, 0, "--data", data, "import", sampleFile, "--name", "After")
	code, out, _ = run("--data", data, "restore", saved)
	if code != 0 || !strings.Contains(out, "restored 1 roadmap from "+saved) || !strings.Contains(out, "kept at "+data+".before-restore-") {
		t.Fatalf("restore: %d %q", code, out)
	}
	if _, out, _ := run("--data", data, "list"); !strings.Contains(out, "Before") || strings.Contains(out, "After") {
		t.Fatalf("list after restore: %q", out)
	}

	truncated := filepath.Join(dir, "truncated.tandem-backup")
	b, _ := os.ReadFile(saved)
	os.WriteFile(truncated, b[:len(b)/2], 0o600)
	wantOneLineRefusal(t, "the file is truncated", "--data", data, "restore", truncated)
	wantOneLineRefusal(t, "does not start like one", "--data", data, "restore", sampleFile)

	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	wantOneLineRefusal(t, "is in use by another Tandem", "--data", data, "restore", saved)
	st.Close()

	os.Remove(filepath.Join(data, "MANIFEST"))
	msg := wantOneLineRefusal(t, "MANIFEST file is missing", "--data", data, "list")
	if !strings.Contains(msg, "tandem --data "+data+" restore "+filepath.Join(data, "backups", "daily-")) {
		t.Fatalf("the message does not name the daily backup: %q", msg)
	}
}

func runExpect(t *testing.T, want int, args ...string) string {
	t.Helper()
	code, out, errs := run(args...)
	if code != want {
		t.Fatalf("tandem %v = %d, want %d\n%s%s", args, code, want, out, errs)
	}
	return out
}

// wantOneLineRefusal runs args, wants exit 1 and one stderr line containing
// want, and returns that line.
func wantOneLineRefusal(t *testing.T, want string, args ...string) string {
	t.Helper()
	code, _, errs := run(args...)
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "tandem: ") || !strings.Contains(errs, want) {
		t.Fatalf("tandem %v = %d %q, want exit 1 and one line with %q", args, code, errs, want)
	}
	return errs
}
