package service

import (
	"testing"

	"tandem/backend/store"
)

// newTestService returns a service over a fresh store in a temp dir, and the
// store's directory so a test can reopen it.
func newTestService(t *testing.T) (*Service, string) {
	t.Helper()
	dir := t.TempDir()
	return openTestService(t, dir), dir
}

// openTestService opens the store at dir and closes it when the test ends.
func openTestService(t *testing.T, dir string) *Service {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st)
}

// must returns a function that fails the test on err and returns snap, so
// that a call reads must(t)(svc.OpenRoadmap(id)).
func must(t *testing.T) func(snap *Snapshot, err error) *Snapshot {
	t.Helper()
	return func(snap *Snapshot, err error) *Snapshot {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
}

// fileOf returns the roadmap of snap as file bytes.
func fileOf(t *testing.T, snap *Snapshot) string {
	t.Helper()
	b, err := snap.Roadmap.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantCode fails unless err classifies as code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want %s", code)
	}
	if got := AsError(err).Code; got != code {
		t.Fatalf("error %q has code %s; want %s", err, got, code)
	}
}
