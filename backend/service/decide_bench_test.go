package service

import (
	"testing"

	"tandem/backend/analysis"
)

// benchBoard imports a generated roadmap of n efforts and returns the
// service, its id and a conflict to decide.
func benchBoard(b *testing.B, n int) (*Service, string, *analysis.Conflict) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "", benchRoadmap(b, n))
	if err != nil {
		b.Fatal(err)
	}
	for i := range snap.Analysis.Conflicts {
		if c := &snap.Analysis.Conflicts[i]; c.Kind == analysis.KindSurface {
			return svc, snap.Info.ID, c
		}
	}
	b.Fatal("no surface conflict")
	return nil, "", nil
}

// BenchmarkConflictBoard20k builds the board of a 20,000-effort roadmap
// (every conflict, with its status) from the analysis already computed.
func BenchmarkConflictBoard20k(b *testing.B) {
	svc, id, _ := benchBoard(b, 20_000)
	var rows int
	for b.Loop() {
		board, err := svc.ConflictBoard(id)
		if err != nil {
			b.Fatal(err)
		}
		rows = len(board.Rows)
	}
	b.ReportMetric(float64(rows), "rows")
}

// BenchmarkPreviewDecision20k previews sequencing a conflict of a
// 20,000-effort roadmap: clone, apply, validate, analyse, compare.
func BenchmarkPreviewDecision20k(b *testing.B) {
	svc, id, c := benchBoard(b, 20_000)
	req := DecisionRequest{Kind: "sequence", Conflict: c.Key()}
	for b.Loop() {
		if _, err := svc.PreviewDecision(id, req); err != nil {
			b.Fatal(err)
		}
	}
}
