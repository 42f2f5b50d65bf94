package analysis

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"tandem/backend/model/modeltest"
)

// BenchmarkWriteJSON writes the analysis of a generated 100,000-effort
// roadmap as `tandem analyze --json` prints it: WriteJSON streaming to a
// discarding writer, beside encoding/json's Encoder into a buffer (what the
// command did before). MB/s counts the bytes of the answer.
// Run: go test -run '^$' -bench WriteJSON -benchmem ./backend/analysis/
func BenchmarkWriteJSON(b *testing.B) {
	res := analyze(b, modeltest.Generate(100_000, 1))
	size := int64(len(streamed(b, res)))
	b.Run("N=100k/stream", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		m, ops := startMeasure(), 0
		for b.Loop() {
			if err := WriteJSON(io.Discard, res); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		m.report(b, ops)
	})
	b.Run("N=100k/encoding-json", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		m, ops := startMeasure(), 0
		for b.Loop() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(res); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		m.report(b, ops)
	})
}
