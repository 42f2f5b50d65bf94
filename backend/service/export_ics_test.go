package service

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/sample"
)

// icsEvents reads an ics export's events by effort id (UIDs are a hash of
// the roadmap's name and the id).
func icsEvents(t *testing.T, roadmap string, data []byte, ids ...string) map[string]formats.ICSEvent {
	t.Helper()
	all, ok := formats.ReadICSEvents(data)
	if !ok {
		t.Fatalf("not a calendar: %.80q", data)
	}
	out := map[string]formats.ICSEvent{}
	for _, id := range ids {
		sum := sha256.Sum256([]byte(roadmap + "\x00" + id))
		ev, ok := all[hex.EncodeToString(sum[:16])+"@tandem"]
		if !ok {
			t.Fatalf("no event for %s", id)
		}
		out[id] = ev
	}
	return out
}

// startEffortOn moves effort id of roadmap rid to start on start.
func startEffortOn(t *testing.T, svc *Service, rid, id string, start model.Date) {
	t.Helper()
	snap := must(t)(svc.OpenRoadmap(rid))
	for _, e := range snap.Roadmap.Efforts {
		if e.ID == id {
			e.Start = start
			must(t)(svc.UpdateEffort(rid, e))
			return
		}
	}
	t.Fatalf("no effort %s", id)
}

// TestAppICSExportsRaiseAMovedEvent: the app remembers a roadmap's last ics
// export, so exporting again on the same day after moving an effort raises
// that event's SEQUENCE (and only its), an unchanged export keeps them all,
// and deleting the roadmap forgets it.
func TestAppICSExportsRaiseAMovedEvent(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("Growth", "", string(sample.Bytes())))
	id := snap.Info.ID
	export := func() []byte {
		t.Helper()
		f, err := svc.ExportRoadmapFile(id, "ics", formats.ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return []byte(f.Data)
	}
	first := icsEvents(t, "Growth", export(), "pricing-ads", "tracking-fix")
	startEffortOn(t, svc, id, "pricing-ads", "2027-03-15")
	second := export()
	got := icsEvents(t, "Growth", second, "pricing-ads", "tracking-fix")
	if got["pricing-ads"].Sequence != first["pricing-ads"].Sequence+1 {
		t.Errorf("moved: SEQUENCE %d after %d", got["pricing-ads"].Sequence, first["pricing-ads"].Sequence)
	}
	if got["tracking-fix"].Sequence != first["tracking-fix"].Sequence {
		t.Errorf("unmoved: SEQUENCE %d after %d", got["tracking-fix"].Sequence, first["tracking-fix"].Sequence)
	}
	text, err := svc.ExportRoadmap(id, "ics")
	if err != nil || text != string(second) {
		t.Errorf("an unchanged export changed (err %v)", err)
	}
	if err := svc.DeleteRoadmap(id); err != nil {
		t.Fatal(err)
	}
	if v, _ := svc.store.Meta(metaICSPrefix + id); v != "" {
		t.Errorf("a deleted roadmap's ics exports are still remembered: %.60s", v)
	}
}

// TestWriteExportOverACalendar: a calendar written over the last one (the
// command line's -o, the desktop's save dialog) raises the SEQUENCE of what
// moved; a file that is no calendar, or another format, is just replaced.
func TestWriteExportOverACalendar(t *testing.T) {
	r, err := model.Load(sample.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	exportICS := func() []byte {
		t.Helper()
		b, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		out, err := ExportFile(b, "", "ics", formats.ExportOptions{}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	w, _ := formats.WriterFor("ics")
	path := filepath.Join(t.TempDir(), "plan.ics")
	first := exportICS()
	if err := WriteExport(path, w.MIME, first); err != nil {
		t.Fatal(err)
	}
	for i := range r.Efforts {
		if r.Efforts[i].ID == "pricing-ads" {
			r.Efforts[i].Start = "2027-03-15"
		}
	}
	moved := exportICS()
	if err := WriteExport(path, w.MIME, moved); err != nil {
		t.Fatal(err)
	}
	written, _ := os.ReadFile(path)
	before := icsEvents(t, r.Name, first, "pricing-ads", "tracking-fix")
	after := icsEvents(t, r.Name, written, "pricing-ads", "tracking-fix")
	if after["pricing-ads"].Sequence != before["pricing-ads"].Sequence+1 || after["tracking-fix"] != before["tracking-fix"] {
		t.Errorf("over the last file: %+v after %+v", after, before)
	}
	if err := WriteExport(path, w.MIME, moved); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, written) {
		t.Error("an unchanged export over the last one changed")
	}

	for name, prev := range map[string][]byte{"garbage": []byte("\x00\xffBEGIN:VCALENDAR"), "csv": []byte("id,lane\r\n")} {
		if err := os.WriteFile(path, prev, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := WriteExport(path, w.MIME, moved); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, moved) {
			t.Errorf("over %s: the export changed", name)
		}
	}
	// Another format over a calendar is written as it is.
	if err := os.WriteFile(path, written, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteExport(path, "text/plain", moved); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, moved) {
		t.Error("a text/plain export was resequenced")
	}
}
