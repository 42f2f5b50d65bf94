package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportDrawn writes the sample as SVG, PNG and PDF files, with and
// without the lane, window and paper options, and refuses an unknown lane.
func TestExportDrawn(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sample.tandem")
	if code, _, errs := run("sample", "-o", src); code != 0 {
		t.Fatalf("sample: %s", errs)
	}
	cases := []struct {
		format string
		extra  []string
		magic  string
	}{
		{"svg", nil, "<?xml"},
		{"png", nil, "\x89PNG\r\n\x1a\n"},
		{"pdf", nil, "%PDF-"},
		{"pdf", []string{"--paper", "letter", "--lanes", "paid,product", "--from", "2027-02-01", "--to", "2027-04-30"}, "%PDF-"},
		{"svg", []string{"--lanes", "content"}, "<?xml"},
	}
	for i, c := range cases {
		out := filepath.Join(dir, "out"+string(rune('a'+i))+"."+c.format)
		args := append([]string{"export", src, "--format", c.format, "-o", out}, c.extra...)
		code, stdout, errs := run(args...)
		if code != 0 || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %s", args, code, stdout, errs)
			continue
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.HasPrefix(b, []byte(c.magic)) {
			t.Errorf("%v: wrote %d bytes (%v), want a file starting %q", args, len(b), err, c.magic)
		}
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "oute.svg"))
	if !bytes.Contains(svg, []byte(">Content</text>")) || bytes.Contains(svg, []byte(">Paid</text>")) {
		t.Error("--lanes content: the SVG does not show the Content lane alone")
	}

	bad := filepath.Join(dir, "bad.png")
	code, _, errs := run("export", src, "--format", "png", "--lanes", "paid,nope", "-o", bad)
	if code != 1 || !strings.Contains(errs, `lanes: unknown lane "nope" (lanes: paid, content, product, ai-tools)`) {
		t.Errorf("an unknown lane: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("an unknown lane left a file behind: %v", err)
	}
	code, _, errs = run("export", src, "--format", "pdf", "--paper", "a3")
	if code != 1 || !strings.Contains(errs, `paper: unknown size "a3" (a4 or letter)`) {
		t.Errorf("paper a3: exit %d, stderr %q", code, errs)
	}
}
