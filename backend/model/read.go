package model

import (
	"bytes"
	"fmt"
	"io"
)

// MaxFileBytes is the largest roadmap file Parse and Read accept (1 GiB). A
// roadmap of a million efforts with a few touches, moves and notes each is
// about 540 MiB written indented, so the limit leaves room for that and
// stops only what no editor of roadmaps would produce.
const MaxFileBytes = 1 << 30

// utf8BOM is skipped at the start of a file (some Windows editors write it).
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse reads a roadmap file (SPEC §2) from data. It checks the JSON and the
// types of the known keys, keeps unknown keys in the Extra fields, and does
// NOT validate the roadmap: call Validate, or use Load. An input over
// MaxFileBytes is an error wrapping ErrTooLarge; malformed JSON and known
// keys of the wrong type are a *DecodeError with a line and a column.
// Arrays and objects may nest at most MaxDepth deep. A leading UTF-8 byte
// order mark is ignored. Parse does not keep data: the
// roadmap shares no memory with it. It runs in one pass over data.
func Parse(data []byte) (*Roadmap, error) {
	r, _, err := parse(data, MaxFileBytes)
	return r, err
}

// parse is Parse with a size limit, returning the roadmap's Index too.
func parse(data []byte, limit int) (*Roadmap, *Index, error) {
	if len(data) > limit {
		return nil, nil, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, len(data), limit)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	d := newDecoder(data)
	r := new(Roadmap)
	x, err := d.indexedRoadmap(r)
	if err != nil {
		return nil, nil, err
	}
	if err := d.end(); err != nil {
		return nil, nil, err
	}
	return r, x, nil
}

// Read reads all of rd and parses it (see Parse). It stops reading, with an
// error wrapping ErrTooLarge, past MaxFileBytes.
func Read(rd io.Reader) (*Roadmap, error) { return read(rd, MaxFileBytes) }

// read is Read with a size limit.
func read(rd io.Reader, limit int) (*Roadmap, error) {
	data, err := io.ReadAll(io.LimitReader(rd, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	r, _, err := parse(data, limit)
	return r, err
}

// Load is Parse followed by Validate and CheckSnapshots: the roadmap is
// returned only when it is well-formed and valid, and so are its snapshots.
func Load(data []byte) (*Roadmap, error) {
	r, _, err := LoadIndexed(data)
	return r, err
}

// LoadIndexed is Load that also returns the roadmap's Index, made as the
// file was read (each id looked up once): hand it to what reads the
// roadmap next (the analysis) as long as the roadmap does not change.
func LoadIndexed(data []byte) (*Roadmap, *Index, error) {
	r, x, err := ParseIndexed(data)
	if err != nil {
		return nil, nil, err
	}
	if err := r.CheckIndexed(x); err != nil {
		return nil, nil, err
	}
	return r, x, nil
}

// ParseIndexed is Parse that also returns the roadmap's Index, made as the
// file was read. The roadmap is not validated: LoadIndexed is
// ParseIndexed followed by CheckIndexed.
func ParseIndexed(data []byte) (*Roadmap, *Index, error) {
	return parse(data, MaxFileBytes)
}

// CheckIndexed is what Load checks after Parse: ValidateIndexed with x,
// r's Index, then CheckSnapshots. It only reads r and x.
func (r *Roadmap) CheckIndexed(x *Index) error {
	if err := r.ValidateIndexed(x); err != nil {
		return err
	}
	return r.CheckSnapshots()
}

// unmarshal runs read over data as one whole JSON text.
func unmarshal(data []byte, read func(*decoder) error) error {
	d := newDecoder(data)
	if err := read(d); err != nil {
		return err
	}
	return d.end()
}

// isNull reports whether data is the JSON null (encoding/json hands
// Unmarshalers a null, which by convention leaves the value as it is).
func isNull(data []byte) bool {
	return string(bytes.TrimSpace(data)) == "null"
}
