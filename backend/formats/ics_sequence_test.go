package formats

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"tandem/backend/model"
)

// movedUID is the UID of the sample's effort pricing-ads, which sampleICS
// moves.
var movedUID = icsUID("Growth H1 2027 (sample)", "pricing-ads")

// sampleICS exports the sample as ics, with pricing-ads starting on start
// when start is not empty, and returns the file and its events by UID.
func sampleICS(t *testing.T, start model.Date) ([]byte, map[string]icsEvent) {
	t.Helper()
	in := textExportInput(t, samplePath, ExportOptions{})
	if start != "" {
		moved := false
		for i := range in.Roadmap.Efforts {
			if e := &in.Roadmap.Efforts[i]; e.ID == "pricing-ads" {
				e.Start, moved = start, true
			}
		}
		if !moved {
			t.Fatal("the sample has no effort pricing-ads")
		}
		in = textExportInputOf(t, in.Roadmap, ExportOptions{})
	}
	data := exportWith(t, "ics", in)
	return data, icsByUID(t, data)
}

// icsByUID checks data and returns its events by UID.
func icsByUID(t *testing.T, data []byte) map[string]icsEvent {
	t.Helper()
	by := map[string]icsEvent{}
	for _, ev := range parseICS(t, data) {
		by[ev["UID"]] = ev
	}
	return by
}

func icsSeq(t *testing.T, ev icsEvent) int {
	t.Helper()
	n, err := strconv.Atoi(ev["SEQUENCE"])
	if err != nil {
		t.Fatalf("SEQUENCE %q: %v", ev["SEQUENCE"], err)
	}
	return n
}

// TestResequenceRaisesAMovedEvent: an export over a previous one at the same
// as-of date gives each event whose dates changed a SEQUENCE one higher than
// before, and keeps the others'; the rest of the file is what writeICS wrote.
func TestResequenceRaisesAMovedEvent(t *testing.T) {
	first, before := sampleICS(t, "")
	prev, ok := ReadICSEvents(first)
	if !ok || len(prev) != len(before) {
		t.Fatalf("ReadICSEvents read %d events (ok %v) of %d", len(prev), ok, len(before))
	}
	moved, after := sampleICS(t, "2027-03-15")
	got, state := ResequenceICS(moved, prev)
	events := icsByUID(t, got)
	base := icsSeq(t, after[movedUID])
	changed := 0
	for uid, ev := range events {
		was, ok := before[uid]
		if !ok {
			t.Fatalf("event %s is new", uid)
		}
		want := icsSeq(t, was)
		if ev["DTSTART;VALUE=DATE"] != was["DTSTART;VALUE=DATE"] || ev["DTEND;VALUE=DATE"] != was["DTEND;VALUE=DATE"] {
			want++
			changed++
		}
		if n := icsSeq(t, ev); n != want {
			t.Errorf("%s (%s): SEQUENCE %d, want %d (base %d)", ev["SUMMARY"], uid, n, want, base)
		}
		if state[uid].Sequence != icsSeq(t, ev) {
			t.Errorf("%s: the state's SEQUENCE %d is not the file's %s", uid, state[uid].Sequence, ev["SEQUENCE"])
		}
	}
	if changed == 0 || changed == len(events) {
		t.Fatalf("%d of %d events moved: the test needs some moved and some not", changed, len(events))
	}
	if icsSeq(t, events[movedUID]) != base+1 {
		t.Error("pricing-ads moved but its SEQUENCE did not rise")
	}
	// Only SEQUENCE values differ from what writeICS wrote.
	if a, b := stripSequences(got), stripSequences(moved); a != b {
		t.Error("ResequenceICS changed more than SEQUENCE")
	}

	// Exported once more without a change: every SEQUENCE stays.
	again, _ := ResequenceICS(moved, state)
	if !bytes.Equal(again, got) {
		t.Error("an unchanged export over the last one changed a SEQUENCE")
	}
	// And moved back: raised again, from the last file.
	back, _ := ResequenceICS(first, state)
	for uid, ev := range icsByUID(t, back) {
		if ev["DTSTART;VALUE=DATE"] != events[uid]["DTSTART;VALUE=DATE"] && icsSeq(t, ev) != icsSeq(t, events[uid])+1 {
			t.Errorf("%s moved back: SEQUENCE %s after %s", uid, ev["SEQUENCE"], events[uid]["SEQUENCE"])
		}
	}
}

