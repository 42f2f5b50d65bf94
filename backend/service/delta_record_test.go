package service

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"tandem/backend/internal/golden"
	"tandem/backend/model/modeltest"
)

// repliesFile is where the UI's test (frontend/src/lib/api/delta.spec.ts)
// finds recorded replies: the first whole snapshot, then per edit the reply
// as sent and the whole snapshot it must give.
const repliesFile = "../../frontend/src/lib/api/testdata/delta-replies.json"

type recordedStep struct {
	Edit  string          `json:"edit"`
	Reply json.RawMessage `json:"reply"`
	Whole json.RawMessage `json:"whole"`
}

type recording struct {
	First json.RawMessage `json:"first"`
	Steps []recordedStep  `json:"steps"`
}

// TestRecordedReplies checks the replies recorded for the UI's test: each
// applies (by this package's reading of the protocol) to the snapshot
// before it and gives the whole snapshot recorded with it. With -update it
// records them again from random edits of a small generated roadmap.
func TestRecordedReplies(t *testing.T) {
	if golden.Updating() {
		recordReplies(t)
	}
	data, err := os.ReadFile(repliesFile)
	if err != nil {
		t.Fatal(err)
	}
	var rec recording
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	prev := rawMap(t, rec.First)
	deltas := 0
	for i, st := range rec.Steps {
		reply, whole := rawMap(t, st.Reply), rawMap(t, st.Whole)
		got := whole
		if reply["delta"] != nil {
			deltas++
			got = applyReply(t, prev, reply)
		}
		if !reflect.DeepEqual(got, whole) {
			t.Fatalf("step %d (%s): the reply does not give the recorded snapshot", i, st.Edit)
		}
		prev = whole
	}
	if deltas < len(rec.Steps)/2 {
		t.Fatalf("only %d of %d recorded replies are deltas", deltas, len(rec.Steps))
	}
}

// recordedKinds are the edits recorded, one of each kind (editOf) and an
// undo and redo more.
var recordedKinds = []int{0, 5, 7, 3, 4, 6, 8, 9, 10, 13, 11, 11, 12, 1}

// recordReplies writes repliesFile from one edit of each recordedKinds.
func recordReplies(t *testing.T) {
	file, err := modeltest.Generate(16, 5).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("recorded", "", string(file)))
	rec := recording{First: marshalRaw(t, withoutDelta(snap))}
	rng := rand.New(rand.NewPCG(11, 12))
	for _, k := range recordedKinds {
		what, next, err := editOf(k, svc, snap, rng)
		for try := 0; err != nil && try < 20; try++ {
			what, next, err = editOf(k, svc, snap, rng)
		}
		if err != nil {
			t.Fatalf("edit kind %d: %v", k, err)
		}
		rec.Steps = append(rec.Steps, recordedStep{Edit: what, Reply: marshalRaw(t, next), Whole: marshalRaw(t, withoutDelta(next))})
		snap = next
	}
	out, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(repliesFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(repliesFile, append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

func marshalRaw(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func rawMap(t *testing.T, raw json.RawMessage) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
