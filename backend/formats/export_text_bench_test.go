package formats

import (
	"testing"

	"tandem/backend/model/modeltest"
)

// benchmarkExport times the writer of format on a generated roadmap of
// 20,000 efforts (modeltest's standard shape), analysed once beforehand.
func benchmarkExport(b *testing.B, format string) {
	in := textExportInputOf(b, modeltest.Generate(20_000, 1), ExportOptions{})
	w, _ := WriterFor(format)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := w.Write(in)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

func BenchmarkExportCSV(b *testing.B) { benchmarkExport(b, "csv") }
func BenchmarkExportICS(b *testing.B) { benchmarkExport(b, "ics") }
func BenchmarkExportMD(b *testing.B)  { benchmarkExport(b, "md") }
