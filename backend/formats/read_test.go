package formats

import (
	"errors"
	"testing"

	"tandem/backend/model"
)

func TestDetect(t *testing.T) {
	native := readTestdata(t, "golden/csv-growth.tandem")
	mspdi := readTestdata(t, "mspdi/relations.xml")
	gan := readTestdata(t, "gan/launch.gan")
	csv := readTestdata(t, "csv/growth.csv")
	cases := []struct {
		name string
		data []byte
		file string
		want Format
	}{
		{"tandem by extension", native, "a.tandem", FormatTandem},
		{"json by extension", native, "a.JSON", FormatTandem},
		{"csv by extension", csv, "dir/a.csv", FormatCSV},
		{"xml by extension", mspdi, "a.xml", FormatMSPDI},
		{"gan by extension", gan, "a.gan", FormatGanttProject},
		{"a GanttProject file named .xml", gan, "a.xml", FormatGanttProject},
		{"an MS Project file named .gan", mspdi, "a.gan", FormatMSPDI},
		{"native by content", native, "", FormatTandem},
		{"MS Project by content", mspdi, "export.txt", FormatMSPDI},
		{"GanttProject by content", gan, "", FormatGanttProject},
		{"CSV by content, after a byte order mark", csv, "", FormatCSV},
		{"CSV with a quoted header", []byte(`"lane","Id"` + "\n"), "", FormatCSV},
		{"native after spaces", []byte("\n  {}"), "", FormatTandem},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Detect(tc.data, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			wantEqual(t, "format", got, tc.want)
		})
	}
	for _, tc := range []struct{ name, data, file, want string }{
		{"empty", "  \n", "notes.txt", "notes.txt: the file is empty"},
		{"unknown text", "hello, world\n", "", "input: cannot tell the format (want a .tandem, .json, .csv, .xml or .gan file)"},
		{"other XML", "<svg/>", "pic", "pic: an XML file that is neither MS Project XML (<Project>) nor GanttProject (<project>)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Detect([]byte(tc.data), tc.file)
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		file, path string
		efforts    int
	}{
		{"growth.tandem", "golden/csv-growth.tandem", 6},
		{"growth.csv", "csv/growth.csv", 6},
		{"relations.xml", "mspdi/relations.xml", 5},
		{"launch.gan", "gan/launch.gan", 7},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r, err := Read(readTestdata(t, tc.path), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			wantEqual(t, "efforts", len(r.Efforts), tc.efforts)
		})
	}
	// all or nothing: any error, no roadmap
	for _, tc := range []struct{ name, data, file string }{
		{"invalid native", `{"format":"tandem/roadmap","version":1,"name":"x","lanes":[],"efforts":[{"id":"a","lane":"nope","durationDays":1}]}`, "x.tandem"},
		{"invalid CSV", "id,lane\na,\n", "x.csv"},
		{"invalid MS Project", "<Project><Tasks><Task><UID>1</UID><Duration>soon</Duration></Task></Tasks></Project>", "x.xml"},
		{"invalid GanttProject", `<project><tasks><task id="1" start="x"/></tasks></project>`, "x.gan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Read([]byte(tc.data), tc.file)
			if err == nil || r != nil {
				t.Fatalf("got %v, %v; want an error and no roadmap", r, err)
			}
		})
	}
	var ve *model.ValidationError
	if _, err := Read([]byte(`{"format":"tandem/roadmap","version":1,"name":"x","lanes":[],"efforts":[{"id":"a","lane":"nope","durationDays":1}]}`), "x.json"); !errors.As(err, &ve) {
		t.Errorf("a native file's validation error is a *model.ValidationError, got %T", err)
	}
	var xe *XMLError
	if _, err := Read([]byte("<Project><Tasks>"), "x.xml"); !errors.As(err, &xe) || xe.Line != 1 {
		t.Errorf("an XML error is an *XMLError with its line, got %#v", err)
	}
	var ce *CSVError
	if _, err := Read([]byte("id,lane\na,\n"), "x.csv"); !errors.As(err, &ce) || ce.Problems[0].Row != 2 || ce.Problems[0].Column != "lane" {
		t.Errorf("a CSV error is a *CSVError with row and column, got %#v", err)
	}
}

func TestNames(t *testing.T) {
	for id, want := range map[string]string{
		"pricing-page": "Pricing page", "ai-tools": "AI tools", "signup_cr": "Signup CR", "go-to-market": "Go to market",
		"paid": "Paid", "q3": "Q3", "CAC": "CAC", "Q3 push": "Q3 push", "a--b": "a--b", "-x": "-x", "x-": "x-", "équipe": "équipe",
	} {
		wantEqual(t, "humanize "+id, humanize(id), want)
	}
	for name, want := range map[string]string{"plans/Q3 Plan.v2.xml": "Q3 Plan.v2", `C:\work\q3.csv`: "q3", "": "", "x": "x"} {
		wantEqual(t, "fileStem "+name, fileStem(name), want)
	}
}

// TestReadText: what checkText lets through and refuses, beside the
// messages the badinput cases hold.
func TestReadText(t *testing.T) {
	native := readTestdata(t, "golden/csv-growth.tandem")
	latin1 := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<project name=\"Caf\xe9\"><tasks><task id=\"1\" name=\"A\" start=\"2026-07-01\" duration=\"2\"/></tasks></project>")
	for _, tc := range []struct {
		name string
		data []byte
		file string
	}{
		{"a native file after a UTF-8 byte order mark", append([]byte("\xEF\xBB\xBF"), native...), "a.tandem"},
		{"Latin-1 XML that says so", latin1, "a.gan"},
	} {
		if _, err := Read(tc.data, tc.file); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if looksUTF16([]byte("a\x00")) || !looksUTF16([]byte("\x00i\x00d")) || looksUTF16([]byte("id,\x00lane")) {
		t.Error("looksUTF16 is wrong on short, big-endian or binary input")
	}
}
