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
