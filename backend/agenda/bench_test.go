package agenda

import (
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model/modeltest"
)

// BenchmarkBuild20k prepares the agenda of a 20,000-effort roadmap since a
// snapshot of it, one effort moved, both analyses given (as the service
// caches them), and writes its Markdown.
func BenchmarkBuild20k(b *testing.B) {
	r := modeltest.Generate(20_000, 42)
	snap, err := r.Freeze("s", "S", "2026-09-01")
	if err != nil {
		b.Fatal(err)
	}
	e := &r.Efforts[len(r.Efforts)/2]
	e.Title += " (moved)"
	opt := analysis.Options{Today: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)}
	res, err := analysis.Analyze(r, opt)
	if err != nil {
		b.Fatal(err)
	}
	was, err := analysis.Analyze(snap.Roadmap, opt)
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Roadmap: r, Result: res, Since: &snap, SinceResult: was, AsOf: "2026-09-01"}
	for b.Loop() {
		Markdown(Build(in))
	}
}
