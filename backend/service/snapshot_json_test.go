package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"tandem/backend/model/modeltest"
	"tandem/backend/sample"
)

// encodedSnapshot is what encoding/json writes for s (MarshalJSON's
// members, HTML escaping off): the bytes WriteJSON must give.
func encodedSnapshot(t *testing.T, s *Snapshot) []byte {
	t.Helper()
	type plain Snapshot // without MarshalJSON, so that escaping stays off inside
	var v any = plain(*s)
	if s.Delta != nil {
		v = s
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSnapshotWriteJSON holds the streamed snapshot to encoding/json byte
// for byte: the sample, the hostile export roadmap (HTML, quotes, control
// characters, U+2028 in every text), a generated roadmap large enough to be
// written in many pieces, a snapshot without parts, and an edit's delta
// reply. A writer's error is returned.
func TestSnapshotWriteJSON(t *testing.T) {
	if n := reflect.TypeFor[Snapshot]().NumField(); n != 10 {
		t.Fatalf("Snapshot has %d fields: WriteJSON writes 10; teach it the new ones, then this test", n)
	}
	svc, _ := newTestService(t)
	hostile, err := os.ReadFile(filepath.Join("..", "formats", "testdata", "export", "hostile.tandem"))
	if err != nil {
		t.Fatal(err)
	}
	big, err := modeltest.Generate(3000, 7).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snaps := map[string]*Snapshot{
		"sample":        must(t)(svc.ImportRoadmap("", "", string(sample.Bytes()))),
		"hostile":       must(t)(svc.ImportRoadmap("", "", string(hostile))),
		"3,000 efforts": must(t)(svc.ImportRoadmap("", "", string(big))),
		"no parts":      {Info: RoadmapInfo{ID: "x"}},
	}
	e := snaps["sample"].Roadmap.Efforts[0]
	e.Title = "<moved> & renamed"
	snaps["delta"] = must(t)(svc.UpdateEffort(snaps["sample"].Info.ID, e))
	if snaps["delta"].Delta == nil {
		t.Fatal("an edit answered without a delta")
	}
	for name, s := range snaps {
		t.Run(name, func(t *testing.T) {
			want := encodedSnapshot(t, s)
			var got bytes.Buffer
			if err := s.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				i := 0
				for i < got.Len() && i < len(want) && got.Bytes()[i] == want[i] {
					i++
				}
				t.Fatalf("WriteJSON differs from encoding/json at byte %d of %d:\ngot  %.80q\nwant %.80q",
					i, len(want), got.Bytes()[i:], want[i:])
			}
		})
	}
	if err := snaps["3,000 efforts"].WriteJSON(&failAfter{n: 200_000}); !errors.Is(err, errFull) {
		t.Fatalf("a failing writer: err %v, want %v", err, errFull)
	}
}

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
