package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/url"
	"strings"

	"tandem/backend/service"
)

// TokenCookie is the cookie that carries the access token once the browser
// has opened the address with ?token=...
const TokenCookie = "tandem_token"

// NewToken returns a fresh random access token: 32 bytes from the system's
// secure source, base64url without padding (43 characters).
func NewToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand documents it)
	return base64.RawURLEncoding.EncodeToString(b)
}

// guard holds the checks every request passes before it reaches the API or
// the UI: its Host names this server, it carries the token when one is
// set, and a state-changing browser request comes from this server's own
// pages.
type guard struct {
	token string
	hosts map[string]bool
	csrf  *http.CrossOriginProtection
}

func newGuard(opts Options) *guard {
	g := &guard{token: opts.Token, hosts: map[string]bool{}, csrf: http.NewCrossOriginProtection()}
	for _, h := range opts.Hosts {
		g.hosts[hostName(h)] = true
	}
	g.csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		refuse(w, r, http.StatusForbidden, "requests from another site's pages are refused (cross-origin request)")
	}))
	return g
}

// wrap applies the checks in order (Host, token, cross-origin) around h.
func (g *guard) wrap(h http.Handler) http.Handler {
	h = g.csrf.Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !g.hostAllowed(r.Host) {
			refuse(w, r, http.StatusForbidden, "the Host "+quoteHost(r.Host)+" does not name this server (a guard against DNS rebinding); open it by its IP address or a name given with --allow-host")
			return
		}
		if g.token != "" && !g.admit(w, r) {
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether a request's Host header names this server.
// Loopback names and addresses always do; with a token, so do IP literals
// and the names the server was given. A DNS name an attacker controls
// never does, so a page of theirs cannot reach this server by pointing
// their name at it (DNS rebinding).
func (g *guard) hostAllowed(host string) bool {
	name := hostName(host)
	if name == "" {
		return false
	}
	if name == "localhost" {
		return true
	}
	if ip := net.ParseIP(name); ip != nil {
		return ip.IsLoopback() || g.token != ""
	}
	return g.token != "" && g.hosts[name]
}

// hostName is the lower-case host of a Host header without port, brackets
// or a final dot.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	return strings.ToLower(strings.TrimSuffix(host, "."))
}

// admit checks the access token. A request carrying it in the query (the
// address the server printed) gets it as an HttpOnly, SameSite=Strict
// cookie and a page that moves on at once to the UI's address (/) without
// it, so the token leaves the address bar. (A page, not an HTTP redirect:
// Chromium withholds a Strict cookie from a redirect that a link on another
// site started, so the redirected page would be refused.) Later requests
// carry the cookie, or an "Authorization: Bearer" header (scripts). admit
// answers the request itself and returns false when it goes no further.
func (g *guard) admit(w http.ResponseWriter, r *http.Request) bool {
	if q := r.URL.Query(); q.Has("token") {
		if !g.tokenIs(q.Get("token")) {
			refuse(w, r, http.StatusUnauthorized, "wrong access token: open the address Tandem printed when it started")
			return false
		}
		http.SetCookie(w, &http.Cookie{Name: TokenCookie, Value: g.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		q.Del("token")
		writeMoveOn(w, (&url.URL{Path: "/", RawQuery: q.Encode()}).String())
		return false
	}
	if c, err := r.Cookie(TokenCookie); err == nil && g.tokenIs(c.Value) {
		return true
	}
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && g.tokenIs(bearer) {
		return true
	}
	refuse(w, r, http.StatusUnauthorized, "this Tandem needs its access token: open the address it printed when it started (…/?token=…)")
	return false
}

// tokenIs compares s with the token in constant time.
func (g *guard) tokenIs(s string) bool {
	return subtle.ConstantTimeCompare([]byte(s), []byte(g.token)) == 1
}

// writeMoveOn answers with a page that opens target at once (a navigation
// this server's own page starts, so the Strict cookie goes with it).
func writeMoveOn(w http.ResponseWriter, target string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	t := html.EscapeString(target)
	fmt.Fprintf(w, `<!doctype html><meta charset="utf-8"><title>Tandem</title><meta http-equiv="refresh" content="0; url=%s"><a href="%s">Open Tandem</a>`, t, t)
}

// refuse answers a request the guard stops: an API call gets the error
// object the UI shows, a page a line of text.
func refuse(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r.URL.Path) {
		writeJSON(w, status, &service.Error{Code: service.CodeInvalid, Message: msg})
		return
	}
	http.Error(w, msg, status)
}

// quoteHost quotes a Host header for a message, shortened.
func quoteHost(h string) string {
	if len(h) > 100 {
		h = h[:100] + "…"
	}
	return `"` + strings.ToValidUTF8(h, "?") + `"`
}

func isAPI(path string) bool { return path == "/api" || strings.HasPrefix(path, "/api/") }
