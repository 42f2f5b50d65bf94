package service

import (
	"encoding/base64"
	"strings"
	"unicode"

	"tandem/backend/formats"
)

// ExportFormat is one export format the UI offers: its name (SPEC §4's
// --format value), the label people read, the file extension (with the
// dot), whether the file is binary and whether lanes and a window narrow
// it (formats.Writer.Scoped).
type ExportFormat struct {
	Format string `json:"format"`
	Label  string `json:"label"`
	Ext    string `json:"ext"`
	Binary bool   `json:"binary"`
	Scoped bool   `json:"scoped"`
}

// ExportedFile is an export ready to save: a file name safe on every OS
// (the roadmap's name and the format's extension), its media type and its
// content: text as is, binary formats (PNG, PDF) base64 encoded (Base64).
type ExportedFile struct {
	FileName string `json:"fileName"`
	MIME     string `json:"mime"`
	Base64   bool   `json:"base64"`
	Data     string `json:"data"`
}

// formatLabels names the formats for people; a format missing here is
// offered under its own name in capitals.
var formatLabels = map[string]string{
	"tandem": "Roadmap file",
	"csv":    "Spreadsheet (CSV)",
	"png":    "Image (PNG)",
	"svg":    "Vector image (SVG)",
	"pdf":    "PDF",
	"md":     "Briefing (Markdown)",
	"ics":    "Calendar (ICS)",
	"mspdi":  "MS Project XML",
	"html":   "Web page (HTML)",
}

// ExportFormatList returns every registered export format in
// formats.ExportFormats' order, so the UI offers exactly what the backend
// writes. It never fails; the error result lets serve mode expose it like
// every other method.
func (s *Service) ExportFormatList() ([]ExportFormat, error) {
	names := formats.ExportFormats()
	out := make([]ExportFormat, 0, len(names))
	for _, f := range names {
		w, _ := formats.WriterFor(f)
		label, ok := formatLabels[f]
		if !ok {
			label = strings.ToUpper(f)
		}
		out = append(out, ExportFormat{Format: f, Label: label, Ext: w.Ext, Binary: w.Binary, Scoped: w.Scoped})
	}
	return out, nil
}

// ExportRoadmapFile renders roadmap id in format with opts (lanes, time
// window, paper) as a file to save. An unknown format, lane or bad window is
// an invalid error; an unknown roadmap not_found.
func (s *Service) ExportRoadmapFile(roadmapID, format string, opts formats.ExportOptions) (*ExportedFile, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := formats.WriterFor(format)
	if !ok {
		return nil, unknownFormat(format)
	}
	o, err := s.analyzed(roadmapID)
	if err != nil {
		return nil, err
	}
	b, err := s.exportStored(roadmapID, o, format, opts)
	if err != nil {
		return nil, err
	}
	f := &ExportedFile{FileName: SafeFileName(o.r.Name, w.Ext), MIME: w.MIME, Base64: w.Binary}
	if w.Binary {
		f.Data = base64.StdEncoding.EncodeToString(b)
	} else {
		f.Data = string(b)
	}
	return f, nil
}

// maxStem bounds a file name's stem, in characters, well under every file
// system's 255-byte limit even in 4-byte UTF-8.
const maxStem = 60

// windowsReserved are the device names Windows refuses as a file's stem.
var windowsReserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true}

// SafeFileName is the file name for roadmap name with extension ext (".csv"):
// letters and digits of any script, lower-cased, with every other run of
// characters one '-' (no slashes, colons, quotes, control characters or
// trailing dots on any OS), at most maxStem characters, "roadmap" when
// nothing is left, and never a Windows device name ("con" -> "con-roadmap").
// "Growth H1 2027" -> "growth-h1-2027.csv".
func SafeFileName(name, ext string) string {
	var b strings.Builder
	n, dash := 0, false
	for _, r := range strings.ToLower(name) {
		if n >= maxStem {
			break
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			dash = false
			b.WriteRune(r)
			n++
		default:
			dash = true
		}
	}
	stem := b.String()
	if stem == "" {
		stem = "roadmap"
	}
	if reservedOnWindows(stem) {
		stem += "-roadmap"
	}
	return stem + ext
}

// reservedOnWindows says whether stem is a device name: CON, PRN, AUX, NUL,
// COM1-9, LPT1-9.
func reservedOnWindows(stem string) bool {
	if windowsReserved[stem] {
		return true
	}
	return len(stem) == 4 && (stem[:3] == "com" || stem[:3] == "lpt") && stem[3] >= '1' && stem[3] <= '9'
}
