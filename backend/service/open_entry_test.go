package service

import (
	"testing"

	"tandem/backend/sample"
)

// TestOpenEntryIsReadyForEdits: a roadmap just imported, opened from the
// store or put back by undo is cached with its model index, its analysis as
// a Compact and its validation (openEntry), so that its first edit starts
// from them as later edits do; the first two edits at 20,000 efforts took
// 31-43 and 24-28 ms when the first made the index and the second the
// Compact.
func TestOpenEntryIsReadyForEdits(t *testing.T) {
	svc, dir := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("", "sample.tandem", string(sample.Bytes())))
	id := snap.Info.ID
	e := snap.Roadmap.Efforts[0]
	e.Title += " (moved)"
	reopened := func() *Service {
		fresh := openTestService(t, dir+"/copy")
		must(t)(fresh.ImportRoadmap("", "sample.tandem", string(sample.Bytes())))
		fresh.open = map[string]*opened{} // forget it: the next call loads it from the store
		return fresh
	}()
	tests := []struct {
		name string
		svc  *Service
		open func(svc *Service) (*Snapshot, error)
	}{
		{"imported", svc, func(*Service) (*Snapshot, error) { return snap, nil }},
		{"opened from the store", reopened, func(s *Service) (*Snapshot, error) { return s.StartupRoadmap() }},
		{"put back by undo", svc, func(s *Service) (*Snapshot, error) {
			must(t)(s.UpdateEffort(id, e))
			return s.Undo(id)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := must(t)(tc.open(tc.svc))
			o := tc.svc.open[got.Info.ID]
			if o == nil || o.mx == nil || o.comp == nil || !o.valid {
				t.Fatalf("the entry is not ready for an edit: %+v", o)
			}
			f := got.Roadmap.Efforts[1]
			f.Title += " (renamed)"
			next := must(t)(tc.svc.UpdateEffort(got.Info.ID, f))
			if next.Delta == nil {
				t.Fatal("the first edit sent the whole snapshot")
			}
		})
	}
}
