package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// TestExportICSOverTheLastFile: `tandem export FILE --format ics -o OUT`
// over the OUT of an earlier export raises the SEQUENCE of the events that
// moved since, and of no other; over a file that is no calendar it writes
// the plain export.
func TestExportICSOverTheLastFile(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "plan.tandem"), filepath.Join(dir, "plan.ics")
	r, err := model.Load(sample.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	export := func() map[string]formats.ICSEvent {
		t.Helper()
		b, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(in, b, 0o644)
		if code, _, errs := run("export", in, "--format", "ics", "-o", out); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		data, _ := os.ReadFile(out)
		evs, ok := formats.ReadICSEvents(data)
		if !ok {
			t.Fatalf("%s is no calendar", out)
		}
		return evs
	}
	before := export()
	for i := range r.Efforts {
		if r.Efforts[i].ID == "pricing-ads" {
			r.Efforts[i].Start = "2027-03-15"
		}
	}
	after := export()
	raised := 0
	for uid, ev := range after {
		was := before[uid]
		switch {
		case ev.Start != was.Start && ev.Sequence == was.Sequence+1:
			raised++
		case ev.Start != was.Start || ev.Sequence != was.Sequence:
			t.Errorf("%s: SEQUENCE %d from %s after %d from %s", ev.Summary, ev.Sequence, ev.Start, was.Sequence, was.Start)
		}
	}
	if raised == 0 {
		t.Error("no event moved")
	}

	os.WriteFile(out, []byte("not a calendar"), 0o644)
	export()
	got, _ := os.ReadFile(out)
	if code, stdout, errs := run("export", in, "--format", "ics"); code != 0 || !bytes.Equal(got, []byte(stdout)) {
		t.Errorf("over a file that is no calendar: not the plain export (exit %d, %s)", code, errs)
	}
}