// stripSequences drops the SEQUENCE lines of an iCalendar stream.
func stripSequences(data []byte) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(string(data), "\r\n") {
		if !strings.HasPrefix(l, "SEQUENCE:") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// TestResequenceKeepsALaterBase: a previous file with lower SEQUENCEs (an
// earlier as-of date) changes nothing, moved or not; a higher one wins.
func TestResequenceKeepsALaterBase(t *testing.T) {
	data, _ := sampleICS(t, "")
	prev, _ := ReadICSEvents(data)
	low := map[string]ICSEvent{}
	high := map[string]ICSEvent{}
	for uid, ev := range prev {
		moved := ev
		moved.Start = "19990101"
		moved.Sequence = ev.Sequence - 10
		low[uid] = moved
		ev.Sequence += 10
		high[uid] = ev
	}
	if got, _ := ResequenceICS(data, low); !bytes.Equal(got, data) {
		t.Error("a file of an earlier as-of date changed the SEQUENCEs")
	}
	got, _ := ResequenceICS(data, high)
	for uid, ev := range icsByUID(t, got) {
		if icsSeq(t, ev) != high[uid].Sequence {
			t.Errorf("%s: SEQUENCE %s, want the previous file's %d", uid, ev["SEQUENCE"], high[uid].Sequence)
		}
	}
}

// TestReadICSEventsLeniently: LF line ends, folds, parameters and a
// byte-order mark read; what is not a calendar is not ok.
func TestReadICSEventsLeniently(t *testing.T) {
	file := "\ufeff\nbegin:vcalendar\nBEGIN:VEVENT\nUID:a@x\nSEQUENCE:7\nDTSTART;VALUE=DATE:20270101\nDURATION:P3D\nSUMMARY:Long\n  title\nEND:VEVENT\n" +
		"BEGIN:VEVENT\nSUMMARY:no uid\nEND:VEVENT\nBEGIN:VEVENT\nUID:b@x\nSEQUENCE:x\nDTEND;TZID=\"a:b\":20270102\nEND:VEVENT\nEND:VCALENDAR"
	evs, ok := ReadICSEvents([]byte(file))
	if !ok {
		t.Fatal("not read")
	}
	want := map[string]ICSEvent{
		"a@x": {Sequence: 7, Start: "20270101", End: "DURATION:P3D", Summary: "Long title"},
		"b@x": {End: "DTEND:20270102"},
	}
	if len(evs) != len(want) || evs["a@x"] != want["a@x"] || evs["b@x"] != want["b@x"] {
		t.Errorf("got %+v, want %+v", evs, want)
	}
	for _, garbage := range []string{"", "\x89PNG\r\n", "id,lane\r\nBEGIN:VCALENDAR\r\n", "{\"name\":\"x\"}", "BEGIN:VEVENT\r\nUID:a\r\n"} {
		if evs, ok := ReadICSEvents([]byte(garbage)); ok || evs != nil {
			t.Errorf("%q read as a calendar: %v", garbage, evs)
		}
	}
}

// FuzzResequenceICS: any previous file reads without a panic, and an
// export resequenced against it differs from the export only in SEQUENCE
// values, none lower than the export's own.
func FuzzResequenceICS(f *testing.F) {
	data := exportWith(f, "ics", textExportInput(f, samplePath, ExportOptions{}))
	f.Add(data)
	f.Add([]byte("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:" + movedUID + "\nSEQUENCE:99999\nDTSTART:1\n x\nEND:VEVENT\n"))
	f.Add([]byte("\ufeffBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID;X=\"a:b\":" + movedUID + "\r\nSEQUENCE:-4\r\n"))
	base := sequences(data)
	f.Fuzz(func(t *testing.T, prev []byte) {
		got := ResequenceICSOver(data, prev)
		if stripSequences(got) != stripSequences(data) {
			t.Fatal("more than SEQUENCE changed")
		}
		for i, n := range sequences(got) {
			if n < base[i] {
				t.Fatalf("event %d: SEQUENCE %d below the export's %d", i, n, base[i])
			}
		}
	})
}

// sequences returns the SEQUENCE values of an iCalendar stream in order.
func sequences(data []byte) []int {
	var out []int
	for _, l := range strings.Split(string(data), "\r\n") {
		if v, ok := strings.CutPrefix(l, "SEQUENCE:"); ok {
			n, _ := strconv.Atoi(v)
			out = append(out, n)
		}
	}
	return out
}
