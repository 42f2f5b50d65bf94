package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/backend/model/modeltest"
)

// shortWriter accepts limit bytes, then fails.
type shortWriter struct {
	limit int
	got   bytes.Buffer
}

var errPipeClosed = errors.New("pipe closed")

func (w *shortWriter) Write(p []byte) (int, error) {
	if w.got.Len()+len(p) > w.limit {
		return 0, errPipeClosed
	}
	return w.got.Write(p)
}

// TestAnalyzeStreamsToStdout: `analyze --json` of a roadmap whose answer is
// many buffers long reaches stdout whole, and a stdout that fails midway
// is reported as the write error (not as a problem of the file).
func TestAnalyzeStreamsToStdout(t *testing.T) {
	data, err := modeltest.Generate(3_000, 3).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "big.tandem")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	inv, err := Parse([]string{"analyze", file, "--json"})
	if err != nil {
		t.Fatal(err)
	}
	whole := &shortWriter{limit: 1 << 30}
	var stderr bytes.Buffer
	if code := Run(inv, Env{Stdout: whole, Stderr: &stderr}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := whole.got.Bytes()
	if len(out) < 256<<10 || !bytes.HasPrefix(out, []byte(`{"start":`)) || !bytes.HasSuffix(out, []byte("}}\n")) {
		t.Fatalf("answer of %d bytes is not one whole object", len(out))
	}
	failing := &shortWriter{limit: 100 << 10}
	stderr.Reset()
	if code := Run(inv, Env{Stdout: failing, Stderr: &stderr}); code != 1 {
		t.Fatalf("failing stdout: exit %d, want 1", code)
	}
	if msg := stderr.String(); !strings.Contains(msg, "pipe closed") || strings.Contains(msg, file) {
		t.Errorf("failing stdout reported as %q", msg)
	}
}
