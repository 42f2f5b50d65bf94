package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"tandem/backend/model"
)

// csvColumns are the columns a CSV import knows, by their key (the name
// lower-cased without spaces, '_' and '-'): SPEC §4's header plus notes.
var csvColumns = []string{"id", "lane", "title", "start", "end", "durationDays", "status", "owner",
	"dependsOn", "changes", "relies", "moves", "notes"}

// csvKey is the key a header name matches a column by: "Depends On",
// "depends_on" and "dependsOn" are all "dependson".
func csvKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		if r != ' ' && r != '_' && r != '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxCSVEfforts is model.MaxEfforts, a variable so that a test can lower it.
var maxCSVEfforts = model.MaxEfforts

// ReadCSV imports a CSV file with one effort per row (SPEC §4). The header
// names the columns, in any order: id and lane are required; title, start,
// end, durationDays, status, owner, dependsOn, changes, relies, moves and
// notes are optional. Header names match ignoring case, spaces, '_' and
// '-'; an unknown column is an error (a misspelt "dependson" must not drop
// every dependency unnoticed), a column with an empty name is ignored.
// A UTF-8 byte order mark is skipped. A cell that is an apostrophe then a
// formula-like text ("'=x", "'-2 days", as the CSV export writes them to
// keep spreadsheets from running them) reads without that apostrophe; see
// restoreFormula.
//
// Cells: dependsOn is a ';'-separated list of "id" (finish-to-start, lag 0)
// or "id:TYPE", "id:TYPE+N", "id:TYPE-N" (TYPE one of FS, SS, FF, SF, any
// case; N working days; an id holding ':' is read whole when it is one);
// changes and relies list surface ids separated by ';'; moves lists
// "metric+" (up) and "metric-" (down) separated by ';'. Dates are
// YYYY-MM-DD; without a calendar every day counts.
// Lanes, surfaces and metrics are created from the ids used, in order of
// first use, named after their ids (see humanize); lanes take the palette's
// colours. An empty title is the id; an empty status is planned. Spaces
// around cells and list items are ignored. A row may leave out trailing
// cells but not have more cells than the header.
//
// Every problem is reported, as a *CSVError naming its row and column
// ("row 4, column dependsOn: unknown effort \"x\""); nothing is imported
// when there is one. fileName's base name, which may be empty, names the
// roadmap.
func ReadCSV(data []byte, fileName string) (*model.Roadmap, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	c := &csvImport{r: model.New(firstNonEmpty(fileStem(fileName), "CSV import")), col: map[string]int{}}
	data = bytes.TrimPrefix(data, utf8BOM)
	c.read(bytes.NewReader(data), csvRecords(data))
	if len(c.problems) > 0 {
		return nil, c.problemsError()
	}
	if err := c.r.Validate(); err != nil {
		c.validation(err)
		return nil, c.problemsError()
	}
	return c.r, nil
}

// csvImport is one CSV import under way.
type csvImport struct {
	r        *model.Roadmap
	header   []string       // as written
	col      map[string]int // key -> column index
	rows     []int          // rows[i]: the row of efforts[i]
	deps     []int          // deps[k]: the row of dependencies[k]
	problems []CSVProblem
	omitted  int

	lanes, surfaces, metrics map[string]bool
	effortRow                map[string]int
	pending                  []pendingDeps

	stream *csvStream // ScanCSV's, else nil
}

// pendingDeps is a dependsOn cell, resolved once every id is known.
type pendingDeps struct {
	row  int
	to   string
	cell string
}

// add records a problem (beyond maxCSVProblems, only counts it).
func (c *csvImport) add(row int, column, format string, args ...any) {
	if len(c.problems) >= maxCSVProblems {
		c.omitted++
		return
	}
	c.problems = append(c.problems, CSVProblem{Row: row, Column: column, Message: fmt.Sprintf(format, args...)})
}

// problemsError returns the problems found as a *CSVError.
func (c *csvImport) problemsError() error {
	return &CSVError{Problems: c.problems, Omitted: c.omitted}
}

