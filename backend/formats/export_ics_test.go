package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExportICSGolden(t *testing.T) {
	for _, c := range []struct{ name, path string }{{"sample.ics", samplePath}, {"hostile.ics", hostilePath}} {
		t.Run(c.name, func(t *testing.T) {
			got := exportWith(t, "ics", textExportInput(t, c.path, ExportOptions{}))
			parseICS(t, got)
			textGolden(t, c.name, got)
		})
	}
}

// icsEvent is one VEVENT: each property's name (with its parameters) to
// its unescaped value.
type icsEvent map[string]string

// icsContentLine is "NAME[;PARAM=...]:value".
var icsContentLine = regexp.MustCompile(`^([A-Z][A-Z0-9-]*(?:;[A-Z-]+=[^:;]*)*):(.*)$`)

// parseICS checks data as RFC 5545 says and returns its events: CRLF after
// every line and nowhere else, physical lines of at most 75 octets that are
// whole UTF-8, content lines "NAME:value", balanced BEGIN/END, TEXT values
// escaped (a backslash only before '\', ';', ',' or n; no bare ';' and,
// but in CATEGORIES, no bare ',').
func parseICS(t *testing.T, data []byte) []icsEvent {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("the stream does not end with CRLF")
	}
	var logical []string
	for i, phys := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		switch {
		case strings.ContainsAny(phys, "\r\n"):
			t.Fatalf("line %d: a bare CR or LF: %q", i+1, phys)
		case len(phys) > 75:
			t.Fatalf("line %d: %d octets, more than 75: %q", i+1, len(phys), phys)
		case !utf8.ValidString(phys):
			t.Fatalf("line %d: not whole UTF-8 (a fold split a character): %q", i+1, phys)
		case strings.HasPrefix(phys, " "):
			if len(logical) == 0 {
				t.Fatal("the stream starts with a continuation line")
			}
			logical[len(logical)-1] += phys[1:]
		default:
			logical = append(logical, phys)
		}
	}
	var stack []string
	var events []icsEvent
	var ev icsEvent
	for _, l := range logical {
		m := icsContentLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a content line: %q", l)
		}
		name, value := m[1], m[2]
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			if value == "VEVENT" {
				ev = icsEvent{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("END:%s does not close %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				events = append(events, ev)
				ev = nil
			}
			continue
		}
		text, err := icsUnescape(value, name == "CATEGORIES")
		if err != nil {
			t.Fatalf("%s: %v in %q", name, err, value)
		}
		if ev != nil {
			ev[name] = text
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed: %v", stack)
	}
	if len(logical) < 2 || logical[0] != "BEGIN:VCALENDAR" {
		t.Fatal("not a VCALENDAR")
	}
	return events
}

// icsUnescape reads a TEXT value (a list of them when list).
func icsUnescape(v string, list bool) (string, error) {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '\\':
			if i+1 == len(v) {
				return "", fmt.Errorf("a backslash at the end")
			}
			i++
			switch v[i] {
			case '\\', ';', ',':
				b.WriteByte(v[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("unknown escape \\%c", v[i])
			}
		case ';':
			return "", fmt.Errorf("a bare ';'")
		case ',':
			if !list {
				return "", fmt.Errorf("a bare ','")
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func TestExportICSEvents(t *testing.T) {
	in := textExportInput(t, samplePath, ExportOptions{})
	events := parseICS(t, exportWith(t, "ics", in))
	wantEqual(t, "events (one per scheduled effort)", len(events), len(in.Analysis.Schedule))
	byUID := map[string]icsEvent{}
	for _, e := range events {
		byUID[e["UID"]] = e
		wantEqual(t, "DTSTAMP", e["DTSTAMP"], "20270215T000000Z")
		wantEqual(t, "SEQUENCE", e["SEQUENCE"], "20864") // 2027-02-15 is day 20864
	}
	wantEqual(t, "distinct UIDs", len(byUID), len(events))
	billing := byUID[icsUID(in.Roadmap.Name, "billing-v2")]
	wantEqual(t, "billing dates", []string{billing["DTSTART;VALUE=DATE"], billing["DTEND;VALUE=DATE"]}, []string{"20270119", "20270316"})
	wantEqual(t, "billing categories", billing["CATEGORIES"], "Product,active,Critical")
	milestone := byUID[icsUID(in.Roadmap.Name, "pricing-v2-live")]
	wantEqual(t, "milestone", []string{milestone["SUMMARY"], milestone["DTSTART;VALUE=DATE"], milestone["DTEND;VALUE=DATE"]},
		[]string{"Milestone: Pricing v2 live", "20270316", "20270317"})
	if _, killed := byUID[icsUID(in.Roadmap.Name, "linkedin-pilot")]; killed {
		t.Error("the killed effort has an event")
	}
	email := byUID[icsUID(in.Roadmap.Name, "launch-email")]
	for _, want := range []string{"Lane: Content\n", "Slip: 3 working days after its planned start\n", "Critical path: yes\n"} {
		if !strings.Contains(email["DESCRIPTION"], want) {
			t.Errorf("launch-email's DESCRIPTION lacks %q:\n%s", want, email["DESCRIPTION"])
		}
	}
}

// TestExportICSSequence: a later as-of raises every SEQUENCE, whichever way
// the dates moved; UIDs stay.
func TestExportICSSequence(t *testing.T) {
	in := textExportInput(t, samplePath, ExportOptions{})
	before := parseICS(t, exportWith(t, "ics", in))
	r := in.Roadmap.Clone()
	for i := range r.Efforts {
		if r.Efforts[i].ID == "tracking-fix" {
			r.Efforts[i].Start, r.Efforts[i].End = "2027-01-01", "2027-01-08" // earlier
		}
	}
	r.AsOf = "2027-02-16"
	after := parseICS(t, exportWith(t, "ics", textExportInputOf(t, r, ExportOptions{})))
	wantEqual(t, "events", len(after), len(before))
	for i := range before {
		wantEqual(t, "UID", after[i]["UID"], before[i]["UID"])
		if after[i]["SEQUENCE"] <= before[i]["SEQUENCE"] {
			t.Errorf("%s: SEQUENCE %s after, %s before", before[i]["SUMMARY"], after[i]["SEQUENCE"], before[i]["SEQUENCE"])
		}
	}
	wantEqual(t, "moved start", after[0]["DTSTART;VALUE=DATE"], "20270101")
}

// TestExportICSHostile: hostile text comes out escaped, parses, and reads
// back as written (control characters but tab left out, a CR a line break).
func TestExportICSHostile(t *testing.T) {
	in := textExportInput(t, hostilePath, ExportOptions{})
	events := parseICS(t, exportWith(t, "ics", in))
	wantEqual(t, "events", len(events), 4)
	wantEqual(t, "title", events[1]["SUMMARY"], "-2+3 🚀 launch 🎉")
	if !strings.HasSuffix(events[0]["DESCRIPTION"], "\n\nline one\nline two, with \"quotes\"; semicolons ; and commas,") {
		t.Errorf("notes: %q", events[0]["DESCRIPTION"])
	}
	if !strings.Contains(events[2]["DESCRIPTION"], "Owner: \tTab\nCR\n") {
		t.Errorf("owner: %q", events[2]["DESCRIPTION"])
	}
	wantEqual(t, "lane category", events[1]["CATEGORIES"], `=HYPERLINK("http://x","click"),planned`)
}

func TestICSFolding(t *testing.T) {
	for _, s := range []string{strings.Repeat("é", 100), strings.Repeat("🚀a", 60), strings.Repeat("x", 75), strings.Repeat("x", 76), "a\u0301" + strings.Repeat("e\u0301", 80)} {
		folded := appendFolded(nil, []byte("SUMMARY:"+s))
		events := parseICS(t, []byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"+string(folded)+"END:VEVENT\r\nEND:VCALENDAR\r\n"))
		wantEqual(t, "unfolded", events[0]["SUMMARY"], s)
	}
}

func TestICSText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                  "plain",
		`a\b;c,d`:                `a\\b\;c\,d`,
		"one\r\ntwo\nthree\rx":   `one\ntwo\nthree\nx`,
		"tab\tbell\a\x7fnul\x00": "tab\tbellnul",
	} {
		wantEqual(t, fmt.Sprintf("icsText(%q)", in), icsText(in), want)
	}
}

func TestICSUIDStable(t *testing.T) {
	wantEqual(t, "UID", icsUID("Growth", "a"), icsUID("Growth", "a"))
	if icsUID("Growth", "a") == icsUID("Growth", "b") || icsUID("Growth", "a") == icsUID("Other", "a") || icsUID("ab", "c") == icsUID("a", "bc") {
		t.Error("two efforts share a UID")
	}
}
