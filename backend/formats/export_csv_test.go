package formats

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

func TestExportCSVGolden(t *testing.T) {
	for _, c := range []struct{ name, path string }{{"sample.csv", samplePath}, {"hostile.csv", hostilePath}} {
		t.Run(c.name, func(t *testing.T) {
			textGolden(t, c.name, exportWith(t, "csv", textExportInput(t, c.path, ExportOptions{})))
		})
	}
}

func TestExportCSVHeaderIsSPECs(t *testing.T) {
	got := exportWith(t, "csv", textExportInput(t, samplePath, ExportOptions{}))
	const spec = "id,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves\r\n"
	if !bytes.HasPrefix(got, append(slices.Clone(utf8BOM), spec...)) {
		t.Errorf("want a BOM and SPEC §4's header, got %q", got[:min(len(got), 100)])
	}
}

// TestExportCSVRoundTrip exports roadmaps and reads them back with
// ReadCSV: every effort, dependency, touch and move comes back.
func TestExportCSVRoundTrip(t *testing.T) {
	generated := modeltest.Generate(600, 7)
	for _, c := range []struct {
		name string
		in   *ExportInput
	}{
		{"sample", textExportInput(t, samplePath, ExportOptions{})},
		{"hostile", textExportInput(t, hostilePath, ExportOptions{})},
		{"generated", textExportInputOf(t, generated, ExportOptions{})},
	} {
		t.Run(c.name, func(t *testing.T) {
			back, err := ReadCSV(exportWith(t, "csv", c.in), "back.csv")
			if err != nil {
				t.Fatal(err)
			}
			sameLines(t, "efforts", csvCarried(back), csvCarried(c.in.Roadmap))
			sameLines(t, "dependencies", depSet(back), depSet(c.in.Roadmap))
		})
	}
}

// csvCarried lists what CSV carries of each effort, one line each (a
// surface or metric named twice counts once, as the analysis reads it;
// changed surfaces come before relied-on ones).
func csvCarried(r *model.Roadmap) []string {
	var out []string
	for _, e := range r.Efforts {
		dur := "-"
		if e.DurationDays != nil && (e.Start == "" || e.End == "") {
			dur = fmt.Sprint(*e.DurationDays)
		}
		out = append(out, fmt.Sprintf("%q %q %q %s %s %s %s %q %v %v",
			e.ID, e.Lane, e.Title, e.Start, e.End, dur, e.EffectiveStatus(), e.Owner, changesFirst(effectiveTouches(e.Touches)), effectiveMoves(e.Moves)))
	}
	return out
}

// changesFirst lists the touches that change a surface, then those that
// rely on one, as the CSV columns do.
func changesFirst(touches []model.Touch) []model.Touch {
	out := slices.Clone(touches)
	slices.SortStableFunc(out, func(a, b model.Touch) int { return strings.Compare(a.Mode, b.Mode) })
	return out
}

// depSet lists the dependencies as "from->to TYPE+LAG", sorted.
func depSet(r *model.Roadmap) []string {
	var out []string
	for _, d := range r.Dependencies {
		out = append(out, fmt.Sprintf("%s->%s %s%+d", d.From, d.To, d.EffectiveType(), d.LagDays))
	}
	slices.Sort(out)
	return out
}

// sameLines reports the first lines where got and want differ.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d lines, want %d", what, len(got), len(want))
	}
	shown := 0
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] && shown < 5 {
			t.Errorf("%s, line %d:\n got %s\nwant %s", what, i+1, got[i], want[i])
			shown++
		}
	}
}

// TestExportCSVHostile: the hostile roadmap's CSV parses, and no text cell
// starts with a character a spreadsheet would run.
func TestExportCSVHostile(t *testing.T) {
	got := exportWith(t, "csv", textExportInput(t, hostilePath, ExportOptions{}))
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, utf8BOM)))
	records, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 5 {
		t.Fatalf("want a header and 4 efforts, got %d records", len(records))
	}
	neutralised := 0
	for i, rec := range records[1:] {
		for j, cell := range rec {
			if col := csvExportColumns[j]; col == "start" || col == "end" || col == "durationDays" {
				continue
			}
			if formulaStart(cell) {
				t.Errorf("row %d, %s: %q would run as a formula", i+2, csvExportColumns[j], cell)
			}
			if strings.HasPrefix(cell, "'") {
				neutralised++
			}
		}
	}
	// e1's owner, e2's title and owner, e3's owner (a tab)
	wantEqual(t, "neutralised cells", neutralised, 4)
	wantEqual(t, "e2 title", records[2][2], "'-2+3 🚀 launch 🎉")
}

func TestFormulaNeutralisation(t *testing.T) {
	for _, s := range []string{"", "plain", "=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "'", "'x", "'=x", "''=x", "a=b", "\u00a0=x"} {
		n := neutralizeFormula(s)
		if formulaStart(n) {
			t.Errorf("neutralizeFormula(%q) = %q still starts a formula", s, n)
		}
		if back := restoreFormula(n); back != s {
			t.Errorf("restoreFormula(neutralizeFormula(%q)) = %q", s, back)
		}
	}
	for _, plain := range []string{"'x", "'", "it's", "x'=y"} {
		if got := restoreFormula(plain); got != plain {
			t.Errorf("restoreFormula(%q) = %q, want it unchanged", plain, got)
		}
	}
}

