package store

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"testing"
	"time"
)

const holdEnv = "TANDEM_STORE_TEST_HOLD"

// TestHelperHoldStore is not a test: run by holdInChild in a second process,
// it opens the store named by $TANDEM_STORE_TEST_HOLD, says "ready" and holds
// it until its stdin closes.
func TestHelperHoldStore(t *testing.T) {
	dir := os.Getenv(holdEnv)
	if dir == "" {
		t.Skip("helper process only")
	}
	s, err := Open(dir)
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(3)
	}
	if _, err := s.Create("held", sample()); err != nil {
		os.Exit(4)
	}
	os.Stdout.WriteString("ready\n")
	io.Copy(io.Discard, os.Stdin)
	s.Close()
	os.Exit(0)
}

// holdInChild starts a second process holding the store at dir and returns
// it once the store is open; closing stdin lets it close the store and exit.
func holdInChild(t *testing.T, dir string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldStore$")
	cmd.Env = append(os.Environ(), holdEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("helper process: %q, %v", line, err)
	}
	return cmd, stdin
}

// openWithin runs Open(dir) and fails the test if it does not return in time.
func openWithin(t *testing.T, dir string, d time.Duration) (*Store, error) {
	t.Helper()
	type result struct {
		s   *Store
		err error
	}
	ch := make(chan result, 1)
	go func() { s, err := Open(dir); ch <- result{s, err} }()
	select {
	case r := <-ch:
		if r.s != nil {
			t.Cleanup(func() { r.s.Close() })
		}
		return r.s, r.err
	case <-time.After(d):
		t.Fatalf("Open(%s) hangs while another process holds the store", dir)
		return nil, nil
	}
}

func TestInUseByAnotherProcess(t *testing.T) {
	dir := t.TempDir()
	cmd, stdin := holdInChild(t, dir)

	_, err := openWithin(t, dir, 10*time.Second)
	var inUse *InUseError
	if !errors.Is(err, ErrInUse) || !errors.As(err, &inUse) {
		t.Fatalf("Open while held = %v, want ErrInUse", err)
	}
	if want := "the store at " + dir + " is in use by another Tandem"; err.Error() != want {
		t.Fatalf("message %q, want %q", err.Error(), want)
	}

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper exit: %v", err)
	}
	s, err := openWithin(t, dir, 10*time.Second)
	if err != nil {
		t.Fatalf("Open after the other process closed = %v", err)
	}
	if list, _ := s.List(); len(list) != 1 || list[0].Name != "held" {
		t.Fatalf("List = %+v", list)
	}
}

func TestLockDiesWithProcess(t *testing.T) {
	dir := t.TempDir()
	cmd, _ := holdInChild(t, dir)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	s, err := openWithin(t, dir, 10*time.Second)
	if err != nil {
		t.Fatalf("Open after the holder was killed = %v", err)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Fatalf("List after crash = %+v", list)
	}
}

func TestInUseInSameProcess(t *testing.T) {
	_, dir := openTemp(t)
	if _, err := openWithin(t, dir, 10*time.Second); !errors.Is(err, ErrInUse) {
		t.Fatalf("second Open = %v, want ErrInUse", err)
	}
}
