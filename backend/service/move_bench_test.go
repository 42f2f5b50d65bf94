package service

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"
	"time"

	"tandem/backend/model"
)

// browserBenchRoadmap is the roadmap of n efforts that the browser benchmark
// imports (frontend/e2e/lib/bigroadmap.mjs, roadmapOf, the same generator
// and seed): about 200 efforts a lane, dependency chains within lanes, 1 in
// 20 efforts touching a surface or moving a metric. As file text.
func browserBenchRoadmap(b testing.TB, n int) string {
	b.Helper()
	seed := 42.0
	rand := func() float64 { // JavaScript's float arithmetic, as in roadmapOf
		seed = math.Mod(seed*1103515245+12345, 2147483648)
		return seed / 2147483648
	}
	laneCount := max(4, int(math.Round(float64(n)/200)))
	lanes, surfaces, metrics := []any{}, []any{}, []any{}
	for i := range laneCount {
		lanes = append(lanes, map[string]any{"id": fmt.Sprintf("lane-%d", i), "name": fmt.Sprintf("Team %d", i+1)})
	}
	for i := range 100 {
		surfaces = append(surfaces, map[string]any{"id": fmt.Sprintf("s%d", i), "name": fmt.Sprintf("Surface %d", i)})
		metrics = append(metrics, map[string]any{"id": fmt.Sprintf("m%d", i), "name": fmt.Sprintf("Metric %d", i)})
	}
	day0 := time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
	iso := func(d int) string { return day0.AddDate(0, 0, d).Format(time.DateOnly) }
	kinds := []string{"launch", "test", "campaign", "rebuild"}
	efforts, deps := []any{}, []any{}
	for i := range n {
		start := int(rand() * 700)
		length := 3 + int(rand()*40)
		e := map[string]any{"id": fmt.Sprintf("e%d", i), "lane": fmt.Sprintf("lane-%d", i%laneCount),
			"title": fmt.Sprintf("Effort %d %s", i, kinds[i%4]), "start": iso(start), "end": iso(start + length)}
		if rand() < 0.05 {
			s := fmt.Sprintf("s%d", int(rand()*100))
			mode := "relies"
			if rand() < 0.5 {
				mode = "changes"
			}
			e["touches"] = []any{map[string]any{"surface": s, "mode": mode}}
		}
		if rand() < 0.05 {
			m := fmt.Sprintf("m%d", int(rand()*100))
			dir := "down"
			if rand() < 0.8 {
				dir = "up"
			}
			e["moves"] = []any{map[string]any{"metric": m, "direction": dir}}
		}
		efforts = append(efforts, e)
		if i >= laneCount && rand() < 0.3 {
			deps = append(deps, map[string]any{"from": fmt.Sprintf("e%d", i-laneCount), "to": fmt.Sprintf("e%d", i), "type": "FS", "lagDays": 0})
		}
	}
	data, err := json.Marshal(map[string]any{"format": "tandem/roadmap", "version": 1, "name": fmt.Sprintf("Bench %d", n),
		"start": iso(0), "asOf": iso(120), "lanes": lanes, "surfaces": surfaces, "metrics": metrics,
		"efforts": efforts, "dependencies": deps, "links": []any{}, "decisions": []any{}, "rituals": []any{}, "events": []any{}})
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkMoveReply moves the first effort of the browser benchmark's
// roadmap (5,000 and 20,000 efforts) by a day, as its edit does (the → key
// on the effort Tab selects), and encodes the reply as serve mode sends it:
// the whole UpdateEffort request less HTTP. The store is in the benchmark's
// temp dir (TMPDIR: a disk or a tmpfs; each edit is a synced write).
func BenchmarkMoveReply(b *testing.B) {
	for _, n := range []int{5_000, 20_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			svc := benchService(b)
			snap, err := svc.ImportRoadmap("bench", "bench.tandem", browserBenchRoadmap(b, n))
			if err != nil {
				b.Fatal(err)
			}
			moveEdits(b, svc, snap.Info.ID, snap.Roadmap.Efforts[0], 0)
		})
	}
}

// moveEdits times edits that each move e one day later, as the UI's → key
// does, encoding each reply as serve mode sends it; pause (untimed) comes
// before each edit, as the UI's next edit comes once it drew the last. It
// reports the process's CPU time per edit (cpu-ms/op, the pauses
// included: what the process does between edits counts), the CPU time of
// the requests alone (req-cpu-ms/op: on a loaded machine, steadier than
// the wall clock) and the reply's size.
func moveEdits(b *testing.B, svc *Service, id string, e model.Effort, pause time.Duration) {
	cpu0, size := cpuTime(), 0
	var req time.Duration
	for b.Loop() {
		if pause > 0 {
			b.StopTimer()
			time.Sleep(pause)
			b.StartTimer()
		}
		start := cpuTime()
		shift(&e, 1)
		next, err := svc.UpdateEffort(id, e)
		if err != nil {
			b.Fatal(err)
		}
		out, err := json.Marshal(next)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
		req += cpuTime() - start
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(req.Microseconds())/1000/float64(b.N), "req-cpu-ms/op")
	b.ReportMetric(float64(size), "reply-bytes")
}

// BenchmarkUndoRedoReply undoes and redoes, in turn, a move of the first
// effort of the browser benchmark's roadmap (5,000 and 20,000 efforts),
// reply encoded as serve mode sends it.
func BenchmarkUndoRedoReply(b *testing.B) {
	for _, n := range []int{5_000, 20_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			svc := benchService(b)
			snap, err := svc.ImportRoadmap("bench", "bench.tandem", browserBenchRoadmap(b, n))
			if err != nil {
				b.Fatal(err)
			}
			e := snap.Roadmap.Efforts[0]
			shift(&e, 1)
			if _, err := svc.UpdateEffort(snap.Info.ID, e); err != nil {
				b.Fatal(err)
			}
			cpu0, k := cpuTime(), 0
			for b.Loop() {
				step := svc.Undo
				if k++; k%2 == 0 {
					step = svc.Redo
				}
				next, err := step(snap.Info.ID)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(next); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
