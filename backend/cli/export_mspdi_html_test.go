package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tandem/backend/formats"
	"tandem/backend/sample"
)

// TestExportMSPDIAnalyze: `tandem export FILE --format mspdi` and then
// `tandem analyze` of the XML give the sample's finish, critical set and
// floats (efforts matched through the Tandem id the XML keeps in Text1).
func TestExportMSPDIAnalyze(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.tandem")
	xmlFile := filepath.Join(dir, "sample.xml")
	os.WriteFile(in, sample.Bytes(), 0o644)
	if code, _, errs := run("export", in, "--format", "mspdi", "-o", xmlFile); code != 0 {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	type result struct {
		Finish   string
		Critical []string
		Schedule []struct {
			ID    string
			Float int
		}
	}
	analyze := func(file string) result {
		t.Helper()
		code, out, errs := run("analyze", file, "--json")
		var r result
		if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("analyze %s: exit %d, %s", file, code, errs)
		}
		return r
	}
	want, got := analyze(in), analyze(xmlFile)

	data, _ := os.ReadFile(xmlFile)
	id, err := formats.MSPDITandemIDs(data)
	if err != nil {
		t.Fatal(err)
	}
	var critical []string
	for _, uid := range got.Critical {
		critical = append(critical, id[uid])
	}
	slices.Sort(critical)
	slices.Sort(want.Critical)
	if got.Finish != want.Finish || !slices.Equal(critical, want.Critical) {
		t.Errorf("finish %s, critical %v; want %s, %v", got.Finish, critical, want.Finish, want.Critical)
	}
	float := map[string]int{}
	for _, s := range want.Schedule {
		float[s.ID] = s.Float
	}
	for _, s := range got.Schedule {
		if f, ok := float[id[s.ID]]; !ok || f != s.Float {
			t.Errorf("effort %s (UID %s): float %d, want %d", id[s.ID], s.ID, s.Float, f)
		}
	}
	if len(got.Schedule) != len(want.Schedule) {
		t.Errorf("%d efforts scheduled, want %d", len(got.Schedule), len(want.Schedule))
	}
}

// TestExportHTMLFile: `tandem export FILE --format html` writes one page
// with its data; options narrow it; an unknown lane is bad input.
func TestExportHTMLFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.tandem")
	os.WriteFile(in, sample.Bytes(), 0o644)
	out := filepath.Join(dir, "sample.html")
	if code, _, errs := run("export", in, "--format", "html", "--lanes", "paid", "--from", "2027-03-01", "-o", out); code != 0 {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	page := string(b)
	for _, want := range []string{"<!DOCTYPE html>", "default-src &#39;none&#39;", `"origin":"2027-03-01"`, `"lanes":[{"n":"Paid"`, "<title>" + sample.Name + "</title>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if code, _, errs := run("export", in, "--format", "html", "--lanes", "sales"); code != 1 || !strings.Contains(errs, `unknown lane "sales"`) {
		t.Errorf("an unknown lane: exit %d, %q", code, errs)
	}
}
