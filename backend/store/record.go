package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// recordName is the contents record: a small file beside Badger's, outside
// them, that says what the store held after its last acknowledged change.
// Open compares the store with it before writing anything (integrity.go),
// so that a store which lost data to a damaged or missing file is refused
// instead of opening as if nothing happened.
const recordName = "tandem-contents.json"

// record is what the contents record holds.
//
// Changes is the store's change counter (changesKey): every write that
// changes what a roadmap or setting holds adds one in its own transaction,
// and it never goes back, so a store whose counter is lower lost commits.
// (Badger's own commit versions are not used: compaction may drop a
// deletion together with its version.) Roadmaps are the visible roadmaps
// with their entity counts and undo top.
type record struct {
	Format   string                   `json:"format"` // recordFormat
	Changes  uint64                   `json:"changes"`
	Roadmaps map[string]recordRoadmap `json:"roadmaps"`
}

type recordRoadmap struct {
	Lanes   int    `json:"lanes"`
	Efforts int    `json:"efforts"`
	Steps   uint64 `json:"steps"` // the undo log's top
}

const recordFormat = "tandem-store-contents/1"

// readRecord reads the record of dir; nil (no error) when there is none:
// a new store, or one written by a Tandem without records.
func readRecord(dir string) (*record, error) {
	b, err := os.ReadFile(filepath.Join(dir, recordName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil || r.Format != recordFormat {
		return nil, fmt.Errorf("its contents record %s is unreadable", recordName)
	}
	return &r, nil
}

// changesKey holds the change counter (see record), a decimal number;
// absent (0) in a store no change was counted in.
var changesKey = []byte("changes")

// countChange adds one to the change counter in txn.
func countChange(txn *badger.Txn) error {
	n, err := readChanges(txn)
	if err != nil {
		return err
	}
	return txn.Set(changesKey, strconv.AppendUint(nil, n+1, 10))
}

func readChanges(txn *badger.Txn) (uint64, error) {
	v, err := getValue(txn, changesKey)
	if err != nil || v == nil {
		return 0, err
	}
	n, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("the change counter %q does not decode", v)
	}
	return n, nil
}

// snapshotRecord reads what db holds now, in one transaction.
func snapshotRecord(db *badger.DB) (*record, error) {
	r := &record{Format: recordFormat, Roadmaps: map[string]recordRoadmap{}}
	err := db.View(func(txn *badger.Txn) error {
		var err error
		if r.Changes, err = readChanges(txn); err != nil {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: headerPre})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			rid := string(it.Item().Key()[len(headerPre):])
			err := it.Item().Value(func(v []byte) error {
				h, err := decodeHeader(v)
				if err != nil {
					return fmt.Errorf("the header of roadmap %s does not decode", rid)
				}
				r.Roadmaps[rid] = recordRoadmap{Lanes: h.lanes, Efforts: h.efforts, Steps: h.top}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return r, err
}

// writeRecord replaces the record of dir atomically (a new file renamed
// over the old). It is not synced: it survives a crash of the process, and
// after a power loss an older record only lags the store, which is no damage.
func writeRecord(dir string, r *record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, recordName+".tmp")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, recordName))
}

// noteChange brings the record up to date after a commit. A failure is
// logged, not returned: the change is durable, and a record that lags the
// store is read as such.
func (s *Store) noteChange() {
	s.recordMu.Lock()
	defer s.recordMu.Unlock()
	r, err := snapshotRecord(s.db)
	if err == nil {
		err = writeRecord(s.dir, r)
	}
	if err != nil && !s.recordFailed {
		log.Printf("tandem store: cannot update %s: %v", recordName, err)
	}
	s.recordFailed = err != nil
}

// compareRecord says what the store (got) lost against the record (want),
// or "" when it holds everything the record does. A record that lags the
// store (fewer changes: the process stopped between a commit and the
// record's update) tells nothing and is accepted.
func compareRecord(got, want *record) string {
	switch {
	case want == nil || got.Changes > want.Changes:
		return ""
	case got.Changes < want.Changes:
		return fmt.Sprintf("it holds %d changes where Tandem recorded %d (the latest edits are missing)", got.Changes, want.Changes)
	}
	var lost []string
	for _, id := range slices.Sorted(maps.Keys(want.Roadmaps)) {
		g, ok := got.Roadmaps[id]
		switch w := want.Roadmaps[id]; {
		case !ok:
			lost = append(lost, "roadmap "+id+" is missing")
		case g != w:
			lost = append(lost, fmt.Sprintf("roadmap %s holds %d lanes, %d efforts, %d undo steps where Tandem recorded %d, %d, %d",
				id, g.Lanes, g.Efforts, g.Steps, w.Lanes, w.Efforts, w.Steps))
		}
	}
	for id := range got.Roadmaps {
		if _, ok := want.Roadmaps[id]; !ok {
			lost = append(lost, "roadmap "+id+" was not recorded")
		}
	}
	return strings.Join(lost, "; ")
}
