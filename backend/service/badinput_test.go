package service_test

import (
	"errors"
	"strings"
	"testing"

	"tandem/backend/badinput"
	"tandem/backend/service"
	"tandem/backend/store"
)

// TestImportRefusesBadInputClearly runs every class of bad input through
// ImportRoadmap, as the UI calls it: a typed error (code invalid) whose
// message names the place and the problem on one line, and a store that
// holds exactly what it held before.
func TestImportRefusesBadInputClearly(t *testing.T) {
	svc, _ := withSample(t) // the sample: a store with something to lose
	before, err := badinput.Fingerprint(svc)
	if err != nil {
		t.Fatal(err)
	}
	cases := badinput.Cases()
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			snap, err := svc.ImportRoadmap("", c.File, string(c.Data))
			var e *service.Error
			if snap != nil || !errors.As(err, &e) || e.Code != service.CodeInvalid {
				t.Fatalf("got %v, %#v; want a *service.Error with code invalid", snap, err)
			}
			if strings.Contains(e.Message, "\n") || !strings.Contains(e.Message, c.Place) || !strings.Contains(e.Message, c.Problem) {
				t.Fatalf("message %q; want one line naming %q and %q", e.Message, c.Place, c.Problem)
			}
			if after, err := badinput.Fingerprint(svc); err != nil || after != before {
				t.Fatalf("the store changed (%v)", err)
			}
		})
	}
	t.Logf("%d classes of bad input", len(cases))
}

// withSample opens a service on a new store in a test directory (closed when
// t ends) with the sample roadmap in it, and returns the sample's snapshot.
func withSample(t *testing.T) (*service.Service, *service.Snapshot) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := service.New(st)
	snap, err := svc.StartupRoadmap()
	if err != nil {
		t.Fatal(err)
	}
	return svc, snap
}
