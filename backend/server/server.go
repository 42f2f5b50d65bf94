// Package server is serve mode: the embedded UI and an HTTP API over the
// same service methods the desktop window binds (docs/contracts.md).
package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"tandem/backend/service"
)

// Options is serve mode's access policy.
type Options struct {
	// Token, when not "", must come with every request: as the token
	// cookie, an "Authorization: Bearer" header, or once as ?token= in the
	// address (which sets the cookie). Serving beyond loopback needs one.
	Token string
	// Hosts are host names a request's Host may name besides loopback
	// ones and IP addresses; honoured only with a Token.
	Hosts []string
	// MaxBody bounds the body of a call that carries a roadmap file (and
	// of every call when it is below MaxEditBodyBytes); 0 means
	// MaxBodyBytes. See bodyLimit.
	MaxBody int64
}

// New returns the handler of serve mode: POST /api/<Method> calls that
// method of api with the JSON array in the body as its arguments, GET /api
// lists the methods, and GET of any other path serves the UI from assets (a
// filesystem whose root holds index.html). Every request first passes the
// guard of opts (Host, token, cross-origin checks). No answer carries CORS
// headers, so other origins' pages can neither read answers nor send JSON.
func New(api service.API, assets fs.FS, opts Options) http.Handler {
	if opts.MaxBody <= 0 {
		opts.MaxBody = MaxBodyBytes
	}
	methods := methodsOf(api)
	mux := http.NewServeMux()
	mux.HandleFunc("/api", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			notAllowed(w, "GET", "the method list is read with GET")
			return
		}
		names := make([]string, 0, len(methods))
		for name := range methods {
			names = append(names, name)
		}
		sort.Strings(names)
		writeJSON(w, http.StatusOK, names)
	})
	mux.HandleFunc("/api/{method...}", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			notAllowed(w, "POST", "API methods are called with POST")
			return
		}
		if msg := refuseForm(r); msg != "" {
			writeJSON(w, http.StatusForbidden, &service.Error{Code: service.CodeInvalid, Message: msg})
			return
		}
		m, ok := methods[r.PathValue("method")]
		if !ok {
			writeError(w, &service.Error{Code: service.CodeNotFound, Message: "no API method " + strconv.Quote(r.PathValue("method"))})
			return
		}
		if m.fileArg >= 0 {
			defer collectOftenWhileImporting()()
		}
		limit := bodyLimit(r.PathValue("method"), opts.MaxBody)
		if r.ContentLength > limit {
			tooLarge(w, r.PathValue("method"), limit) // refused before it is read
			return
		}
		args, file, err := m.decode(http.MaxBytesReader(w, r.Body, limit), min(r.ContentLength, limit))
		if errors.As(err, new(*http.MaxBytesError)) {
			tooLarge(w, r.PathValue("method"), limit)
			return
		}
		if err != nil {
			writeError(w, toError(err))
			return
		}
		result, err := safeCall(m, args, file)
		if err != nil {
			writeError(w, toError(err))
			return
		}
		writeJSON(w, http.StatusOK, result)
	})
	mux.Handle("/", static(assets))
	return newGuard(opts).wrap(noCache(mux))
}

// tooLarge answers 413 to a call of method whose body is over limit.
func tooLarge(w http.ResponseWriter, method string, limit int64) {
	writeJSON(w, http.StatusRequestEntityTooLarge, &service.Error{Code: service.CodeInvalid,
		Message: fmt.Sprintf("the request is larger than the limit of %d bytes for %s (see README, Limits)", limit, method)})
}

// notAllowed answers 405 with the one verb a path takes.
func notAllowed(w http.ResponseWriter, allow, msg string) {
	w.Header().Set("Allow", allow)
	writeJSON(w, http.StatusMethodNotAllowed, &service.Error{Code: service.CodeInvalid, Message: msg})
}

// safeCall calls m with args and the file decode read apart (nil: none)
// and turns a panic into an internal error, so that a bug answers one
// request with 500 instead of ending the server.
func safeCall(m method, args []reflect.Value, file []byte) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = service.Recovered(p)
		}
	}()
	return m.call(args, file)
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
	service.CodeDiskFull: http.StatusInsufficientStorage,
	service.CodeInternal: http.StatusInternalServerError,
}

func writeError(w http.ResponseWriter, e *service.Error) {
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, e)
}

// jsonStreamer is an answer that writes its own JSON, streamed (a whole
// service.Snapshot: hundreds of MB for a large roadmap).
type jsonStreamer interface{ WriteJSON(io.Writer) error }

// writeJSON answers v as JSON with status. The answer is never sniffed as
// another type (its strings keep '<', '>' and '&' when v streams itself).
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	var err error
	if s, ok := v.(jsonStreamer); ok {
		err = s.WriteJSON(w)
	} else {
		err = json.NewEncoder(w).Encode(v)
	}
	if err != nil {
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

// refuseForm refuses a call whose body is not declared JSON: a cross-site
// HTML form can only send form encodings or text/plain, and a page can
// send JSON elsewhere only after a CORS preflight that this server never
// grants. (The guard's cross-origin check refuses other sites' requests
// first; this holds even for a browser that sends neither Origin nor
// Sec-Fetch-Site.)
func refuseForm(r *http.Request) string {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return "API calls must have Content-Type application/json"
	}
	return ""
}
