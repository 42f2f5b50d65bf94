// Package server is serve mode: the embedded UI and an HTTP API over the
// same service methods the desktop window binds (docs/contracts.md).
package server

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"runtime/debug"
	"sort"
	"strings"

	"tandem/backend/service"
)

// maxBody bounds a request body; roadmap imports are the largest.
const maxBody = 600 << 20

// New returns the handler of serve mode: POST /api/<Method> calls that
// method of svc with the JSON array in the body as its arguments, GET /api
// lists the methods, and every other path serves the UI from assets (a
// filesystem whose root holds index.html).
func New(svc *service.Service, assets fs.FS) http.Handler {
	methods := methodsOf(svc)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api", func(w http.ResponseWriter, r *http.Request) {
		names := make([]string, 0, len(methods))
		for name := range methods {
			names = append(names, name)
		}
		sort.Strings(names)
		writeJSON(w, http.StatusOK, names)
	})
	mux.HandleFunc("POST /api/{method}", func(w http.ResponseWriter, r *http.Request) {
		if msg := refuseForeign(r); msg != "" {
			writeJSON(w, http.StatusForbidden, &service.Error{Code: service.CodeInvalid, Message: msg})
			return
		}
		m, ok := methods[r.PathValue("method")]
		if !ok {
			writeError(w, &service.Error{Code: service.CodeNotFound, Message: "no API method " + r.PathValue("method")})
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			writeError(w, &service.Error{Code: service.CodeInvalid, Message: "reading the request: " + err.Error()})
			return
		}
		result, err := safeCall(m, body)
		if err != nil {
			writeError(w, toError(err))
			return
		}
		writeJSON(w, http.StatusOK, result)
	})
	mux.Handle("/", http.FileServerFS(assets))
	return noCache(mux)
}

// safeCall calls m and turns a panic into an internal error, so that a bug
// answers one request with 500 instead of ending the server.
func safeCall(m method, body []byte) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Printf("panic in API call: %v\n%s", p, debug.Stack())
			err = &service.Error{Code: service.CodeInternal, Message: "internal error; see the server log"}
		}
	}()
	return m.call(body)
}

// toError classifies err for the response body.
func toError(err error) *service.Error {
	var ae argError
	if errors.As(err, &ae) {
		return &service.Error{Code: service.CodeInvalid, Message: ae.msg}
	}
	return service.AsError(err)
}

var statusOf = map[string]int{
	service.CodeInvalid:  http.StatusBadRequest,
	service.CodeNotFound: http.StatusNotFound,
	service.CodeInUse:    http.StatusConflict,
	service.CodeInternal: http.StatusInternalServerError,
}

func writeError(w http.ResponseWriter, e *service.Error) {
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("writing response: %v", err)
	}
}

// noCache keeps browsers from caching API answers and the UI shell, so a
// rebuilt UI shows at the next reload.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api") || r.URL.Path == "/" || strings.HasSuffix(r.URL.Path, ".html") {
			w.Header().Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

// refuseForeign guards the API against other web pages in the same browser:
// a call must be JSON (which a cross-site form cannot send without a CORS
// preflight that this server never grants) and, when the browser names an
// origin, come from this server's own. It returns why a request is refused,
// or "".
func refuseForeign(r *http.Request) string {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return "API calls must have Content-Type application/json"
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil || u.Host != r.Host {
			return "API calls from another origin are refused"
		}
	}
	return ""
}
