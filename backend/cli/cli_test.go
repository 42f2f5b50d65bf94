package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/sample"
)

// run runs a command line and returns its exit code, stdout and stderr.
func run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Version: "1.2.3"}
	inv, err := Parse(args)
	if err != nil {
		return Report(err, &errb, nil), out.String(), errb.String()
	}
	return Run(inv, env), out.String(), errb.String()
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "store")
	sampleFile := filepath.Join(dir, "sample.tandem")
	badFile := filepath.Join(dir, "bad.tandem")
	agendaFile := filepath.Join("testdata", "agenda.tandem")
	os.WriteFile(badFile, []byte(`{"format":"tandem/roadmap","version":1,"name":"B","lanes":[],"efforts":[{"id":"e","lane":"x","title":"E","durationDays":1}]}`), 0o644)
	cases := []struct {
		name string
		args []string
		code int
		out  string // a substring of stdout
		err  string // a substring of stderr
	}{
		{"help", []string{"--help"}, 0, "tandem [--data DIR] [COMMAND]", ""},
		{"version", []string{"--version"}, 0, "tandem 1.2.3", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"--colour"}, 2, "", "unknown flag --colour"},
		{"sample to stdout", []string{"sample"}, 0, `"format": "tandem/roadmap"`, ""},
		{"sample to a file", []string{"sample", "-o", sampleFile}, 0, "", ""},
		{"sample with an extra argument", []string{"sample", "x"}, 2, "", "unexpected argument x"},
		{"import without a file", []string{"--data", data, "import"}, 2, "", "missing FILE"},
		{"import a missing file", []string{"--data", data, "import", filepath.Join(dir, "nope.tandem")}, 1, "", "no such file"},
		{"import a bad file", []string{"--data", data, "import", badFile}, 1, "", `unknown lane "x"`},
		{"import", []string{"import", sampleFile, "--name", "Imported H1", "--data", data}, 0, `imported "Imported H1"`, ""},
		{"list", []string{"--data", data, "list"}, 0, "Imported H1", ""},
		{"export", []string{"export", sampleFile, "--format", "tandem"}, 0, `"name": "` + sample.Name, ""},
		{"analyze as JSON", []string{"analyze", sampleFile, "--json"}, 0, `"critical":["`, ""},
		{"analyze as text", []string{"analyze", sampleFile}, 0, "Critical path", ""},
		{"analyze without a file", []string{"analyze", "--json"}, 2, "", "missing FILE"},
		{"analyze a bad file", []string{"analyze", badFile}, 1, "", `unknown lane "x"`},
		{"analyze a missing file", []string{"analyze", filepath.Join(dir, "nope.json")}, 1, "", "no such file"},
		{"analyze MS Project XML", []string{"analyze", "../formats/testdata/mspdi/relations.xml", "--json"}, 0, `"critical":["1","2","3","4"]`, ""},
		{"import CSV", []string{"--data", data, "import", "../formats/testdata/csv/growth.csv"}, 0, "imported", ""},
		{"export CSV as a Tandem file", []string{"export", "../formats/testdata/csv/growth.csv", "--format", "tandem"}, 0, `"format": "tandem/roadmap"`, ""},
		{"export without a format", []string{"export", sampleFile}, 2, "", "missing --format"},
		{"export to an unknown format", []string{"export", sampleFile, "--format", "docx"}, 1, "", `unknown export format "docx"`},
		{"agenda since an older snapshot, by name", []string{"agenda", agendaFile, "--since", "Kickoff"}, 0, `compared with snapshot "Kickoff" of 2027-02-01`, ""},
		{"agenda without a snapshot", []string{"agenda", sampleFile}, 0, "no snapshot yet: everything is new", ""},
		{"agenda as of a day", []string{"agenda", agendaFile, "--as-of", "2027-03-01"}, 0, "As of 2027-03-01", ""},
		{"agenda of an unknown ritual", []string{"agenda", agendaFile, "--ritual", "nope"}, 1, "", `no ritual "nope"`},
		{"agenda since an unknown snapshot", []string{"agenda", agendaFile, "--since", "nope"}, 1, "", `no snapshot "nope"`},
		{"agenda as of a bad day", []string{"agenda", agendaFile, "--as-of", "2027-02-30"}, 1, "", "as of: "},
		{"agenda without a file", []string{"agenda"}, 2, "", "missing FILE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errs, tc.err) {
				t.Fatalf("exit %d (want %d)\nstdout: %s\nstderr: %s\nwant stdout ~ %q, stderr ~ %q", code, tc.code, out, errs, tc.out, tc.err)
			}
			if code == 1 && (strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "tandem: ")) {
				t.Fatalf("bad input must print one 'tandem: ...' line; got %q", errs)
			}
		})
	}
	if b, err := os.ReadFile(sampleFile); err != nil || !bytes.Equal(b, sample.Bytes()) {
		t.Fatalf("sample -o wrote other bytes (%v)", err)
	}
}

func TestExportWritesAtomically(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.tandem")
	out := filepath.Join(dir, "out.tandem")
	os.WriteFile(in, sample.Bytes(), 0o644)
	os.WriteFile(out, []byte("keep me"), 0o644)
	if code, _, _ := run("export", in, "--format", "nope", "-o", out); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "keep me" {
		t.Fatal("a failed export touched the output file")
	}
	if code, _, errs := run("export", in, "--format", "tandem", "-o", out); code != 0 {
		t.Fatal(errs)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestAgendaGolden prints the agenda of testdata/agenda.tandem (the sample,
// two snapshots, then a move, a kill and a decision) for its ritual and
// compares it with testdata/agenda.md. Run with -update to rewrite it.
func TestAgendaGolden(t *testing.T) {
	code, out, errs := run("agenda", filepath.Join("testdata", "agenda.tandem"), "--ritual", "growth-sync")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	path := filepath.Join("testdata", "agenda.md")
	if *update {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("%s differs; run go test -update and review the diff.\ngot:\n%s", path, out)
	}
}
