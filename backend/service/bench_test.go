package service

import (
	"testing"

	"tandem/backend/model/modeltest"
	"tandem/backend/store"
)

// benchRoadmap is a generated roadmap of n efforts as file text.
func benchRoadmap(b *testing.B, n int) string {
	b.Helper()
	data, err := modeltest.Generate(n, 42).Marshal()
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkImport10k imports a 10,000-effort file: parse, validate, store
// all or nothing, analyse and lay out.
func BenchmarkImport10k(b *testing.B) {
	file := benchRoadmap(b, 10_000)
	svc := benchService(b)
	b.SetBytes(int64(len(file)))
	for b.Loop() {
		if _, err := svc.ImportRoadmap("bench", "", file); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen10k opens a stored 10,000-effort roadmap cold: load from
// Badger, analyse, lay out.
func BenchmarkOpen10k(b *testing.B) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 10_000))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		svc.open = map[string]*opened{} // cold: nothing cached
		if _, err := svc.OpenRoadmap(snap.Info.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEdit10k moves one effort of a 10,000-effort roadmap by a day:
// clone, validate, one durable store write, re-analyse, lay out.
func BenchmarkEdit10k(b *testing.B) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 10_000))
	if err != nil {
		b.Fatal(err)
	}
	e := snap.Roadmap.Efforts[len(snap.Roadmap.Efforts)/2]
	n := 0
	for b.Loop() {
		n++
		e.Notes = "edit " + string(rune('a'+n%26))
		if _, err := svc.UpdateEffort(snap.Info.ID, e); err != nil {
			b.Fatal(err)
		}
	}
}

func benchService(b *testing.B) *Service {
	b.Helper()
	st, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return New(st)
}

// snapshotted imports a 20,000-effort roadmap, takes a snapshot, and moves
// one effort, the way a leader prepares a meeting.
func snapshotted(b *testing.B, svc *Service) string {
	b.Helper()
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 20_000))
	if err != nil {
		b.Fatal(err)
	}
	id := snap.Info.ID
	if _, err := svc.TakeSnapshot(id, "Monday"); err != nil {
		b.Fatal(err)
	}
	e := snap.Roadmap.Efforts[len(snap.Roadmap.Efforts)/2]
	e.Notes = "moved"
	if _, err := svc.UpdateEffort(id, e); err != nil {
		b.Fatal(err)
	}
	return id
}

// BenchmarkTakeSnapshot20k freezes a 20,000-effort roadmap: clone, hash,
// deflate, one durable store write (one key), re-analyse, lay out.
func BenchmarkTakeSnapshot20k(b *testing.B) {
	svc := benchService(b)
	id := snapshotted(b, svc)
	for b.Loop() {
		if _, err := svc.TakeSnapshot(id, "again"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAgenda20k prepares the agenda of a 20,000-effort roadmap since
// its snapshot: the roadmap's analysis is cached (as after any edit); the
// snapshot's is computed (cold: the first agenda since a snapshot after a
// start) or cached (warm).
func BenchmarkAgenda20k(b *testing.B) {
	for _, cold := range []bool{true, false} {
		name := "warm"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			svc := benchService(b)
			id := snapshotted(b, svc)
			cpu0 := cpuTime()
			for b.Loop() {
				if cold {
					svc.frozen = map[string]*frozen{}
				}
				if _, err := svc.Agenda(id, "", "", ""); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
