package formats

import (
	"testing"

	"tandem/backend/model/modeltest"
)

// BenchmarkExportMSPDI and BenchmarkExportHTML write a generated roadmap
// of 20,000 efforts (modeltest.Shape: 8 lanes, 40,000 dependencies),
// analysed and laid out beforehand as the service does. Bytes/op is the
// size of the file.
func BenchmarkExportMSPDI(b *testing.B) { benchmarkExport(b, "mspdi") }

func BenchmarkExportHTML(b *testing.B) { benchmarkExport(b, "html") }

func benchmarkExport(b *testing.B, format string) {
	in := exportCaseOf(b, modeltest.Generate(20000, 1), ExportOptions{})
	w, _ := WriterFor(format)
	out, err := w.Write(in)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := w.Write(in); err != nil {
			b.Fatal(err)
		}
	}
}
