package store

import (
	"bytes"
	"compress/flate"
	"io"

	"tandem/backend/model"
)

// A snapshot is one entity (one key) holding its whole frozen roadmap:
// id, name, date, hash, then the frozen roadmap in the entities' own
// encoding (meta, then every list with its count), deflated, then Extra.
// Deflate keeps a 20,000-effort snapshot, and the undo step that creates
// it, well inside one Badger transaction (see badgerOptions): the encoding
// repeats ids, dates and enums and shrinks several times.

func encSnapshot(e *encoder, v *model.Snapshot) {
	e.str(v.ID)
	e.str(v.Name)
	e.str(string(v.Date))
	e.str(v.Hash)
	e.bool(v.Roadmap != nil)
	if v.Roadmap != nil {
		e.bytes(deflate(encFrozen(v.Roadmap)))
	}
	e.extra(v.Extra)
}

func decSnapshot(d *decoder) (v model.Snapshot) {
	v.ID, v.Name, v.Date, v.Hash = d.str(), d.str(), model.Date(d.str()), d.str()
	if d.bool() {
		raw, err := inflate(d.str())
		if err != nil {
			d.fail()
			return v
		}
		fd := decoder{s: string(raw)}
		v.Roadmap = decFrozen(&fd)
		if fd.done() != nil {
			d.fail()
			return v
		}
	}
	v.Extra = d.extra()
	return v
}

// encFrozen encodes a whole roadmap (without snapshots: a frozen one has none).
func encFrozen(r *model.Roadmap) []byte {
	e := encoder{b: make([]byte, 0, 64+96*len(r.Efforts))}
	encMeta(&e, r)
	encList(&e, r.Lanes, encLane)
	encList(&e, r.Surfaces, encSurface)
	encList(&e, r.Metrics, encMetric)
	encList(&e, r.Efforts, encEffort)
	encList(&e, r.Dependencies, encDependency)
	encList(&e, r.Links, encLink)
	encList(&e, r.Decisions, encDecision)
	encList(&e, r.Rituals, encRitual)
	encList(&e, r.Events, encEvent)
	return e.b
}

func decFrozen(d *decoder) *model.Roadmap {
	r := new(model.Roadmap)
	decMeta(d, r)
	r.Lanes = decList(d, decLane)
	r.Surfaces = decList(d, decSurface)
	r.Metrics = decList(d, decMetric)
	r.Efforts = decList(d, decEffort)
	r.Dependencies = decList(d, decDependency)
	r.Links = decList(d, decLink)
	r.Decisions = decList(d, decDecision)
	r.Rituals = decList(d, decRitual)
	r.Events = decList(d, decEvent)
	return r
}

func encList[T any](e *encoder, xs []T, enc func(*encoder, *T)) {
	e.count(len(xs), xs == nil)
	for i := range xs {
		enc(e, &xs[i])
	}
}

func decList[T any](d *decoder, dec func(*decoder) T) []T {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = dec(d)
	}
	return out
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestSpeed) // only a bad level fails
	w.Write(b)                                     // a bytes.Buffer never fails
	w.Close()
	return buf.Bytes()
}

func inflate(s string) ([]byte, error) {
	r := flate.NewReader(bytes.NewReader([]byte(s)))
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, model.MaxFileBytes))
}