// read parses the records of src, a CSV file of about records records
// after its byte order mark, and builds the roadmap.
func (c *csvImport) read(src io.Reader, records int) {
	r := c.r
	// Room for an effort a record, so that the list is not copied as it
	// grows: the efforts of a large file take more memory than the file.
	rows := min(records, maxCSVEfforts+1)
	r.Lanes, r.Surfaces, r.Metrics, r.Efforts = []model.Lane{}, []model.Surface{}, []model.Metric{}, make([]model.Effort, 0, c.held(rows))
	c.rows = make([]int, 0, rows)
	r.Dependencies, r.Links, r.Decisions, r.Rituals, r.Events = []model.Dependency{}, []model.Link{}, []model.Decision{}, []model.Ritual{}, []model.Event{}
	c.lanes, c.surfaces, c.metrics, c.effortRow = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]int{}

	cr := csv.NewReader(src)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		c.add(1, "", "the file is empty: want a header row naming the columns (%s)", strings.Join(csvColumns, ","))
		return
	}
	if err != nil {
		c.syntax(err)
		return
	}
	if !c.readHeader(header) {
		return
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.syntax(err)
			return
		}
		line, _ := cr.FieldPos(0)
		c.row(line, rec)
		if c.stream != nil && c.stream.stopped(c) {
			return
		}
		if len(c.rows) > maxCSVEfforts {
			// Refused while reading, before the rest is held in memory.
			c.add(line, "", "more than %s efforts (rows), the limit of a roadmap", model.Thousands(maxCSVEfforts))
			return
		}
	}
	if len(c.rows) == 0 && len(c.problems) == 0 {
		c.add(1, "", "the file has a header but no rows: nothing to import")
		return
	}
	if c.stream != nil {
		if c.flush(); c.stream.failed {
			return
		}
	}
	c.resolveDeps()
}

// csvRecords counts the records of a CSV file: its lines, but for the line
// breaks inside a quoted cell (after an odd number of '"'; an escaped quote
// "" counts twice). It is a hint for the size of lists, exact for a
// well-formed file.
func csvRecords(data []byte) int {
	n, quoted := 1, false
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\"\n")
		if i < 0 {
			break
		}
		if data[i] == '"' {
			quoted = !quoted
		} else if !quoted {
			n++
		}
		data = data[i+1:]
	}
	return n
}

// syntax reports a CSV syntax error.
func (c *csvImport) syntax(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		c.add(pe.Line, "", "malformed CSV at column %d: %v", pe.Column, pe.Err)
		return
	}
	c.add(1, "", "%v", err)
}

// readHeader maps the columns; false when the header is unusable.
func (c *csvImport) readHeader(header []string) bool {
	c.header = header
	known := map[string]bool{}
	for _, k := range csvColumns {
		known[csvKey(k)] = true
	}
	ok := true
	for i, name := range header {
		key := csvKey(name)
		switch {
		case key == "":
			continue
		case !known[key]:
			c.add(1, strings.TrimSpace(name), "unknown column (the columns are %s)", strings.Join(csvColumns, ", "))
			ok = false
		default:
			if j, dup := c.col[key]; dup {
				c.add(1, strings.TrimSpace(name), "duplicate column (also column %d)", j+1)
				ok = false
				continue
			}
			c.col[key] = i
		}
	}
	for _, req := range []string{"id", "lane"} {
		if _, has := c.col[req]; !has {
			c.add(1, "", "no %s column: the header must name at least id and lane", req)
			ok = false
		}
	}
	return ok
}

// cell returns the trimmed value of column key (empty when the column is
// absent or the row short), with the apostrophe the CSV export puts before
// a formula-like cell removed (see restoreFormula), and the column's name
// for messages.
func (c *csvImport) cell(rec []string, key string) (string, string) {
	i, ok := c.col[csvKey(key)]
	if !ok {
		return "", key
	}
	name := strings.TrimSpace(c.header[i])
	if i >= len(rec) {
		return "", name
	}
	return restoreFormula(strings.TrimSpace(rec[i])), name
}

