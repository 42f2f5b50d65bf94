package draw

import (
	"fmt"
	"testing"

	"tandem/backend/model/modeltest"
)

// The speed goals of the drawn exports (issue 9): each format draws a
// 1,000-effort roadmap in at most 1 s and a 20,000-effort one in at most
// 5 s. The roadmap, its analysis and layout are made before the clock
// starts; B/op counts what one export allocates.
func benchmarkExport(b *testing.B, write func(*Input) ([]byte, error)) {
	for _, n := range []int{1000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			in := inputOf(b, modeltest.Generate(n, 1))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				out, err := write(in)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(out)))
			}
		})
	}
}

func BenchmarkExportSVG(b *testing.B) { benchmarkExport(b, SVG) }

func BenchmarkExportPDF(b *testing.B) {
	benchmarkExport(b, func(in *Input) ([]byte, error) { return PDF(in, "a4") })
}

func BenchmarkExportPNG(b *testing.B) { benchmarkExport(b, PNG) }
