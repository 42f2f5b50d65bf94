package analysis

import (
	"fmt"
	"testing"

	"tandem/backend/model/modeltest"
)

// BenchmarkMeasure times Measure (debt, trust ledger, metric uses) on
// generated roadmaps, after Analyze, which it needs and which is not timed.
// Run: go test -run '^$' -bench Measure -benchmem ./backend/analysis/
func BenchmarkMeasure(b *testing.B) {
	for _, n := range []int{1_000, 20_000, 100_000} {
		r := modeltest.Generate(n, 1)
		res, err := Analyze(r, Options{Today: fixedToday})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("N=%s", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			m, ops := startMeasure(), 0
			for b.Loop() {
				if _, err := Measure(r, res, Options{Today: fixedToday}); err != nil {
					b.Fatal(err)
				}
				ops++
			}
			m.report(b, ops)
		})
	}
}
