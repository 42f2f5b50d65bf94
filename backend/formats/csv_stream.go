package formats

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"hash/crc32"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// CSVSink receives the efforts and dependencies of a CSV file as ScanCSV
// reads them, each with its index in its list. It must not keep e or d.
type CSVSink interface {
	Effort(i int, e *model.Effort) error
	Dependency(k int, d *model.Dependency) error
}

// CSVScan is what ScanCSV read of a CSV file but for what it sent to the
// sink.
type CSVScan struct {
	// Roadmap is the roadmap ReadCSV would return without its efforts and
	// dependencies: its name, lanes, surfaces and metrics.
	Roadmap               *model.Roadmap
	Efforts, Dependencies int                    // how many the sink got
	Schedule              analysis.ScheduleBound // see ScheduleBound.Fits
}

// csvChunk is how many efforts ScanCSV holds before it sends them on (a
// variable so that a test can lower it).
var csvChunk = 16384

// ScanCSV reads the CSV file open opens as Read reads it, but sends its
// efforts and dependencies to sink as it reads them instead of holding
// them, for an import whose memory must not grow with the file: it reads
// the file through a small buffer, not whole, three times (a check of its
// text and rows, the rows, the dependsOn cells once every id is known),
// holds csvChunk efforts at a time (validated together as model.Validate
// would validate them in the whole roadmap) and a few bytes of each effort
// and dependency (ids, rows, the ScheduleBound). fileName must end in
// ".csv" (Detect's CSV without a look at the content).
//
// ok is true only when Read would accept the file (but for a dependency
// cycle, which it leaves to Schedule.Fits to find) and return a roadmap
// whose efforts and dependencies are those the sink got, in order. When
// it is false the file may have a problem, or not be CSV, or not open;
// what the sink got is to be dropped, and Read run on the file to know and
// to word it, row by row. err is the sink's failure, if any (then ok is
// false).
func ScanCSV(open func() (io.ReadCloser, error), fileName string, sink CSVSink) (scan *CSVScan, ok bool, err error) {
	if strings.ToLower(filepath.Ext(fileName)) != ".csv" {
		return nil, false, nil
	}
	records, sum, text := csvTextRecords(open)
	if !text || records > maxCSVEfforts+2 {
		// Not text Read reads, or more rows than a roadmap may hold (with
		// the header and an empty last line): ReadCSV refuses the file
		// (unless rows are blank), and it need not go to the sink first.
		return nil, false, nil
	}
	st := &csvStream{sink: sink, open: open, sum: sum}
	c := &csvImport{r: model.New(firstNonEmpty(fileStem(fileName), "CSV import")), col: map[string]int{}, stream: st}
	if !st.reading(func(r io.Reader) { c.read(r, records) }) {
		return nil, false, nil
	}
	if st.err != nil {
		return nil, false, st.err
	}
	if st.failed || len(c.problems) > 0 {
		return nil, false, nil
	}
	// What Validate checks of the whole roadmap but its efforts (each
	// chunk's were) and dependencies (sendDependency's).
	c.r.Efforts = []model.Effort{}
	if c.r.Validate() != nil {
		return nil, false, nil
	}
	return &CSVScan{Roadmap: c.r, Efforts: st.efforts, Dependencies: st.deps, Schedule: st.bound}, true, nil
}

