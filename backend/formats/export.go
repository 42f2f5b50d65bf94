package formats

import (
	"slices"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// ExportOptions narrows what an export shows. The zero value shows the whole
// roadmap on A4 paper. Writers that list every effort (tandem, csv, ics,
// mspdi) ignore Lanes and the window: they are for drawn and read exports
// (svg, png, pdf, html, md).
type ExportOptions struct {
	// Lanes are the ids of the lanes to show, in the roadmap's order; empty
	// shows every lane.
	Lanes []string `json:"lanes,omitempty"`
	// From and To bound the time window shown (inclusive); empty: the
	// roadmap's whole span.
	From model.Date `json:"from,omitempty"`
	To   model.Date `json:"to,omitempty"`
	// Paper is the PDF page size: "a4" (default) or "letter", landscape.
	Paper string `json:"paper,omitempty"`
}

// ExportInput is what every writer gets: a valid roadmap, its analysis,
// its lane layout (nil: the drawn writers pack the lanes themselves, with
// PackSchedule and no room for slip ghosts, which exports do not draw), the
// day that counts as today (the roadmap's asOf, else the caller's clock)
// and the options.
type ExportInput struct {
	Roadmap  *model.Roadmap
	Analysis *analysis.Result
	Layout   *layout.Layout
	Today    model.Date
	Options  ExportOptions
}

// Writer is one export format: its name (SPEC §4's --format value), the
// file extension and media type of what it writes, whether that is binary
// (PNG, PDF), whether ExportOptions' lanes and window narrow it (Scoped:
// the drawn and read formats; the others always hold every effort) and the
// function that writes it. Write must be deterministic
// for the same input.
type Writer struct {
	Format string
	Ext    string
	MIME   string
	Binary bool
	Scoped bool
	Write  func(in *ExportInput) ([]byte, error)
}

// writers holds every registered Writer by format name. Each format's file
// registers itself in an init function, so adding a format touches no other
// file.
var writers = map[string]Writer{}

// register adds w; a second writer for the same format is a programming
// error.
func register(w Writer) {
	if _, dup := writers[w.Format]; dup {
		panic("formats: two writers for " + w.Format)
	}
	writers[w.Format] = w
}

// WriterFor returns the writer of format, and whether there is one.
func WriterFor(format string) (Writer, bool) {
	w, ok := writers[format]
	return w, ok
}

// ExportFormats returns the names of every export format in SPEC §4's order
// (tandem first), then any others alphabetically.
func ExportFormats() []string {
	order := []string{"tandem", "csv", "svg", "png", "pdf", "md", "ics", "mspdi", "html"}
	rank := func(f string) int {
		if i := slices.Index(order, f); i >= 0 {
			return i
		}
		return len(order)
	}
	out := make([]string, 0, len(writers))
	for f := range writers {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b string) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a, b)
	})
	return out
}
