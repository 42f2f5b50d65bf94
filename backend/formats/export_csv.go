package formats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tandem/backend/model"
)

// The CSV export: one effort per row under SPEC §4's header, the file
// ReadCSV reads back.
//
//   - Encoding: UTF-8 with a byte order mark (so Excel reads accents and
//     emoji right), RFC 4180 fields (quoted, quotes doubled, when they hold
//     '"', ',', CR or LF), CRLF between records. Cell text is written as
//     is: a line break inside a cell stays LF (a CRLF inside one reads back
//     as LF).
//   - Every effort, killed ones too, in file order, with its planned
//     fields as the file gives them: start, end, and durationDays unless
//     the effort gives both start and end (then its length is start..end,
//     and the CSV, which has no calendar, could not check a working-day
//     count). status is written out ("planned" for an empty one).
//   - Ids where machines read: lane is the lane id, dependsOn, changes,
//     relies and moves hold effort, surface and metric ids in SPEC §4's
//     syntax ("a;b:SS+2;c:FF-1", "metric+;metric-"), in the file's order.
//     A surface an effort names twice is written once, as the analysis
//     reads it ("changes" wins), and so is a metric (first direction
//     wins): ReadCSV refuses the repeats.
//   - Text cells (every cell but start, end and durationDays) that a
//     spreadsheet would run as a formula get a leading apostrophe, which
//     ReadCSV removes again (csv_formula.go).
//
// What CSV does not carry: lane, surface and metric names (ReadCSV names
// them after their ids), surface kinds, metric units, notes (SPEC §4's
// header has no notes column), the calendar, links, decisions, rituals,
// events, the roadmap's name, start and asOf, and spaces around a cell
// (ReadCSV trims them). An id it cannot carry is an error naming the
// effort: one with spaces around it, a surface, metric or predecessor id
// holding ';' (the list separator), or a dependsOn item that would read as
// another effort's id.
func init() {
	register(Writer{Format: "csv", Ext: ".csv", MIME: "text/csv; charset=utf-8", Write: writeCSV})
}

// csvExportColumns is SPEC §4's header: the columns ReadCSV knows but notes.
var csvExportColumns = csvColumns[:len(csvColumns)-1]

// writeCSV writes in.Roadmap as CSV; ExportOptions do not apply. It runs in
// O(efforts + dependencies).
func writeCSV(in *ExportInput) ([]byte, error) {
	r := in.Roadmap
	x := csvExport{ids: make(map[string]bool, len(r.Efforts)), preds: make(map[string][]int, len(r.Efforts))}
	for i := range r.Efforts {
		x.ids[r.Efforts[i].ID] = true
	}
	for k := range r.Dependencies {
		to := r.Dependencies[k].To
		x.preds[to] = append(x.preds[to], k)
	}
	b := make([]byte, 0, 128*(len(r.Efforts)+1))
	b = append(b, utf8BOM...)
	b = appendCSVRecord(b, csvExportColumns)
	cells := make([]string, len(csvExportColumns))
	for i := range r.Efforts {
		if err := x.cells(cells, r, &r.Efforts[i]); err != nil {
			return nil, fmt.Errorf("csv: efforts[%d] (id %q): %w", i, r.Efforts[i].ID, err)
		}
		b = appendCSVRecord(b, cells)
	}
	return b, nil
}

// csvExport is one CSV export under way: the effort ids, and each effort's
// incoming dependencies by index.
type csvExport struct {
	ids   map[string]bool
	preds map[string][]int
}

