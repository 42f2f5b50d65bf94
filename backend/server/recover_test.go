package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"tandem/backend/service"
	"tandem/backend/store"
)

// panickyAPI is a service.API whose ListRoadmaps panics, as a bug would.
type panickyAPI struct{ service.API }

func (panickyAPI) ListRoadmaps() ([]service.RoadmapInfo, error) { panic("a bug in ListRoadmaps") }

// TestAPanicAnswersOneCall: a method that panics answers its call with 500
// and an internal error the UI shows (naming the panic), and the server
// goes on answering the next calls.
func TestAPanicAnswersOneCall(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(New(panickyAPI{service.New(st)}, testUI, Options{}))
	defer srv.Close()

	for range 2 {
		var e service.Error
		if code := call(t, srv, "ListRoadmaps", "[]", nil, &e); code != http.StatusInternalServerError ||
			e.Code != service.CodeInternal || !strings.Contains(e.Message, "a bug in ListRoadmaps") {
			t.Errorf("the panicking call answered %d %+v; want 500 internal naming the panic", code, e)
		}
	}
	var snap service.Snapshot
	if code := call(t, srv, "StartupRoadmap", "[]", nil, &snap); code != http.StatusOK || snap.Info.Lanes != 4 {
		t.Errorf("the next call answered %d %+v; want the sample", code, snap.Info)
	}
}
