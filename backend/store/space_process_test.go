package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tandem/backend/model"
)

// The disk-full scenario runs in child processes (this test binary run
// again) so that a SIGBUS, which no Go code can recover from, fails the
// test instead of killing it, and so that Close on a full disk (which
// leaves Badger open, see abandonOnFullDisk) ends with its process. The
// parent reads what the child acknowledged from its standard output.
//
// It runs on a real small tmpfs where the test may mount one (root on
// Linux, space_tmpfs_linux_test.go) and, everywhere, on a simulated disk
// (SimulatedDiskEnv, TestDiskFullSimulated).

const (
	childDirEnv  = "TANDEM_DISKFULL_DIR"  // the store directory of a child run
	childModeEnv = "TANDEM_DISKFULL_MODE" // "edit" or "read"
	childFillEnv = "TANDEM_DISKFULL_FILL" // "edit" mode: after this many edits, fill the disk with another file
	noteBytes    = 4 << 10
	maxEdits     = 5000
)

// TestDiskFullSimulated runs the scenario on a simulated 16 MB disk; room
// comes back as the parent opens the store on the real disk.
func TestDiskFullSimulated(t *testing.T) {
	runDiskFull(t, t.TempDir(), map[string]string{SimulatedDiskEnv: strconv.Itoa(16 << 20)}, func() {})
}

// TestDiskFullChild is the child's side: it does nothing unless run by
// runDiskFull.
func TestDiskFullChild(t *testing.T) {
	dir := os.Getenv(childDirEnv)
	if dir == "" {
		t.Skip("run by the disk-full tests in a child process")
	}
	out := bufio.NewWriter(os.Stdout)
	say := func(format string, a ...any) { fmt.Fprintf(out, format+"\n", a...); out.Flush() }
	s, err := Open(dir)
	if err != nil {
		say("open-error %v", err)
		return
	}
	switch os.Getenv(childModeEnv) {
	case "edit":
		childEdit(s, dir, say)
	case "read":
		childRead(s, say)
	}
	if err := s.Close(); err != nil {
		say("close-error %v", err)
	}
	say("exit")
}

// childEdit creates a roadmap and adds efforts with 4 KB notes until the
// disk is full, saying "ok N" for each acknowledged edit and "full N
// MESSAGE" for the refused one; then it checks that more edits are refused
// and reads still work.
func childEdit(s *Store, dir string, say func(string, ...any)) {
	info, err := s.Create("", sample())
	if err != nil {
		say("create-error %v", err)
		return
	}
	id := info.ID
	say("roadmap %s", id)
	fillAt, _ := strconv.Atoi(os.Getenv(childFillEnv))
	for i := range maxEdits {
		if fillAt > 0 && i == fillAt {
			fillDisk(dir, say)
		}
		err := s.Apply(id, "add", Put(editEffort(i)))
		if errors.Is(err, ErrDiskFull) {
			say("full %d %v", i, err)
			for j := i + 1; j < i+4; j++ {
				if err := s.Apply(id, "add", Put(editEffort(j))); !errors.Is(err, ErrDiskFull) {
					say("not-refused %d %v", j, err)
				}
			}
			r, err := s.Load(id)
			if err != nil {
				say("read-error %v", err)
				return
			}
			say("read %d", len(r.Efforts))
			return
		}
		if err != nil {
			say("edit-error %d %v", i, err)
			return
		}
		say("ok %d", i)
	}
	say("never-full")
}

// childRead opens the store on the full disk: it says "list N", then
// "full MESSAGE" when an edit is refused or "ok" when it was acknowledged
// (opening flushed the log, which may leave room for it).
func childRead(s *Store, say func(string, ...any)) {
	list, err := s.List()
	if err != nil || len(list) != 1 {
		say("list-error %v %v", list, err)
		return
	}
	say("list %d", list[0].Efforts)
	switch err := s.Apply(list[0].ID, "add", Put(editEffort(maxEdits))); {
	case err == nil:
		say("ok")
	case errors.Is(err, ErrDiskFull):
		say("full %v", err)
	default:
		say("edit-error %v", err)
	}
}

// fillDisk writes a file beside the store until the disk is full (another
// program filling it), leaving 1 MB.
func fillDisk(dir string, say func(string, ...any)) {
	free, err := freeBytes(dir)
	if err != nil {
		say("fill-error %v", err)
		return
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "filler"), make([]byte, max(free-(1<<20), 0)), 0o600); err != nil {
		say("fill-error %v", err)
	}
}