// csvTextRecords reads the file open opens and counts its records as
// csvRecords does, and returns the CRC-32 of its bytes; text is false
// unless checkSize and checkText (not XML) would pass on it (UTF-16's byte
// order marks are not UTF-8), or when it does not open or read.
func csvTextRecords(open func() (io.ReadCloser, error)) (records int, sum uint32, text bool) {
	file, err := open()
	if err != nil {
		return 0, 0, false
	}
	defer file.Close()
	f := &summing{r: file}
	buf := make([]byte, 64<<10)
	var (
		size    int64
		carry   int    // bytes of an incomplete character at the end of buf[:carry]
		quoted  bool   // inside a quoted cell
		content bool   // a byte other than a space or the byte order mark
		head    []byte // the first bytes, up to the length of a byte order mark
	)
	records = 1
	for {
		n, err := f.Read(buf[carry:])
		size += int64(n)
		if size > model.MaxFileBytes {
			return 0, 0, false
		}
		chunk := buf[:carry+n]
		if bytes.IndexByte(chunk[carry:], 0) >= 0 {
			return 0, 0, false // a NUL byte
		}
		for _, b := range chunk[carry:] {
			if b == '"' {
				quoted = !quoted
			} else if b == '\n' && !quoted {
				records++
			}
		}
		for _, b := range chunk[carry:] {
			if content {
				break
			}
			if len(head) < len(utf8BOM) {
				head = append(head, b) // judged once whole: the byte order mark is no content
				content = len(head) == len(utf8BOM) && !bytes.Equal(head, utf8BOM) && !allSpace(head)
				continue
			}
			content = !allSpace([]byte{b})
		}
		cut := len(chunk)
		if err == nil {
			cut -= incompleteTail(chunk)
		}
		if !utf8.Valid(chunk[:cut]) {
			return 0, 0, false
		}
		carry = copy(buf, chunk[cut:])
		if err == io.EOF {
			content = content || len(head) < len(utf8BOM) && !allSpace(head)
			return records, f.sum, content && carry == 0
		}
		if err != nil {
			return 0, 0, false
		}
	}
}

// allSpace reports whether b holds only ASCII white space. (Other white
// space, which checkText's bytes.TrimSpace also passes over, counts as
// content here: a file of white space alone has no header either, which
// ReadCSV refuses.)
func allSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			return false
		}
	}
	return true
}

// incompleteTail returns how many bytes at the end of b begin a UTF-8
// character that b does not end: 0 to 3.
func incompleteTail(b []byte) int {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(b); i++ {
		if c := b[len(b)-i]; c&0xC0 != 0x80 { // not a continuation byte
			if utf8.FullRune(b[len(b)-i:]) {
				return 0
			}
			return i
		}
	}
	return 0
}

// csvStream is the state of a ScanCSV.
type csvStream struct {
	sink          CSVSink
	open          func() (io.ReadCloser, error) // the file, read again for its dependsOn cells
	sum           uint32                        // the file's CRC-32, the same at every reading
	items         int                           // dependsOn items: at most this many dependencies
	efforts, deps int                           // sent
	bound         analysis.ScheduleBound
	failed        bool  // a problem, maybe: ScanCSV's ok is false
	err           error // the sink's
}

// stopped reports whether reading can stop: the scan has failed.
func (st *csvStream) stopped(c *csvImport) bool { return st.failed || len(c.problems) > 0 }

// own returns s, cloned in a stream: a cell is a slice of its record's
// text, which would be kept whole by whatever keeps the cell.
func (c *csvImport) own(s string) string {
	if c.stream == nil {
		return s
	}
	return strings.Clone(s)
}

// held is how many efforts of n a CSV import holds at once.
func (c *csvImport) held(n int) int {
	if c.stream == nil {
		return n
	}
	return min(n, csvChunk)
}

// flush validates the efforts held and sends them to the stream's sink,
// then drops them.
func (c *csvImport) flush() {
	st := c.stream
	chunk := c.r.Efforts
	defer func() {
		clear(chunk)
		c.r.Efforts = chunk[:0]
	}()
	if st.stopped(c) {
		st.failed = true
		return
	}
	part := &model.Roadmap{Format: c.r.Format, Version: c.r.Version, Name: c.r.Name,
		Lanes: c.r.Lanes, Surfaces: c.r.Surfaces, Metrics: c.r.Metrics, Efforts: chunk}
	if part.Validate() != nil {
		st.failed = true
		return
	}
	for i := range chunk {
		e := &chunk[i]
		plan, planned := 0, e.Start != ""
		dur := 0
		if e.DurationDays != nil {
			dur = *e.DurationDays
		}
		if planned {
			plan, _ = model.ParseDate(e.Start) // valid: Validate passed
			if e.End != "" {
				end, _ := model.ParseDate(e.End)
				dur = max(dur, end-plan+1)
			}
		}
		var flags uint8
		switch e.Status {
		case model.StatusDone:
			flags = analysis.BoundDone
		case model.StatusKilled:
			flags = analysis.BoundKilled
		}
		st.bound.Add(plan, planned, dur, flags)
		if st.err = st.sink.Effort(st.efforts, e); st.err != nil {
			st.failed = true
			return
		}
		st.efforts++
	}
}

