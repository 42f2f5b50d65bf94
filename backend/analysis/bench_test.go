package analysis

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// benchSizes are the roadmap sizes of BenchmarkAnalyze; 1M runs only
// without -short.
var benchSizes = []int{1_000, 10_000, 100_000, 1_000_000}

// BenchmarkAnalyze times the full analysis (every part of SPEC §3, building
// the Result but not encoding it) of generated roadmaps (modeltest.Generate);
// then the CPM stage of Analyze alone (computeSchedule: Kahn's sort with the
// forward pass, and the backward pass, on the index and dependency graph
// built beforehand), and beside it a baseline: forward and backward CPM
// passes over prebuilt plain slices in a known topological order, the least
// any CPM can cost on the same graph.
// Run: go test -run '^$' -bench Analyze -benchmem ./backend/analysis/
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range benchSizes {
		if n >= 1_000_000 && testing.Short() {
			continue
		}
		r := modeltest.Generate(n, 1)
		b.Run(fmt.Sprintf("N=%s/analyze", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			m, ops := startMeasure(), 0
			for b.Loop() {
				if _, err := Analyze(r, Options{Today: fixedToday}); err != nil {
					b.Fatal(err)
				}
				ops++
			}
			m.report(b, ops)
		})
		b.Run(fmt.Sprintf("N=%s/analyze-compact", short(n)), func(b *testing.B) {
			b.ReportAllocs()
			m, ops := startMeasure(), 0
			for b.Loop() {
				if _, err := AnalyzeCompact(r, Options{Today: fixedToday}); err != nil {
					b.Fatal(err)
				}
				ops++
			}
			m.report(b, ops)
		})
		b.Run(fmt.Sprintf("N=%s/cpm-stage", short(n)), func(b *testing.B) {
			x := indexOf(b, r)
			g := newDepGraph(x)
			b.ReportAllocs()
			m, ops := startMeasure(), 0
			for b.Loop() {
				if _, err := computeSchedule(x, g); err != nil {
					b.Fatal(err)
				}
				ops++
			}
			m.report(b, ops)
		})
		b.Run(fmt.Sprintf("N=%s/cpm-baseline", short(n)), func(b *testing.B) {
			base := newBaseline(b, r)
			b.ReportAllocs()
			m, ops := startMeasure(), 0
			for b.Loop() {
				base.run()
				ops++
			}
			m.report(b, ops)
		})
	}
}

// BenchmarkRead reads the file of a generated roadmap as `tandem analyze
// FILE` does before it analyses: model.Parse, and model.Load (Parse and
// Validate). MB/s counts the bytes of the file as Marshal writes it.
func BenchmarkRead(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		if n >= 1_000_000 && testing.Short() {
			continue
		}
		data, err := modeltest.Generate(n, 1).Marshal()
		if err != nil {
			b.Fatal(err)
		}
		for _, read := range []struct {
			name string
			f    func([]byte) (*model.Roadmap, error)
		}{{"parse", model.Parse}, {"load", model.Load}} {
			b.Run(fmt.Sprintf("N=%s/%s", short(n), read.name), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				m, ops := startMeasure(), 0
				for b.Loop() {
					if _, err := read.f(data); err != nil {
						b.Fatal(err)
					}
					ops++
				}
				m.report(b, ops)
			})
		}
	}
}

// cpuTime returns the CPU time (user + system) the process has used, so
// that a benchmark on a busy shared machine can report the work done besides
// the wall time, which other processes inflate.
func cpuTime() time.Duration {
	ru := rusage()
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// faults returns the minor page faults of the process so far: touching
// fresh memory costs one per 4 KiB page, which on a virtual machine can be
// a large part of an analysis.
func faults() int64 { return rusage().Minflt }

func rusage() syscall.Rusage {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru
}

// measure is the CPU time and page faults at the start of a benchmark loop.
type measure struct {
	cpu    time.Duration
	faults int64
}

func startMeasure() measure { return measure{cpuTime(), faults()} }

// report reports the process CPU time per op since m (both cores, garbage
// collection included) as cpu-ms/op, and the page faults as faults/op.
func (m measure) report(b *testing.B, ops int) {
	if ops > 0 {
		b.ReportMetric(float64(cpuTime()-m.cpu)/float64(ops)/1e6, "cpu-ms/op")
		b.ReportMetric(float64(faults()-m.faults)/float64(ops), "faults/op")
	}
}

func short(n int) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1_000:
		return fmt.Sprintf("%dk", n/1_000)
	}
	return fmt.Sprint(n)
}

// baseline is the plain-slices CPM: durations, a CSR of successors with
// type and lag, and efforts already in topological order (the generator's
// dependencies all point forward), so it measures only the two passes.
type baseline struct {
	dur, plan      []int
	off            []int32
	to             []int32
	typ            []uint8
	lag            []int
	es, ef, ls, lf []int
}

func newBaseline(b testing.TB, r *model.Roadmap) *baseline {
	n := len(r.Efforts)
	x := indexOf(b, r)
	g := newDepGraph(x)
	base := &baseline{dur: x.dur, plan: make([]int, n), off: g.off, to: g.adj, typ: g.typ, lag: g.lag,
		es: make([]int, n), ef: make([]int, n), ls: make([]int, n), lf: make([]int, n)}
	for i := range base.plan {
		if x.flags[i]&flagPlan != 0 {
			base.plan[i] = x.plan[i]
		}
	}
	return base
}

func (b *baseline) run() {
	n := len(b.dur)
	copy(b.es, b.plan)
	finish := 0
	for u := 0; u < n; u++ {
		es := b.es[u]
		ef := es + b.dur[u]
		b.ef[u] = ef
		finish = max(finish, ef)
		for k := b.off[u]; k < b.off[u+1]; k++ {
			v := b.to[k]
			var s int
			switch b.typ[k] {
			case depFS:
				s = ef + b.lag[k]
			case depSS:
				s = es + b.lag[k]
			case depFF:
				s = ef + b.lag[k] - b.dur[v]
			default:
				s = es + b.lag[k] - b.dur[v]
			}
			b.es[v] = max(b.es[v], s)
		}
	}
	for u := n - 1; u >= 0; u-- {
		lf := finish
		d := b.dur[u]
		for k := b.off[u]; k < b.off[u+1]; k++ {
			v := b.to[k]
			var f int
			switch b.typ[k] {
			case depFS:
				f = b.ls[v] - b.lag[k]
			case depSS:
				f = b.ls[v] - b.lag[k] + d
			case depFF:
				f = b.lf[v] - b.lag[k]
			default:
				f = b.lf[v] - b.lag[k] + d
			}
			lf = min(lf, f)
		}
		b.lf[u], b.ls[u] = lf, lf-d
	}
}
