package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"tandem/backend/server"
	"tandem/backend/service"
	"tandem/backend/store"
)

// TestServeModeCallsExactlyTheDesktopMethods holds serve mode's API to the
// desktop binding: the methods GET /api lists (the only ones POST
// /api/<Method> calls) are exactly the exported methods of App, which Wails
// binds. With TestAppIsTheAPI this fixes one explicit API for both
// transports: a service method of a shape the binding cannot expose, or a
// helper exported by mistake, fails here.
func TestServeModeCallsExactlyTheDesktopMethods(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(server.New(service.New(st), fstest.MapFS{}, server.Options{}))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var served []string
	if err := json.NewDecoder(res.Body).Decode(&served); err != nil {
		t.Fatal(err)
	}
	app := reflect.TypeFor[*App]()
	var bound []string
	for i := 0; i < app.NumMethod(); i++ {
		bound = append(bound, app.Method(i).Name)
	}
	slices.Sort(served)
	slices.Sort(bound)
	if !slices.Equal(served, bound) {
		t.Fatalf("serve mode calls %v\nthe desktop binds %v", served, bound)
	}
}