// sendDependency sends a dependency resolveDeps found valid to the
// stream's sink, once it has checked what model.Validate would check of it
// that resolveDeps does not: its lag and the count of dependencies.
func (c *csvImport) sendDependency(d *model.Dependency) {
	st := c.stream
	if st.stopped(c) || d.LagDays > model.MaxDays || d.LagDays < -model.MaxDays || st.deps >= model.MaxDependencies {
		st.failed = true
		return
	}
	b := &st.bound
	b.From, b.To, b.Lag = append(b.From, c.effortIndex(d.From)), append(b.To, c.effortIndex(d.To)), append(b.Lag, int32(d.LagDays))
	if st.err = st.sink.Dependency(st.deps, d); st.err != nil {
		st.failed = true
		return
	}
	st.deps++
}

// reading calls read with the file opened anew, through a buffer, after
// its byte order mark; false when it does not open. A file whose bytes are
// not those the first reading checked (it changed meanwhile) fails the
// stream: every reading must see one file.
func (st *csvStream) reading(read func(r io.Reader)) bool {
	file, err := st.open()
	if err != nil {
		st.failed = true
		return false
	}
	defer file.Close()
	f := &summing{r: file}
	r := bufio.NewReaderSize(f, 64<<10)
	if head, _ := r.Peek(len(utf8BOM)); bytes.Equal(head, utf8BOM) {
		r.Discard(len(utf8BOM))
	}
	read(r)
	if !st.failed {
		if _, err := io.Copy(io.Discard, r); err != nil || f.sum != st.sum {
			st.failed = true
		}
	}
	return true
}

// summing reads r and keeps the CRC-32 of what it read.
type summing struct {
	r   io.Reader
	sum uint32
}

func (s *summing) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	s.sum = crc32.Update(s.sum, crc32.IEEETable, b[:n])
	return n, err
}

// growDependencies makes room in the bound for every dependency.
func (st *csvStream) growDependencies() {
	b := &st.bound
	b.From, b.To, b.Lag = slices.Grow(b.From, st.items), slices.Grow(b.To, st.items), slices.Grow(b.Lag, st.items)
}

// eachPending calls fn with every dependsOn cell in the file's order: the
// cells read (ReadCSV), or, in a stream, read again from the file, which
// the first reading found sound, rather than held (a million cells and
// their rows took ~60 MiB).
func (c *csvImport) eachPending(fn func(p pendingDeps)) {
	if c.stream == nil {
		for _, p := range c.pending {
			fn(p)
		}
		return
	}
	c.stream.reading(func(r io.Reader) { c.eachCell(r, fn) })
}

// eachCell is eachPending of a stream, reading the file from r.
func (c *csvImport) eachCell(r io.Reader, fn func(p pendingDeps)) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		c.stream.failed = true // the header read before: the file changed
		return
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			c.stream.failed = true
			return
		}
		if v, _ := c.cell(rec, "dependsOn"); v != "" { // not a blank row, then
			line, _ := cr.FieldPos(0)
			id, _ := c.cell(rec, "id")
			if row, known := c.effortRow[id]; !known || row != line {
				c.stream.failed = true // the file changed since its rows were read
				return
			}
			fn(pendingDeps{row: line, to: id, cell: v})
		}
	}
}

// effortIndex returns the index of the effort id (known) in the file's
// order: rows holds the efforts' rows in increasing order.
func (c *csvImport) effortIndex(id string) int32 {
	return int32(sort.SearchInts(c.rows, c.effortRow[id]))
}
