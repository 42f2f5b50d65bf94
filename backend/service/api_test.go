package service

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"tandem/backend/internal/golden"
)

// TestAPIMethodsHaveTheBindableShape: every method of API answers an error
// last, with at most one result before it (what Wails binds and serve mode
// answers).
func TestAPIMethodsHaveTheBindableShape(t *testing.T) {
	api := reflect.TypeFor[API]()
	errType := reflect.TypeFor[error]()
	for i := 0; i < api.NumMethod(); i++ {
		m := api.Method(i)
		if n := m.Type.NumOut(); n < 1 || n > 2 || m.Type.Out(n-1) != errType {
			t.Errorf("%s %s: want (T, error) or error", m.Name, m.Type)
		}
	}
}

// TestContractsListTheAPI keeps docs/contracts.md's list of methods the
// interface itself: the block between its api markers is api.go's
// declaration of API (go test -run Contracts -update writes it).
func TestContractsListTheAPI(t *testing.T) {
	src, err := os.ReadFile("api.go")
	if err != nil {
		t.Fatal(err)
	}
	from := bytes.Index(src, []byte("type API interface {"))
	to := bytes.Index(src[from:], []byte("\n}\n"))
	if from < 0 || to < 0 {
		t.Fatal("api.go declares no API interface")
	}
	block := "<!-- api:begin -->\n```go\n" + string(src[from:from+to+3]) + "```\n<!-- api:end -->"
	const path = "../../docs/contracts.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b := bytes.Index(doc, []byte("<!-- api:begin -->"))
	e := bytes.Index(doc, []byte("<!-- api:end -->"))
	if b < 0 || e < b {
		t.Fatalf("%s has no <!-- api:begin --> ... <!-- api:end --> block", path)
	}
	got := string(doc[:b]) + block + string(doc[e+len("<!-- api:end -->"):])
	golden.Check(t, path, []byte(got))
}