// cells fills cells (in csvExportColumns' order) for e.
func (x *csvExport) cells(cells []string, r *model.Roadmap, e *model.Effort) error {
	for _, id := range []struct{ kind, id string }{{"effort", e.ID}, {"lane", e.Lane}} {
		if err := csvCarries(id.kind, id.id, false); err != nil {
			return err
		}
	}
	deps, err := x.dependsOn(r, e.ID)
	if err != nil {
		return err
	}
	var changes, relies, moves []string
	for _, t := range effectiveTouches(e.Touches) {
		if err := csvCarries("surface", t.Surface, true); err != nil {
			return err
		}
		if t.Mode == model.ModeChanges {
			changes = append(changes, t.Surface)
		} else {
			relies = append(relies, t.Surface)
		}
	}
	for _, m := range effectiveMoves(e.Moves) {
		if err := csvCarries("metric", m.Metric, true); err != nil {
			return err
		}
		sign := "+"
		if m.Direction == model.DirectionDown {
			sign = "-"
		}
		moves = append(moves, m.Metric+sign)
	}
	dur := ""
	if e.DurationDays != nil && (e.Start == "" || e.End == "") {
		dur = strconv.Itoa(*e.DurationDays)
	}
	text := neutralizeFormula
	cells[0], cells[1], cells[2] = text(e.ID), text(e.Lane), text(e.Title)
	cells[3], cells[4], cells[5] = string(e.Start), string(e.End), dur
	cells[6], cells[7], cells[8] = text(e.EffectiveStatus()), text(e.Owner), text(deps)
	cells[9], cells[10], cells[11] = text(strings.Join(changes, ";")), text(strings.Join(relies, ";")), text(strings.Join(moves, ";"))
	return nil
}

// dependsOn renders the dependencies into effort to: "from" for FS with no
// lag, else "from:TYPE" or "from:TYPE±N".
func (x *csvExport) dependsOn(r *model.Roadmap, to string) (string, error) {
	items := make([]string, 0, len(x.preds[to]))
	for _, k := range x.preds[to] {
		d := &r.Dependencies[k]
		if err := csvCarries("predecessor", d.From, true); err != nil {
			return "", err
		}
		item := d.From
		if typ := d.EffectiveType(); typ != model.DepFS || d.LagDays != 0 {
			item += ":" + typ
			if d.LagDays != 0 {
				item += fmt.Sprintf("%+d", d.LagDays)
			}
			if x.ids[item] {
				return "", fmt.Errorf("CSV cannot carry the dependency on %q: %q would read as the effort of that id", d.From, item)
			}
		}
		items = append(items, item)
	}
	return strings.Join(items, ";"), nil
}

// csvCarries checks that a CSV cell can carry id: ReadCSV trims spaces
// around cells and items, and inList cells split at ';'.
func csvCarries(kind, id string, inList bool) error {
	switch {
	case strings.TrimSpace(id) != id:
		return fmt.Errorf("CSV cannot carry %s id %q: spaces around it would be trimmed", kind, id)
	case inList && strings.Contains(id, ";"):
		return fmt.Errorf("CSV cannot carry %s id %q: ';' separates the items of a list cell", kind, id)
	}
	return nil
}

// appendCSVRecord appends one record of RFC 4180 fields and a CRLF. A
// field is quoted, with its quotes doubled, when it holds '"', ',', CR or
// LF; it is otherwise written as is.
func appendCSVRecord(b []byte, fields []string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		if !strings.ContainsAny(f, "\",\r\n") {
			b = append(b, f...)
			continue
		}
		b = append(b, '"')
		for {
			j := strings.IndexByte(f, '"')
			if j < 0 {
				break
			}
			b = append(b, f[:j+1]...)
			b = append(b, '"')
			f = f[j+1:]
		}
		b = append(b, f...)
		b = append(b, '"')
	}
	return append(b, '\r', '\n')
}

// effectiveTouches returns touches with each surface once, where it first
// appears, "changes" winning over "relies" (as the analysis reads them).
// It returns touches itself when no surface repeats.
func effectiveTouches(touches []model.Touch) []model.Touch {
	out := touches[:0:0]
	for _, t := range touches {
		i := slices.IndexFunc(out, func(o model.Touch) bool { return o.Surface == t.Surface })
		switch {
		case i < 0:
			out = append(out, t)
		case t.Mode == model.ModeChanges:
			out[i].Mode = model.ModeChanges
		}
	}
	return out
}

// effectiveMoves returns moves with each metric once, in its first
// direction (as the analysis reads them).
func effectiveMoves(moves []model.Move) []model.Move {
	out := moves[:0:0]
	for _, m := range moves {
		if !slices.ContainsFunc(out, func(o model.Move) bool { return o.Metric == m.Metric }) {
			out = append(out, m)
		}
	}
	return out
}
