package analysis

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
	"tandem/backend/sample"
)

// encodingJSON is the answer `tandem analyze --json` printed before
// WriteJSON: encoding/json's Encoder without HTML escaping.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// streamed is WriteJSON's answer for res.
func streamed(t testing.TB, res *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWriteJSONSameBytes holds WriteJSON (and WriteJSONValue, without the
// newline) to encoding/json byte for byte on
// the sample, every fixture, the hostile export roadmap (quotes, control
// characters, HTML, U+2028, emoji in every text) and generated roadmaps
// (one large enough to flush the buffer many times).
func TestWriteJSONSameBytes(t *testing.T) {
	results := map[string]*Result{}
	for name, r := range writerRoadmaps(t, 50, 3_000) {
		results[name] = analyze(t, r)
	}
	for name, res := range results {
		want, got := encodingJSON(t, res), streamed(t, res)
		if !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: WriteJSON differs from encoding/json at byte %d of %d:\ngot  %.80q\nwant %.80q",
				name, i, len(want), got[i:], want[i:])
		}
		var value bytes.Buffer
		if err := WriteJSONValue(&value, res); err != nil || !bytes.Equal(value.Bytes(), bytes.TrimSuffix(want, []byte("\n"))) {
			t.Errorf("%s: WriteJSONValue is not WriteJSON without its newline (err %v)", name, err)
		}
	}
}

// writerRoadmaps returns the roadmaps the writers are tested on: the
// sample, every fixture that loads (cycle.tandem and selfloop.tandem have
// no result), the hostile export roadmap (quotes, control characters, HTML,
// U+2028, emoji in every text) and generated roadmaps of the given sizes.
func writerRoadmaps(t *testing.T, sizes ...int) map[string]*model.Roadmap {
	files := map[string][]byte{"sample": sample.Bytes()}
	paths, err := filepath.Glob(filepath.Join("testdata", "fixtures", "*.tandem"))
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, filepath.Join("..", "formats", "testdata", "export", "hostile.tandem"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = data
	}
	roadmaps := map[string]*model.Roadmap{}
	for name, data := range files {
		if r, err := model.Load(data); err == nil {
			roadmaps[name] = r
		}
	}
	for _, n := range sizes {
		roadmaps[short(n)+" generated"] = modeltest.Generate(n, 7)
	}
	if len(roadmaps) < 12 {
		t.Fatalf("only %d roadmaps", len(roadmaps))
	}
	return roadmaps
}

// TestWriteJSONTokens holds the strings and numbers to encoding/json's on
// the edge cases of its escaping and float formatting, and nil lists to null.
func TestWriteJSONTokens(t *testing.T) {
	texts := []string{"", "plain", `q"b\s/`, "\x00\x01\b\f\n\r\t\x1f\x7f", "<a & b>", "\u2028\u2029 é 😀",
		"bad \xff utf8 \xc3", "\xe2\x80", "tail\xe2\x80\xa8"}
	for _, s := range texts {
		j := newJSONBuf(nil)
		j.string(s)
		if want := encodingJSON(t, s); string(j.b)+"\n" != string(want) {
			t.Errorf("string %q: got %s, want %s", s, j.b, want)
		}
	}
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 0.1 + 0.2, 1e-6, 9.99e-7, 1e-7, 1.5e-10, 1e20, 1e21, 123456789e13, -3e-9, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, f := range floats {
		j := newJSONBuf(nil)
		j.float(f)
		if want := encodingJSON(t, f); string(j.b)+"\n" != string(want) {
			t.Errorf("float %v: got %s, want %s", f, j.b, want)
		}
	}
	res := &Result{Reinforcing: []Reinforcing{{Efforts: [2]string{"a", "b"}}}, Flywheels: [][]string{nil, {}}}
	if got, want := streamed(t, res), encodingJSON(t, res); !bytes.Equal(got, want) {
		t.Errorf("nil lists:\ngot  %s\nwant %s", got, want)
	}
}

// TestWriteJSONErrors: a score that is not a number is refused, as
// encoding/json refuses it, and a write error is returned.
func TestWriteJSONErrors(t *testing.T) {
	res := &Result{Opportunities: []Opportunity{{Score: math.NaN()}}}
	if err := WriteJSON(&bytes.Buffer{}, res); err == nil {
		t.Error("NaN score: no error")
	}
	broken := errors.New("disk full")
	if err := WriteJSON(failingWriter{broken}, &Result{}); !errors.Is(err, broken) {
		t.Errorf("write error: got %v, want %v", err, broken)
	}
}

type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }
