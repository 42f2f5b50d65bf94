package server

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"tandem/backend/service"
)

// TestEditsOverHTTPKeepTheLimits: an edit with a 20 MB note answered 500;
// it is bad input naming the field. A body past the edit limit is 413
// whether or not it says its length; an import may be larger.
func TestEditsOverHTTPKeepTheLimits(t *testing.T) {
	srv := newTestServer(t)
	var snap service.Snapshot
	if code := call(t, srv, "StartupRoadmap", "[]", nil, &snap); code != 200 {
		t.Fatalf("StartupRoadmap: %d", code)
	}
	e := snap.Roadmap.Efforts[0]
	notes := strings.Repeat("n", 20<<20)
	body := `["` + snap.Info.ID + `", {"id": "` + e.ID + `", "lane": "` + e.Lane + `", "title": "T", "durationDays": 3, "notes": "` + notes + `"}]`
	var answer service.Error
	if code := call(t, srv, "UpdateEffort", body, nil, &answer); code != 400 || answer.Code != service.CodeInvalid ||
		!strings.Contains(answer.Message, `(id "`+e.ID+`").notes: longer than 100,000 characters`) {
		t.Fatalf("20 MB of notes: %d %+v", code, answer)
	}

	over := `["` + snap.Info.ID + `", {"id": "x", "notes": "` + strings.Repeat("n", int(MaxEditBodyBytes)) + `"}]`
	for _, chunked := range []bool{false, true} {
		req, _ := http.NewRequest("POST", srv.URL+"/api/UpdateEffort", strings.NewReader(over))
		req.Header.Set("Content-Type", "application/json")
		if chunked {
			req.ContentLength = -1
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 413 || !strings.Contains(string(b), "larger than the limit of 67108864 bytes for UpdateEffort") {
			t.Fatalf("chunked %v: %d %.300s", chunked, res.StatusCode, b)
		}
	}
	if got := bodyLimit("ImportRoadmap", 0); got != MaxBodyBytes {
		t.Fatalf("an import may carry a file at the file limit: %d", got)
	}
}

// TestArgumentsAreDecodedAsTheyStreamIn checks the answers to malformed
// argument arrays.
func TestArgumentsAreDecodedAsTheyStreamIn(t *testing.T) {
	srv := newTestServer(t)
	for _, tc := range []struct {
		method, body string
		status       int
		want         string
	}{
		{"ListRoadmaps", ``, 200, ""},
		{"ListRoadmaps", `[]`, 200, ""},
		{"ListRoadmaps", `[] `, 200, ""},
		{"ListRoadmaps", `[1]`, 400, "expected 0 arguments, got 1"},
		{"OpenRoadmap", `[]`, 400, "expected 1 arguments, got 0"},
		{"OpenRoadmap", `["a", "b", {"c": [1]}]`, 400, "expected 1 arguments, got 3"},
		{"OpenRoadmap", `[1]`, 400, "argument 1: json: cannot unmarshal number"},
		{"OpenRoadmap", `{"id": "a"}`, 400, "must be a JSON array of arguments"},
		{"OpenRoadmap", `["a"] ["b"]`, 400, "data after the array"},
		{"OpenRoadmap", `["a"`, 400, "must be a JSON array of arguments"},
		{"OpenRoadmap", `["a",]`, 400, "must be a JSON array of arguments"},
		{"OpenRoadmap", `["nope"]`, 404, "nope"},
	} {
		var answer json.RawMessage
		code := call(t, srv, tc.method, tc.body, nil, &answer)
		if code != tc.status || !strings.Contains(string(answer), tc.want) {
			t.Errorf("%s %s: %d %s; want %d %q", tc.method, tc.body, code, answer, tc.status, tc.want)
		}
	}
}
