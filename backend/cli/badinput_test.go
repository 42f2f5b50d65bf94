package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/badinput"
	"tandem/backend/model"
	"tandem/backend/sample"
	"tandem/backend/service"
)

// TestBadInputIsAnsweredClearly runs every class of bad input through
// `tandem import`, `analyze` and `agenda`: exit 1, one "tandem: FILE: ..." line
// naming the place and the problem, and a store that holds exactly what it
// held before (its list and every roadmap's export and history).
func TestBadInputIsAnsweredClearly(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "store")
	seed := filepath.Join(dir, "seed.tandem")
	os.WriteFile(seed, sample.Bytes(), 0o644)
	if code, _, errs := run("--data", data, "import", seed); code != 0 {
		t.Fatalf("seeding the store: %s", errs)
	}
	before := storeFingerprint(t, data)

	cases := badinput.Cases()
	huge := filepath.Join(dir, "huge.tandem") // sparse: costs no disk
	if f, err := os.Create(huge); err != nil || f.Truncate(model.MaxFileBytes+1) != nil || f.Close() != nil {
		t.Fatalf("making a file over the limit: %v", err)
	}
	cases = append(cases, badinput.Case{File: "huge.tandem", Place: "huge.tandem", Problem: "the limit is 1073741824"})
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			path := filepath.Join(dir, c.File)
			if c.Data != nil {
				if err := os.WriteFile(path, c.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, cmd := range [][]string{{"--data", data, "import", path}, {"analyze", path, "--json"}, {"agenda", path}} {
				code, out, errs := run(cmd...)
				want := "tandem: " + path + ": "
				if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, want) ||
					!strings.Contains(errs, c.Place) || !strings.Contains(errs, c.Problem) {
					t.Fatalf("%s: exit %d, stdout %q, stderr %q\nwant exit 1 and one line %q... naming %q and %q",
						cmd[len(cmd)-2], code, out, errs, want, c.Place, c.Problem)
				}
				if strings.Count(errs, filepath.Base(path)) > 1+strings.Count(c.Place+c.Problem, filepath.Base(path)) {
					t.Errorf("the file is named twice: %s", errs)
				}
			}
			if after := storeFingerprint(t, data); after != before {
				t.Fatalf("the store changed")
			}
		})
	}
	t.Logf("%d classes of bad input, each through import, analyze and agenda", len(cases))
}

// storeFingerprint is badinput.Fingerprint of the store at dir.
func storeFingerprint(t *testing.T, dir string) string {
	t.Helper()
	var fp string
	err := withService(Global{Data: dir}, func(svc *service.Service) (err error) {
		fp, err = badinput.Fingerprint(svc)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fp
}
