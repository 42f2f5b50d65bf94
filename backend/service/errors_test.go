package service

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tandem/backend/internal/golden"
	"tandem/backend/model"
)

// TestErrorsCarryTheirProblems: a refusal made of problems at places
// carries them as data (where, what; how many more), and a dependency cycle
// its efforts, so that the UI lists and words them without parsing the
// message.
func TestErrorsCarryTheirProblems(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.CreateRoadmap("Errors"))
	id := snap.Info.ID
	lane := must(t)(svc.AddLane(id, model.Lane{Name: "A"})).Roadmap.Lanes[0].ID
	for _, e := range []string{"a", "b"} {
		must(t)(svc.AddEffort(id, model.Effort{ID: e, Title: e, Lane: lane, DurationDays: new(2)}))
	}
	must(t)(svc.AddDependency(id, model.Dependency{From: "a", To: "b"}))

	manyRows := "id,title,lane,start,end,durationDays,dependsOn\n" + strings.Repeat("x,,,,,,\n", 200)
	_, cycle := svc.AddDependency(id, model.Dependency{From: "b", To: "a"})
	_, csv := svc.ImportRoadmap("", "x.csv", "id,title,lane,start,end,durationDays,dependsOn\nx,X,L,2027-13-01,,3,\ny,Y,L,2027-01-01,,2,ghost\n")
	_, csvMany := svc.ImportRoadmap("", "x.csv", manyRows)
	_, native := svc.ImportRoadmap("", "x.tandem", `{"format":"tandem/roadmap","version":1,"name":"N","efforts":[{"id":"e","title":"E","lane":"nowhere","durationDays":1}]}`)
	_, syntax := svc.ImportRoadmap("", "x.tandem", "{\n  \"version\": 1,\n  \"name\": oops\n}")
	_, xml := svc.ImportRoadmap("", "x.xml", "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>")
	_, notFound := svc.OpenRoadmap("no-such-roadmap")

	for _, tc := range []struct {
		name      string
		err       error
		code      string
		where     []string // the first problems' places, in order
		whatHas   string   // the first problem's text contains this
		more      bool     // problems beyond the list are counted
		cycle     []string
		noProblem bool
	}{
		{name: "cycle", err: cycle, code: CodeInvalid, cycle: []string{"a", "b"}, whatHas: "cycle"},
		{name: "csv rows", err: csv, code: CodeInvalid, where: []string{"row 2, column start", "row 3, column dependsOn"}, whatHas: "month"},
		{name: "csv with more problems than listed", err: csvMany, code: CodeInvalid, more: true},
		{name: "validation", err: native, code: CodeInvalid, where: []string{`efforts[0] (id "e").lane`}, whatHas: "nowhere"},
		{name: "syntax", err: syntax, code: CodeInvalid, where: []string{"line 3, column 11, name"}, whatHas: "invalid character"},
		{name: "xml", err: xml, code: CodeInvalid, whatHas: ""},
		{name: "not found", err: notFound, code: CodeNotFound, noProblem: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := AsError(tc.err)
			if e == nil || e.Code != tc.code {
				t.Fatalf("got %#v, want code %s", e, tc.code)
			}
			if tc.noProblem {
				if len(e.Problems) != 0 || e.Cycle != nil {
					t.Errorf("problems %v, cycle %v; want none", e.Problems, e.Cycle)
				}
				return
			}
			if tc.cycle != nil {
				if !slices.Equal(e.Cycle, tc.cycle) {
					t.Errorf("cycle %v, want %v", e.Cycle, tc.cycle)
				}
			} else if len(e.Problems) == 0 {
				t.Fatalf("no problems in %#v", e)
			}
			for i, w := range tc.where {
				if i >= len(e.Problems) || e.Problems[i].Where != w {
					t.Errorf("problem %d: %+v, want it at %q", i, e.Problems, w)
				}
			}
			if len(e.Problems) > 0 && !strings.Contains(e.Problems[0].What+e.Message, tc.whatHas) {
				t.Errorf("first problem %+v does not say %q", e.Problems[0], tc.whatHas)
			}
			if tc.more && (e.More == 0 || len(e.Problems) > maxProblems) {
				t.Errorf("%d problems listed and %d more; want at most %d listed and the rest counted", len(e.Problems), e.More, maxProblems)
			}
			// Both transports send this JSON.
			var back Error
			raw, _ := json.Marshal(e)
			if err := json.Unmarshal(raw, &back); err != nil || fmt.Sprint(back) != fmt.Sprint(*e) {
				t.Errorf("JSON round trip: %s", raw)
			}
		})
	}
}

// TestErrorCodesFile keeps the UI's list of error codes the one in Go
// (Codes): the file is written from it with -update.
func TestErrorCodesFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("// Code generated from backend/service/errors.go (Codes) by TestErrorCodesFile; DO NOT EDIT.\n")
	b.WriteString("// Regenerate: go test ./backend/service -run ErrorCodes -update\n\n")
	b.WriteString("/** The codes of the errors the backend answers with (service.Codes). */\n")
	b.WriteString("export const BACKEND_CODES = [")
	for i, c := range Codes {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "'%s'", c)
	}
	b.WriteString("] as const\n")
	golden.Check(t, "../../frontend/src/lib/api/codes.gen.ts", []byte(b.String()))

	// Every Code constant of the package is in Codes.
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pkgs["service"].Files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				for i, name := range spec.(*ast.ValueSpec).Names {
					lit, ok := spec.(*ast.ValueSpec).Values[i].(*ast.BasicLit)
					if !strings.HasPrefix(name.Name, "Code") || !ok {
						continue
					}
					if v, _ := strconv.Unquote(lit.Value); !slices.Contains(Codes, v) {
						t.Errorf("%s = %s is not in Codes", name.Name, lit.Value)
					}
				}
			}
		}
	}
}
