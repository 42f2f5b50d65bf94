package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"tandem/backend/service"
	"tandem/backend/store"
)

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	return newServerWith(t, Options{})
}

// newServerWith serves a fresh store and a small UI with opts.
func newServerWith(t *testing.T, opts Options) *httptest.Server {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(New(service.New(st), testUI, opts))
	t.Cleanup(srv.Close)
	return srv
}

// call posts args to /api/method and decodes the answer into out.
func call(t *testing.T, srv *httptest.Server, method, body string, headers map[string]string, out any) int {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/"+method, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if out != nil {
		if err := json.NewDecoder(res.Body).Decode(out); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	return res.StatusCode
}

func TestAPICalls(t *testing.T) {
	srv := newTestServer(t)
	var snap service.Snapshot
	if code := call(t, srv, "StartupRoadmap", "[]", nil, &snap); code != 200 || snap.Info.Lanes != 4 {
		t.Fatalf("StartupRoadmap: %d %+v", code, snap.Info)
	}
	cases := []struct {
		name, method, body string
		headers            map[string]string
		status             int
		code               string
	}{
		{"open", "OpenRoadmap", `["` + snap.Info.ID + `"]`, nil, 200, ""},
		{"list", "ListRoadmaps", `[]`, nil, 200, ""},
		{"missing roadmap", "OpenRoadmap", `["nope"]`, nil, 404, "not_found"},
		{"bad edit", "AddEffort", `["` + snap.Info.ID + `", {"lane":"nope","title":"X","durationDays":1}]`, nil, 400, "invalid"},
		{"wrong argument count", "OpenRoadmap", `[]`, nil, 400, "invalid"},
		{"wrong argument type", "OpenRoadmap", `[42]`, nil, 400, "invalid"},
		{"not an array", "OpenRoadmap", `{"id":1}`, nil, 400, "invalid"},
		{"no such method", "DropTables", `[]`, nil, 404, "not_found"},
		{"foreign origin", "ListRoadmaps", `[]`, map[string]string{"Origin": "http://evil.example"}, 403, "invalid"},
		{"form post", "ListRoadmaps", `[]`, map[string]string{"Content-Type": "text/plain"}, 403, "invalid"},
		{"own origin", "ListRoadmaps", `[]`, map[string]string{"Origin": srv.URL}, 200, ""},
		{"no result", "DeleteRoadmap", `["` + snap.Info.ID + `"]`, nil, 200, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var body map[string]any
			var out any = &body
			if tc.code == "" {
				out = nil
			}
			status := call(t, srv, tc.method, tc.body, tc.headers, out)
			if status != tc.status {
				t.Fatalf("status %d; want %d", status, tc.status)
			}
			if tc.code != "" && (body["code"] != tc.code || body["message"] == "") {
				t.Fatalf("error body %v; want code %s and a message", body, tc.code)
			}
		})
	}
}

func TestListsMethodsAndServesUI(t *testing.T) {
	srv := newTestServer(t)
	res, err := http.Get(srv.URL + "/api")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	json.NewDecoder(res.Body).Decode(&names)
	res.Body.Close()
	if len(names) < 20 || !contains(names, "OpenRoadmap") || !contains(names, "Undo") {
		t.Fatalf("methods = %v", names)
	}
	res, err = http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), "<title>Tandem</title>") || res.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("index: %q %v", b, res.Header)
	}
}

// testUI is a small stand-in for the embedded UI.
var testUI = fstest.MapFS{
	"index.html":    {Data: []byte("<title>Tandem</title>")},
	"assets/app.js": {Data: []byte("console.log('tandem')")},
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
