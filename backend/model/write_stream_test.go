package model_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

var errFull = errors.New("full")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

// TestWriteCompact: the streamed roadmap is MarshalJSON's bytes, for a file
// with every field and unknown keys and for roadmaps large enough to be
// written out in many pieces; a writer's error is returned.
func TestWriteCompact(t *testing.T) {
	full, err := os.ReadFile("testdata/full.tandem")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := model.Parse(full)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		r    *model.Roadmap
	}{
		{"full.tandem", parsed},
		{"empty", &model.Roadmap{}},
		{"3,000 efforts", modeltest.Generate(3000, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := c.r.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := c.r.WriteCompact(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("WriteCompact differs from MarshalJSON (%d bytes against %d)", got.Len(), len(want))
			}
		})
	}
	if err := modeltest.Generate(3000, 1).WriteCompact(&failAfter{n: 100_000}); !errors.Is(err, errFull) {
		t.Fatalf("a failing writer: err %v, want %v", err, errFull)
	}
}
