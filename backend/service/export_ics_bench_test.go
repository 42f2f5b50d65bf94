package service

import (
	"testing"

	"tandem/backend/formats"
)

// BenchmarkExportICS10k exports a 10,000-effort roadmap as a calendar from
// the app: write, resequence against the last export, remember it (one
// durable store write of the events' state).
func BenchmarkExportICS10k(b *testing.B) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, 10_000))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := svc.ExportRoadmapFile(snap.Info.ID, "ics", formats.ExportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	state, _ := svc.store.Meta(metaICSPrefix + snap.Info.ID)
	b.ReportMetric(float64(len(state)), "state-bytes")
}
