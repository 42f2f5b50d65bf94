package server

import (
	"net/http"
	"time"

	"tandem/backend/model"
)

// MaxBodyBytes bounds an API request body: room for a roadmap file at the
// file limit (model.MaxFileBytes) as a JSON string, where escaping can at
// most double it (every character a quote, a backslash or a line break),
// plus 1 MiB for the other arguments. The importer then holds the decoded
// file to model.MaxFileBytes. A larger body is refused with 413 before it
// is read (by its Content-Length) or as soon as it passes the limit.
const MaxBodyBytes int64 = 2*model.MaxFileBytes + 1<<20

// MaxEditBodyBytes bounds the body of every other API call: 64 MiB, far
// above what an edit carries (an effort at every limit of model.Limits is
// under 2 MB), so that no call but an import makes serve mode hold a large
// body.
const MaxEditBodyBytes int64 = 64 << 20

// fileMethods are the API calls that carry a roadmap file, with the index
// of the (string) argument that carries it.
var fileMethods = map[string]int{"ImportRoadmap": 2}

// bodyLimit is the largest body a call of method may have, given
// Options.MaxBody (0: MaxBodyBytes).
func bodyLimit(method string, maxBody int64) int64 {
	if maxBody <= 0 {
		maxBody = MaxBodyBytes
	}
	if _, ok := fileMethods[method]; ok {
		return maxBody
	}
	return min(maxBody, MaxEditBodyBytes)
}

// Timeouts of serve mode's HTTP server. ReadHeaderTimeout and ReadTimeout
// close connections that send slowly (a request must arrive whole within
// ReadTimeout); WriteTimeout bounds a request from its headers to the end
// of its answer, so it also bounds the slowest call (a large import or
// export); IdleTimeout closes kept-alive connections nobody uses.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 2 * time.Minute
	WriteTimeout      = 10 * time.Minute
	IdleTimeout       = 2 * time.Minute
	MaxHeaderBytes    = 64 << 10
)

// HTTPServer returns the http.Server of serve mode over h, with the
// timeouts and header limit above.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
	}
}