// row reads one effort.
func (c *csvImport) row(row int, rec []string) {
	if len(rec) > len(c.header) {
		for _, v := range rec[len(c.header):] {
			if strings.TrimSpace(v) != "" {
				c.add(row, "", "%d cells, but the header names %d columns", len(rec), len(c.header))
				return
			}
		}
		rec = rec[:len(c.header)]
	}
	blank := true
	for _, v := range rec {
		blank = blank && strings.TrimSpace(v) == ""
	}
	if blank {
		return // a row of empty cells, as spreadsheets write at the end
	}
	e := model.Effort{}
	id, idCol := c.cell(rec, "id")
	id = c.own(id)
	switch {
	case id == "":
		c.add(row, idCol, "missing")
	case utf8.RuneCountInString(id) > model.MaxIDLength:
		c.add(row, idCol, "longer than %d characters", model.MaxIDLength)
	default:
		if prev, dup := c.effortRow[id]; dup {
			c.add(row, idCol, "duplicate id %q (also row %d)", id, prev)
		} else {
			c.effortRow[id] = row
		}
	}
	e.ID = id
	e.Lane = c.ref(row, rec, "lane", c.lanes, func(id string) {
		c.r.Lanes = append(c.r.Lanes, model.Lane{ID: c.own(id), Name: humanize(id), Color: laneColor(len(c.r.Lanes))})
	})
	e.Title, _ = c.cell(rec, "title")
	if e.Title == "" {
		e.Title = id
	}
	e.Owner, _ = c.cell(rec, "owner")
	e.Notes, _ = c.cell(rec, "notes")
	c.status(row, rec, &e)
	c.dates(row, rec, &e)
	c.touches(row, rec, &e)
	c.moves(row, rec, &e)
	if v, _ := c.cell(rec, "dependsOn"); v != "" {
		if c.stream != nil {
			c.stream.items += strings.Count(v, ";") + 1 // the cell is read again (eachPending)
		} else {
			c.pending = append(c.pending, pendingDeps{row: row, to: id, cell: v})
		}
	}
	c.r.Efforts = append(c.r.Efforts, e)
	c.rows = append(c.rows, row)
	if c.stream != nil && len(c.r.Efforts) == csvChunk {
		c.flush()
	}
}

// ref reads a required id column and creates its entity on first use.
func (c *csvImport) ref(row int, rec []string, key string, seen map[string]bool, create func(string)) string {
	v, col := c.cell(rec, key)
	switch {
	case v == "":
		c.add(row, col, "missing")
	case utf8.RuneCountInString(v) > model.MaxIDLength:
		c.add(row, col, "longer than %d characters", model.MaxIDLength)
	case !seen[v]:
		v = c.own(v)
		seen[v] = true
		create(v)
	}
	return v
}

// columnOf returns the header's name of the column an effort's problem
// path ends in (`efforts[3] (id "x").notes` is the notes column).
func (c *csvImport) columnOf(path string) (string, bool) {
	for _, key := range csvColumns {
		if strings.HasSuffix(path, "."+key) {
			if i, ok := c.col[csvKey(key)]; ok {
				return strings.TrimSpace(c.header[i]), true
			}
		}
	}
	return "", false
}

// validation turns what model.Validate still finds (it should find
// nothing: the rows were checked) into problems on rows.
func (c *csvImport) validation(err error) {
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		c.add(1, "", "%v", err)
		return
	}
	for _, p := range ve.Problems {
		row := 1
		var i int
		if _, scanErr := fmt.Sscanf(p.Path, "efforts[%d]", &i); scanErr == nil && i < len(c.rows) {
			row = c.rows[i]
			if col, ok := c.columnOf(p.Path); ok {
				// A field of the row's effort that is a column: name the
				// column, as the row's own checks do.
				c.add(row, col, "%s", p.Message)
				continue
			}
		} else if _, scanErr := fmt.Sscanf(p.Path, "dependencies[%d]", &i); scanErr == nil && i < len(c.deps) {
			row = c.deps[i]
		}
		c.add(row, "", "%s", p.String())
	}
}
