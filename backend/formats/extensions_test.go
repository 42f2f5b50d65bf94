package formats

import (
	"strings"
	"testing"

	"tandem/backend/internal/golden"
)

// TestImportExtensions: every extension Tandem lists as importable is one
// Detect knows by name, and the UI's list (api/formats.gen.ts) is written
// from the same list (go test -run ImportExtensions -update).
func TestImportExtensions(t *testing.T) {
	samples := map[Format][]byte{
		FormatTandem:       []byte(`{"format":"tandem/roadmap"}`),
		FormatCSV:          []byte("id,title\n"),
		FormatMSPDI:        []byte(`<Project xmlns="http://schemas.microsoft.com/project"/>`),
		FormatGanttProject: []byte(`<project name="x"/>`),
	}
	for _, ext := range ImportExtensions {
		known := false
		for _, data := range samples {
			if f, err := Detect(data, "roadmap"+ext); err == nil && f != "" {
				known = true
			}
		}
		// A name alone must tell it too: an empty file with the extension is not "empty" but its format.
		if _, err := Detect(nil, "roadmap"+ext); !known || err != nil {
			t.Errorf("%s: Detect does not know it by its name (%v)", ext, err)
		}
	}
	var b strings.Builder
	b.WriteString("// Code generated from backend/formats (ImportExtensions) by TestImportExtensions; DO NOT EDIT.\n")
	b.WriteString("// Regenerate: go test ./backend/formats -run ImportExtensions -update\n\n")
	b.WriteString("/** The file types Tandem imports, for a file input's accept attribute. */\n")
	b.WriteString("export const ROADMAP_FILES = '" + strings.Join(ImportExtensions, ",") + "'\n")
	golden.Check(t, "../../frontend/src/lib/api/formats.gen.ts", []byte(b.String()))
}
