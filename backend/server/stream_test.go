package server

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"tandem/backend/service"
)

// TestSnapshotAnswerIsStreamed: a whole snapshot is answered by its own
// streaming writer (Snapshot.WriteJSON: HTML characters kept as they are,
// where encoding/json's Encoder would write \u003c), byte for byte what it
// writes, and no answer is sniffed as another type.
func TestSnapshotAnswerIsStreamed(t *testing.T) {
	srv := newTestServer(t)
	var snap service.Snapshot
	if code := call(t, srv, "StartupRoadmap", "[]", nil, &snap); code != 200 {
		t.Fatalf("StartupRoadmap: %d", code)
	}
	if code := call(t, srv, "RenameRoadmap", `["`+snap.Info.ID+`", "Q3 <growth> & retention"]`, nil, nil); code != 200 {
		t.Fatalf("RenameRoadmap: %d", code)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/api/OpenRoadmap", strings.NewReader(`["`+snap.Info.ID+`"]`))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options %q; want nosniff", got)
	}
	if !bytes.Contains(body, []byte(`"name":"Q3 <growth> & retention"`)) {
		t.Fatalf("the answer is not the streamed snapshot: %.200s", body)
	}
	var back service.Snapshot
	if code := call(t, srv, "OpenRoadmap", `["`+snap.Info.ID+`"]`, nil, &back); code != 200 || back.Roadmap == nil || len(back.Roadmap.Efforts) != len(snap.Roadmap.Efforts) {
		t.Fatalf("OpenRoadmap: %d, %d efforts; want %d", code, len(back.Roadmap.Efforts), len(snap.Roadmap.Efforts))
	}
}
