package service

import (
	"encoding/base64"
	"strings"
	"testing"

	"tandem/backend/formats"
	"tandem/backend/sample"
)

func TestSafeFileName(t *testing.T) {
	cases := []struct{ name, ext, want string }{
		{"Growth H1 2027", ".csv", "growth-h1-2027.csv"},
		{"  Q3: paid / content?  ", ".tandem", "q3-paid-content.tandem"},
		{`a\b*c"d<e>f|g`, ".md", "a-b-c-d-e-f-g.md"},
		{"Plan...", ".pdf", "plan.pdf"},
		{"", ".png", "roadmap.png"},
		{"***", ".svg", "roadmap.svg"},
		{"CON", ".csv", "con-roadmap.csv"},
		{"lpt1", ".ics", "lpt1-roadmap.ics"},
		{"com10", ".ics", "com10.ics"},
		{"Équipe été", ".html", "équipe-été.html"},
		{"Cafe\u0301 plan", ".md", "cafe-plan.md"},
		{"増長 ロードマップ", ".md", "増長-ロードマップ.md"},
		{"tab\there\nnew", ".csv", "tab-here-new.csv"},
		{strings.Repeat("ab", 100), ".csv", strings.Repeat("ab", 30) + ".csv"},
	}
	for _, c := range cases {
		if got := SafeFileName(c.name, c.ext); got != c.want {
			t.Errorf("SafeFileName(%q, %q) = %q; want %q", c.name, c.ext, got, c.want)
		}
	}
}

func TestExportFormatListFollowsTheRegistry(t *testing.T) {
	svc, _ := newTestService(t)
	list, _ := svc.ExportFormatList()
	names := formats.ExportFormats()
	if len(list) != len(names) {
		t.Fatalf("%d formats listed; the registry has %d", len(list), len(names))
	}
	for i, f := range list {
		w, _ := formats.WriterFor(names[i])
		if f.Format != names[i] || f.Ext != w.Ext || f.Binary != w.Binary || f.Label == "" {
			t.Errorf("format %d is %+v; the registry has %s %s binary=%v", i, f, names[i], w.Ext, w.Binary)
		}
	}
	if list[0] != (ExportFormat{Format: "tandem", Label: "Roadmap file", Ext: ".tandem"}) {
		t.Errorf("first format %+v; want the roadmap file", list[0])
	}
}

func TestExportRoadmapFile(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("Growth: H1 / 2027", "", string(sample.Bytes())))
	id := snap.Info.ID
	list, _ := svc.ExportFormatList()
	for _, f := range list {
		t.Run(f.Format, func(t *testing.T) {
			got, err := svc.ExportRoadmapFile(id, f.Format, formats.ExportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			w, _ := formats.WriterFor(f.Format)
			if got.FileName != "growth-h1-2027"+w.Ext || got.MIME != w.MIME || got.Base64 != w.Binary {
				t.Fatalf("file %q %q base64=%v; want %q %q %v", got.FileName, got.MIME, got.Base64, "growth-h1-2027"+w.Ext, w.MIME, w.Binary)
			}
			data := []byte(got.Data)
			if got.Base64 {
				if data, err = base64.StdEncoding.DecodeString(got.Data); err != nil {
					t.Fatalf("binary data is not base64: %v", err)
				}
			}
			want, err := ExportFile([]byte(fileOf(t, snap)), "", f.Format, formats.ExportOptions{}, svc.now())
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != string(want) {
				t.Fatalf("the stored roadmap exports other bytes than its file in %s", f.Format)
			}
		})
	}
}

func TestExportRoadmapFileRefusals(t *testing.T) {
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("", "", string(sample.Bytes())))
	_, err := svc.ExportRoadmapFile(snap.Info.ID, "docx", formats.ExportOptions{})
	wantCode(t, err, CodeInvalid)
	if err != nil && !strings.Contains(err.Error(), `"docx"`) {
		t.Errorf("error %q does not name the format", err)
	}
	_, err = svc.ExportRoadmapFile("nope", "tandem", formats.ExportOptions{})
	wantCode(t, err, CodeNotFound)
}
