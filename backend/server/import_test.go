package server

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"tandem/backend/service"
)

// importSpy is an API whose ImportRoadmapData records what it was given
// and the garbage collector's percent while it ran; ImportRoadmap, the
// string path, records too, so a test sees which one the server took.
type importSpy struct {
	service.API
	name, fileName string
	data           []byte
	viaString      bool
	gcPercent      int
}

func (s *importSpy) ImportRoadmapData(name, fileName string, data []byte) (*service.Snapshot, error) {
	s.name, s.fileName, s.data = name, fileName, data
	s.gcPercent = debug.SetGCPercent(-1)
	debug.SetGCPercent(s.gcPercent)
	return &service.Snapshot{}, nil
}

func (s *importSpy) ImportRoadmap(name, fileName, content string) (*service.Snapshot, error) {
	s.viaString = true
	return s.ImportRoadmapData(name, fileName, []byte(content))
}

// TestImportFileIsDecodedAsBytes: serve mode decodes ImportRoadmap's file
// argument straight into bytes for ImportRoadmapData (never as a string
// the service would copy), decoded as encoding/json decodes it, and serves
// the call with the garbage collector at importGCPercent, restored after.
func TestImportFileIsDecodedAsBytes(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set: the server leaves the percent alone")
	}
	spy := &importSpy{}
	srv := httptest.NewServer(New(spy, testUI, Options{}))
	defer srv.Close()
	file := "id,title\ne1,\"Q3 <growth> & \\\"retention\\\"\"\ne2,é漢🙂\xff\n"
	q, _ := json.Marshal(file) // as \u003c and \ufffd: encoding/json escapes
	before := debug.SetGCPercent(-1)
	debug.SetGCPercent(before)
	if code := call(t, srv, "ImportRoadmap", ` [ "n" , "a.csv" , `+string(q)+` ] `, nil, nil); code != 200 {
		t.Fatalf("ImportRoadmap: %d", code)
	}
	var want string
	json.Unmarshal(q, &want)
	if spy.viaString || spy.name != "n" || spy.fileName != "a.csv" || string(spy.data) != want {
		t.Fatalf("via string %v, %q %q %q; want the bytes %q", spy.viaString, spy.name, spy.fileName, spy.data, want)
	}
	if spy.gcPercent != importGCPercent {
		t.Errorf("GOGC during the import %d; want %d", spy.gcPercent, importGCPercent)
	}
	if after := debug.SetGCPercent(before); after != before {
		t.Errorf("GOGC after the import %d; want %d as before", after, before)
	}
}

// TestImportArgumentsAreCheckedAsBefore: the file argument's own decoding
// answers malformed and misshapen argument arrays as decode does for
// every other call.
func TestImportArgumentsAreCheckedAsBefore(t *testing.T) {
	spy := &importSpy{}
	srv := httptest.NewServer(New(spy, testUI, Options{}))
	defer srv.Close()
	for _, tc := range []struct {
		body   string
		status int
		want   string
	}{
		{`["n", "a.csv", "x"]`, 200, ""},
		{`["n", "a.csv", ""]`, 200, ""},
		{`["n", "a.csv"]`, 400, "expected 3 arguments, got 2"},
		{`["n", "a.csv", "x", 4, {"y": [1]}]`, 400, "expected 3 arguments, got 5"},
		{`["n", "a.csv", 5]`, 400, "argument 3: json: cannot unmarshal number"},
		{`["n", "a.csv", "x",]`, 400, "must be a JSON array of arguments"},
		{`["n", "a.csv", "x"`, 400, "must be a JSON array of arguments"},
		{`["n", "a.csv", "x`, 400, "must be a JSON array of arguments"},
		{`["n", "a.csv" "x"]`, 400, "must be a JSON array of arguments"},
		{`["n", "a.csv", "\q"]`, 400, "must be a JSON array of arguments"},
		{`["n", "a.csv", "x"] ["y"]`, 400, "data after the array"},
	} {
		var answer json.RawMessage
		code := call(t, srv, "ImportRoadmap", tc.body, nil, &answer)
		if code != tc.status || !strings.Contains(string(answer), tc.want) {
			t.Errorf("%s: %d %s; want %d %q", tc.body, code, answer, tc.status, tc.want)
		}
	}
}