func TestReadCSVRestoresFormulaText(t *testing.T) {
	data := "\ufeffid,lane,title,owner,durationDays\r\n'-x,'@team,'=SUM(A1),'plain,3\r\n"
	r, err := ReadCSV([]byte(data), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	e := r.Efforts[0]
	wantEqual(t, "cells", []string{e.ID, e.Lane, e.Title, e.Owner}, []string{"-x", "@team", "=SUM(A1)", "'plain"})
}

// TestExportCSVErrors: ids CSV cannot carry are errors naming the effort.
func TestExportCSVErrors(t *testing.T) {
	base := func() *model.Roadmap {
		one := 1
		r := model.New("x")
		r.Lanes = []model.Lane{{ID: "l", Name: "L"}}
		r.Surfaces = []model.Surface{{ID: "s", Name: "S"}}
		r.Metrics = []model.Metric{{ID: "m", Name: "M"}}
		r.Efforts = []model.Effort{{ID: "a", Lane: "l", Title: "A", DurationDays: &one}, {ID: "b", Lane: "l", Title: "B", DurationDays: &one}}
		return r
	}
	cases := []struct {
		name   string
		change func(r *model.Roadmap)
		want   string
	}{
		{"surface with ';'", func(r *model.Roadmap) {
			r.Surfaces[0].ID = "s;t"
			r.Efforts[1].Touches = []model.Touch{{Surface: "s;t", Mode: model.ModeRelies}}
		}, `csv: efforts[1] (id "b"): CSV cannot carry surface id "s;t": ';' separates the items of a list cell`},
		{"metric with ';'", func(r *model.Roadmap) {
			r.Metrics[0].ID = "m;n"
			r.Efforts[0].Moves = []model.Move{{Metric: "m;n", Direction: model.DirectionUp}}
		}, `csv: efforts[0] (id "a"): CSV cannot carry metric id "m;n": ';' separates the items of a list cell`},
		{"lane with spaces", func(r *model.Roadmap) {
			r.Lanes[0].ID = " l"
			r.Efforts[0].Lane, r.Efforts[1].Lane = " l", " l"
		}, `csv: efforts[0] (id "a"): CSV cannot carry lane id " l": spaces around it would be trimmed`},
		{"predecessor with ';'", func(r *model.Roadmap) {
			r.Efforts[0].ID = "a;z"
			r.Dependencies = []model.Dependency{{From: "a;z", To: "b"}}
		}, `csv: efforts[1] (id "b"): CSV cannot carry predecessor id "a;z": ';' separates the items of a list cell`},
		{"dependsOn item that is an id", func(r *model.Roadmap) {
			r.Efforts[1].ID = "a:SS"
			r.Efforts = append(r.Efforts, model.Effort{ID: "c", Lane: "l", Title: "C", DurationDays: r.Efforts[0].DurationDays})
			r.Dependencies = []model.Dependency{{From: "a", To: "c", Type: model.DepSS}}
		}, `csv: efforts[2] (id "c"): CSV cannot carry the dependency on "a": "a:SS" would read as the effort of that id`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := base()
			c.change(r)
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			w, _ := WriterFor("csv")
			_, err := w.Write(textExportInputOf(t, r, ExportOptions{}))
			if err == nil || err.Error() != c.want {
				t.Errorf("got %v\nwant %s", err, c.want)
			}
		})
	}
}

// TestExportCSVTextRoundTrip: titles and owners made of the characters
// CSV and spreadsheets treat specially read back as written, apart from
// what the format documents it drops (spaces around a cell, CR before LF).
func TestExportCSVTextRoundTrip(t *testing.T) {
	alphabet := []string{"\"", ",", "\n", "\r", "'", "=", "+", "-", "@", "\t", " ", ";", ":", "é", "🚀", "a", "b"}
	rng := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := strings.TrimRightFunc(b.String(), unicode.IsSpace)
		s = strings.ReplaceAll(s, "\r\n", "\n")
		if t := strings.TrimLeftFunc(s, unicode.IsSpace); t != "" && !formulaStart(s) {
			s = t
		}
		if strings.TrimSpace(s) == "" {
			s = "x" + s
		}
		return s
	}
	r := model.New("texts")
	r.Lanes = []model.Lane{{ID: "l", Name: "L"}}
	one := 1
	for i := range 2000 {
		r.Efforts = append(r.Efforts, model.Effort{ID: fmt.Sprint("e", i), Lane: "l", Title: text(), Owner: text(), DurationDays: &one})
	}
	back, err := ReadCSV(exportWith(t, "csv", textExportInputOf(t, r, ExportOptions{})), "")
	if err != nil {
		t.Fatal(err)
	}
	sameLines(t, "efforts", csvCarried(back), csvCarried(r))
}
