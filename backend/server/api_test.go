package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"tandem/backend/service"
	"tandem/backend/store"
)

// widerAPI is a service.API whose type exports more than the interface: a
// method of the right shape that must still not be callable.
type widerAPI struct{ service.API }

func (widerAPI) Shutdown() (string, error) { return "the server was shut down", nil }

// TestOnlyTheAPIIsCallable: serve mode answers exactly the methods of
// service.API, whatever else the value it serves exports.
func TestOnlyTheAPIIsCallable(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(New(widerAPI{service.New(st)}, testUI, Options{}))
	defer srv.Close()

	res, err := http.Get(srv.URL + "/api")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var listed []string
	if err := json.NewDecoder(res.Body).Decode(&listed); err != nil {
		t.Fatal(err)
	}
	if want := reflect.TypeFor[service.API]().NumMethod(); len(listed) != want {
		t.Errorf("GET /api lists %d methods; service.API has %d", len(listed), want)
	}
	var e service.Error
	if code := call(t, srv, "Shutdown", "[]", nil, &e); code != http.StatusNotFound || e.Code != service.CodeNotFound {
		t.Errorf("Shutdown answered %d %+v; want 404 not_found", code, e)
	}
	var roadmaps []service.RoadmapInfo
	if code := call(t, srv, "ListRoadmaps", "[]", nil, &roadmaps); code != http.StatusOK {
		t.Errorf("ListRoadmaps answered %d", code)
	}
}
