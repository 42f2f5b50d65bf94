package service

import (
	"encoding/json"
	"testing"
)

// BenchmarkEditReply20k moves one effort of a 20,000-effort roadmap by a
// day and encodes the reply as the UI gets it: the edit (clone, validate,
// durable write, re-analysis, layout), the delta, and its JSON. "whole"
// encodes the whole snapshot instead, as before deltas.
func BenchmarkEditReply20k(b *testing.B) {
	for _, whole := range []bool{false, true} {
		name := "delta"
		if whole {
			name = "whole"
		}
		b.Run(name, func(b *testing.B) {
			svc := benchService(b)
			snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 20_000))
			if err != nil {
				b.Fatal(err)
			}
			e := snap.Roadmap.Efforts[len(snap.Roadmap.Efforts)/2]
			cpu0, size := cpuTime(), 0
			for b.Loop() {
				shift(&e, 1)
				next, err := svc.UpdateEffort(snap.Info.ID, e)
				if err != nil {
					b.Fatal(err)
				}
				var out []byte
				if whole {
					out, err = json.Marshal(withoutDelta(next))
				} else {
					out, err = json.Marshal(next)
				}
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(size), "reply-bytes")
		})
	}
}

// BenchmarkDelta20k computes only the delta of a one-effort move at 20,000
// efforts (both snapshots analysed and laid out).
func BenchmarkDelta20k(b *testing.B) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 20_000))
	if err != nil {
		b.Fatal(err)
	}
	prev := svc.open[snap.Info.ID]
	e := snap.Roadmap.Efforts[len(snap.Roadmap.Efforts)/2]
	shift(&e, 1)
	if _, err := svc.UpdateEffort(snap.Info.ID, e); err != nil {
		b.Fatal(err)
	}
	next := svc.open[snap.Info.ID]
	for b.Loop() {
		if p := snapshotPatch(prev, next, nil, nil); p == nil {
			b.Fatal("no patch")
		}
	}
}
