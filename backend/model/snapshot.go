package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Snapshot is a named, frozen copy of the whole roadmap: what a ritual's
// agenda compares the roadmap with ("what changed since").
//
// Roadmap is the roadmap as it was when the snapshot was taken, without its
// own snapshots, and with asOf set to Date when it had none, so that its
// analysis is recomputed the same from it alone. It is immutable: nothing
// may change it once frozen (Clone shares it). Hash is the SHA-256, in 64
// lower-case hex digits, of the frozen roadmap's file bytes (Marshal): the
// same roadmap always has the same hash. The analysis is not stored; it is
// recomputed from the frozen roadmap (deterministic), which keeps files
// small.
type Snapshot struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Date    Date     `json:"date"`
	Hash    string   `json:"hash"`
	Roadmap *Roadmap `json:"roadmap"`
	Extra   Extra    `json:"-"`
}

// Freeze returns the snapshot id of r named name and dated date: a deep copy
// of r without its snapshots, asOf set to date when r has none, and its
// hash. r is not changed. It fails only as Marshal does.
func (r *Roadmap) Freeze(id, name string, date Date) (Snapshot, error) {
	frozen := r.Clone()
	frozen.Snapshots = nil
	if frozen.AsOf == "" {
		frozen.AsOf = date
	}
	hash, err := frozen.ContentHash()
	if err != nil {
		return Snapshot{}, err
	}
	return Snapshot{ID: id, Name: name, Date: date, Hash: hash, Roadmap: frozen}, nil
}

// ContentHash returns the SHA-256 of r's file bytes (Marshal) in hex.
func (r *Roadmap) ContentHash() (string, error) {
	b, err := r.Marshal()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Snapshot returns the snapshot with id, or nil.
func (r *Roadmap) Snapshot(id string) *Snapshot {
	for i := range r.Snapshots {
		if r.Snapshots[i].ID == id {
			return &r.Snapshots[i]
		}
	}
	return nil
}

// LatestSnapshot returns the snapshot with the latest date (of two on one
// day, the one listed last), or nil when r has none.
func (r *Roadmap) LatestSnapshot() *Snapshot {
	var best *Snapshot
	for i := range r.Snapshots {
		if s := &r.Snapshots[i]; best == nil || s.Date >= best.Date {
			best = s
		}
	}
	return best
}

var snapshotKeys = []string{"id", "name", "date", "hash", "roadmap"}

func (d *decoder) snapshot(x *Snapshot) error {
	return d.object("a snapshot object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			x.ID, err = d.str()
		case "name":
			x.Name, err = d.str()
		case "date":
			x.Date, err = d.date()
		case "hash":
			x.Hash, err = d.str()
		case "roadmap":
			x.Roadmap, err = d.roadmapPtr()
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}

// roadmapPtr reads a roadmap object, or null as nil.
func (d *decoder) roadmapPtr() (*Roadmap, error) {
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == 'n' {
		return nil, d.literal("null")
	}
	r := new(Roadmap)
	if err := d.roadmap(r); err != nil {
		return nil, err
	}
	return r, nil
}

func (e *encoder) snapshot(x *Snapshot) {
	n := e.open('{')
	e.strField(&n, "id", x.ID)
	e.strField(&n, "name", x.Name)
	e.strField(&n, "date", string(x.Date))
	e.strField(&n, "hash", x.Hash)
	if x.Roadmap != nil {
		e.key(&n, "roadmap")
		e.roadmap(x.Roadmap)
	}
	e.extra(&n, x.Extra, snapshotKeys)
	e.close('}', n)
}

// snapshots checks the snapshots' own fields: ids, a name, a date, a hash
// of 64 hex digits, a frozen roadmap that holds no snapshots. The frozen
// roadmaps themselves are checked by CheckSnapshots (they never change once
// frozen, so an edit need not check them again).
func (c *checker) snapshots() {
	c.ids("snapshots", len(c.r.Snapshots), func(i int) string { return c.r.Snapshots[i].ID }, nil)
	for i := range c.r.Snapshots {
		s := &c.r.Snapshots[i]
		a := at{list: "snapshots", i: i, k1: "id", v1: s.ID}
		if s.Name == "" {
			c.add(a, "name", "missing")
		}
		c.date(a, "date", s.Date, true)
		c.text(a, "name", s.Name, MaxNameLength)
		c.extra(a, "", s.Extra)
		if !isHexHash(s.Hash) {
			c.add(a, "hash", "want 64 lower-case hex digits (SHA-256), got %q", shorten(s.Hash))
		}
		switch {
		case s.Roadmap == nil:
			c.add(a, "roadmap", "missing")
		case len(s.Roadmap.Snapshots) > 0:
			c.add(a, "roadmap.snapshots", "a frozen roadmap holds no snapshots")
		}
	}
}

func isHexHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// CheckSnapshots validates every snapshot's frozen roadmap and checks that
// its hash matches it; the first problem is an error naming the snapshot.
// Load calls it after Validate; it costs a validation and a Marshal per
// snapshot.
func (r *Roadmap) CheckSnapshots() error {
	for i := range r.Snapshots {
		s := &r.Snapshots[i]
		if s.Roadmap == nil {
			continue // Validate reports it
		}
		place := fmt.Sprintf("snapshots[%d] (id %q)", i, shorten(s.ID))
		if err := s.Roadmap.Validate(); err != nil {
			return fmt.Errorf("%s.roadmap: %w", place, err)
		}
		hash, err := s.Roadmap.ContentHash()
		if err != nil {
			return fmt.Errorf("%s.roadmap: %w", place, err)
		}
		if hash != s.Hash {
			return fmt.Errorf("%s.hash: does not match the frozen roadmap (its hash is %s): the roadmap was changed after it was frozen", place, hash)
		}
	}
	return nil
}
