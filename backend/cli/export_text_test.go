package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/sample"
)

// TestExportTextFormats runs `tandem export FILE --format csv|ics|md -o OUT`
// and checks what each file starts with; the CSV reads back.
func TestExportTextFormats(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.tandem")
	os.WriteFile(in, sample.Bytes(), 0o644)
	cases := []struct {
		format string
		args   []string
		start  string
		has    string
	}{
		{"csv", nil, "\ufeffid,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves\r\n", "\r\npricing-ads,paid,Spring pricing campaign,2027-03-01,2027-03-26,,planned,"},
		{"ics", nil, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "SUMMARY:Milestone: Pricing v2 live\r\n"},
		{"md", nil, "# " + sample.Name + "\n", "## Not doing\n"},
		{"md", []string{"--lanes", "paid,content", "--from", "2027-03-01", "--to", "2027-03-31"}, "# ", "Shown: lanes Paid and Content; efforts scheduled between 2027-03-01 and 2027-03-31"},
	}
	for _, c := range cases {
		t.Run(c.format+strings.Join(c.args, " "), func(t *testing.T) {
			out := filepath.Join(dir, "out."+c.format)
			args := append([]string{"export", in, "--format", c.format, "-o", out}, c.args...)
			if code, stdout, errs := run(args...); code != 0 || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, errs)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(b); !strings.HasPrefix(got, c.start) || !strings.Contains(got, c.has) {
				t.Errorf("%s starts %q; want it to start with %q and hold %q", out, got[:min(len(got), 120)], c.start, c.has)
			}
		})
	}
	if code, out, errs := run("analyze", filepath.Join(dir, "out.csv"), "--json"); code != 0 || !strings.Contains(out, `"critical":["`) {
		t.Errorf("the exported CSV does not analyse: exit %d, %s", code, errs)
	}
	if code, _, errs := run("export", in, "--format", "md", "--lanes", "sales"); code != 1 || !strings.Contains(errs, `unknown lane "sales"`) {
		t.Errorf("an unknown lane: exit %d, %q", code, errs)
	}
}
