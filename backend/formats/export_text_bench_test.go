package formats

import (
	"testing"

	"tandem/backend/model/modeltest"
)

// benchmarkExport times the writer of format on a generated roadmap of
// 20,000 efforts (modeltest's standard shape), analysed and laid out once
// beforehand, as the service does.
func benchmarkExport(b *testing.B, format string) {
	in := textExportInputOf(b, modeltest.Generate(20_000, 1), ExportOptions{})
	in.Layout = PackSchedule(in.Roadmap, in.Analysis, false)
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

// BenchmarkExportMSPDI and BenchmarkExportHTML: the MS Project XML and the
// standalone page of the same roadmap (8 lanes, 40,000 dependencies).
func BenchmarkExportMSPDI(b *testing.B) { benchmarkExport(b, "mspdi") }
func BenchmarkExportHTML(b *testing.B)  { benchmarkExport(b, "html") }
