package store

import (
	"fmt"
	"runtime"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// Benchmarks: go test -bench . -run '^$' ./backend/store/

// benchRoadmap is modeltest's standard roadmap of 10,000 efforts over 8
// lanes with about 20,000 dependencies.
func benchRoadmap() *model.Roadmap { return modeltest.Generate(10_000, 1) }

func reportMS(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
}

// BenchmarkLoad10k loads the benchmark roadmap from a reopened store (its
// data in on-disk tables, not the memtable).
func BenchmarkLoad10k(b *testing.B) {
	s, dir := openTemp(b)
	id := mustCreate(b, s, benchRoadmap())
	s = reopen(b, s, dir)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Load(id); err != nil {
			b.Fatal(err)
		}
	}
	reportMS(b)
}

// BenchmarkApplyEdit is one durable, undoable effort update in the benchmark roadmap.
func BenchmarkApplyEdit(b *testing.B) {
	s, _ := openTemp(b)
	r := benchRoadmap()
	id := mustCreate(b, s, r)
	e := r.Efforts[4321]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		e.Title = fmt.Sprintf("edit %d", i)
		i++
		if err := s.Apply(id, "Edit effort", Put(&e)); err != nil {
			b.Fatal(err)
		}
	}
	reportMS(b)
}

// BenchmarkUndo is one durable undo of an effort update.
func BenchmarkUndo(b *testing.B) {
	s, _ := openTemp(b)
	r := benchRoadmap()
	id := mustCreate(b, s, r)
	e := r.Efforts[4321]
	s.undoLimit = b.N
	for i := range b.N {
		e.Title = fmt.Sprintf("edit %d", i)
		mustApply(b, s, id, "Edit effort", Put(&e))
	}
	b.ResetTimer()
	for range b.N {
		if _, ok, err := s.Undo(id); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
	reportMS(b)
}

// BenchmarkCreate10k imports the benchmark roadmap.
func BenchmarkCreate10k(b *testing.B) {
	s, _ := openTemp(b)
	r := benchRoadmap()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Create("bench", r); err != nil {
			b.Fatal(err)
		}
	}
	reportMS(b)
}

// BenchmarkList lists 50 roadmaps.
func BenchmarkList(b *testing.B) {
	s, _ := openTemp(b)
	for i := range 50 {
		s.Create(fmt.Sprint("r", i), &model.Roadmap{})
	}
	for b.Loop() {
		if _, err := s.List(); err != nil {
			b.Fatal(err)
		}
	}
	reportMS(b)
}

// BenchmarkOpenMemory reports the Go heap in use (MB) with the store open
// and the benchmark roadmap loaded; Badger's memtable arena is most of it.
func BenchmarkOpenMemory(b *testing.B) {
	s, dir := openTemp(b)
	id := mustCreate(b, s, benchRoadmap())
	s.Close()
	var heap float64
	for b.Loop() {
		s := openAt(b, dir)
		r := mustLoad(b, s, id)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = float64(ms.HeapInuse) / (1 << 20)
		runtime.KeepAlive(r)
		s.Close()
	}
	b.ReportMetric(heap, "heapMB")
}