// editEffort is edit i: a new effort whose notes say i.
func editEffort(i int) *model.Effort {
	note := strings.Repeat(fmt.Sprintf("edit %d; ", i), noteBytes/10)
	return &model.Effort{ID: fmt.Sprintf("e%05d", i), Lane: "paid", Title: fmt.Sprintf("Edit %d", i), Notes: note}
}

// runDiskFull runs the scenario on the store directory dir (on a disk of
// its own, or a simulated one by env): a child edits until the disk is
// full; another child opens the store on the full disk; then room comes
// back (roomBack) and the store, opened again, holds every acknowledged
// edit and not the refused one, and takes new edits.
func runDiskFull(t *testing.T, dir string, env map[string]string, roomBack func()) {
	t.Helper()
	edit := runChild(t, dir, "edit", env)
	acked, refused := -1, -1
	var id string
	for _, line := range edit {
		f := strings.Fields(line)
		switch f[0] {
		case "roadmap":
			id = f[1]
		case "ok":
			n, _ := strconv.Atoi(f[1])
			if n != acked+1 {
				t.Fatalf("edit child: %q out of order", line)
			}
			acked = n
		case "full":
			refused, _ = strconv.Atoi(f[1])
			if !strings.Contains(line, "the disk is full: the store at "+dir+" needs ") {
				t.Errorf("refusal %q does not say the disk is full", line)
			}
		case "read", "exit":
		default:
			t.Errorf("edit child: %s", line)
		}
	}
	if refused < 0 || refused != acked+1 || acked < 10 {
		t.Fatalf("edit child acknowledged %d edits and refused %d; want some edits then a refusal:\n%s", acked+1, refused, strings.Join(edit, "\n"))
	}
	if want := fmt.Sprintf("read %d", len(sample().Efforts)+acked+1); !contains(edit, want) {
		t.Errorf("edit child did not read its acknowledged edits after the refusal (want %q)", want)
	}
	t.Logf("acknowledged %d edits of %d KB notes before the disk was full", acked+1, noteBytes>>10)

	read := runChild(t, dir, "read", env)
	if want := fmt.Sprintf("list %d", len(sample().Efforts)+acked+1); !contains(read, want) || !contains(read, "exit") {
		t.Errorf("read child on the full disk: want %q, a refused edit and a clean exit:\n%s", want, strings.Join(read, "\n"))
	}
	readAcked := contains(read, "ok")
	for _, line := range read {
		if !strings.HasPrefix(line, "list") && !strings.HasPrefix(line, "full the disk is full") && line != "ok" && line != "exit" {
			t.Errorf("read child: %s", line)
		}
	}
	t.Logf("opened on the full disk; its edit was acknowledged: %v", readAcked)

	roomBack()
	s := openAt(t, dir)
	r := mustLoad(t, s, id)
	got := map[string]string{}
	for _, e := range r.Efforts {
		got[e.ID] = e.Notes
	}
	for i := 0; i <= acked; i++ {
		if e := editEffort(i); got[e.ID] != e.Notes {
			t.Fatalf("acknowledged edit %d lost after opening again", i)
		}
	}
	if _, ok := got[editEffort(refused).ID]; ok {
		t.Errorf("the refused edit %d is in the store", refused)
	}
	if _, ok := got[editEffort(maxEdits).ID]; ok != readAcked {
		t.Errorf("the edit on the full disk: in the store %v, acknowledged %v", ok, readAcked)
	}
	mustApply(t, s, id, "add", Put(editEffort(refused)))
}

// runChild runs TestDiskFullChild in mode on dir and returns its lines. A
// child killed by a signal (SIGBUS) fails the test.
func runChild(t *testing.T, dir, mode string, env map[string]string) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiskFullChild$", "-test.v=false")
	cmd.Env = append(os.Environ(), childDirEnv+"="+dir, childModeEnv+"="+mode)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s child: %v\n%s\n%s", mode, err, stdout.String(), firstLines(stderr.String(), 20))
	}
	var lines []string
	for _, l := range strings.Split(stdout.String(), "\n") {
		if l != "" && l != "PASS" {
			lines = append(lines, l)
		}
	}
	return lines
}

func contains(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
