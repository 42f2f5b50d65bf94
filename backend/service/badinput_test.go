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
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := service.New(st)
	if _, err := svc.StartupRoadmap(); err != nil { // the sample: a store with something to lose
		t.Fatal(err)
	}
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
