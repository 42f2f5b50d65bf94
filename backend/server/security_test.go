package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/service"
	"tandem/backend/store"
)

// raw sends request as written (like curl --path-as-is with its own
// headers) to srv and returns the answer's status, headers and body.
func raw(t *testing.T, srv *httptest.Server, request string) (int, http.Header, string) {
	t.Helper()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%q: %v", request, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, string(b)
}

// get builds a raw request: method, path, Host and extra header lines; a
// POST carries the JSON body [].
func get(method, path, host string, headers ...string) string {
	return withBody(method, path, host, "[]", headers...)
}

// withBody is get with the body of a POST.
func withBody(method, path, host, body string, headers ...string) string {
	var b strings.Builder
	b.WriteString(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	if method == "POST" {
		fmt.Fprintf(&b, "Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	} else {
		b.WriteString("\r\n")
	}
	return b.String()
}

func hostOf(srv *httptest.Server) string { return srv.Listener.Addr().String() }

func TestHostMustNameThisServer(t *testing.T) {
	loop := newServerWith(t, Options{})
	remote := newServerWith(t, Options{Token: "s3cret", Hosts: []string{"Tandem.LAN"}})
	_, port, _ := net.SplitHostPort(hostOf(loop))
	_, rport, _ := net.SplitHostPort(hostOf(remote))
	bearer := "Authorization: Bearer s3cret"
	cases := []struct {
		name   string
		srv    *httptest.Server
		host   string
		status int
	}{
		{"loopback address", loop, "127.0.0.1:" + port, 200},
		{"localhost", loop, "localhost:" + port, 200},
		{"IPv6 loopback", loop, "[::1]:" + port, 200},
		{"another loopback address", loop, "127.0.0.2", 200},
		{"a rebinding name", loop, "attacker.example:" + port, 403},
		{"a name ending in localhost's address", loop, "127.0.0.1.attacker.example", 403},
		{"a LAN address without a token", loop, "192.168.1.5:" + port, 403},
		{"a given name without a token", loop, "tandem.lan", 403},
		{"empty Host", loop, "", 403},
		{"remote: LAN address", remote, "192.168.1.5:" + rport, 200},
		{"remote: given name, any case", remote, "tandem.lan:" + rport, 200},
		{"remote: loopback", remote, "127.0.0.1:" + rport, 200},
		{"remote: a rebinding name", remote, "attacker.example:" + rport, 403},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, req := range []string{get("GET", "/", tc.host, bearer), get("GET", "/api", tc.host, bearer), get("POST", "/api/ListRoadmaps", tc.host, bearer)} {
				status, _, body := raw(t, tc.srv, req)
				if status != tc.status {
					t.Fatalf("%q: status %d; want %d (%s)", req, status, tc.status, body)
				}
				if status == 403 && !strings.Contains(body, "DNS rebinding") {
					t.Fatalf("refusal does not say why: %s", body)
				}
			}
		})
	}
}

func TestMutatingRequestsMustComeFromThisOrigin(t *testing.T) {
	srv := newTestServer(t)
	host := hostOf(srv)
	cases := []struct {
		name    string
		headers []string
		status  int
	}{
		{"curl: no Origin", nil, 200},
		{"own origin", []string{"Origin: http://" + host}, 200},
		{"own page, fetch metadata", []string{"Origin: http://" + host, "Sec-Fetch-Site: same-origin"}, 200},
		{"another site's page", []string{"Origin: http://attacker.example"}, 403},
		{"another port on this host", []string{"Origin: http://127.0.0.1:1"}, 403},
		{"opaque origin (sandboxed frame)", []string{"Origin: null"}, 403},
		{"cross-site fetch metadata", []string{"Sec-Fetch-Site: cross-site"}, 403},
		{"same-site but other origin", []string{"Sec-Fetch-Site: same-site", "Origin: http://localhost:1"}, 403},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// CreateRoadmap changes the store: the method a forged request wants.
			req := withBody("POST", "/api/CreateRoadmap", host, `["CSRF"]`, tc.headers...)
			status, _, body := raw(t, srv, req)
			if status != tc.status {
				t.Fatalf("status %d; want %d (%s)", status, tc.status, body)
			}
			if status == 403 && !strings.Contains(body, `"code":"invalid"`) {
				t.Fatalf("refusal is not an error object: %s", body)
			}
		})
	}
	// A cross-origin read is harmless (the browser hides the answer) and
	// still allowed; a form post (not JSON) is refused even without Origin.
	if status, _, _ := raw(t, srv, get("GET", "/", host, "Origin: http://attacker.example", "Sec-Fetch-Site: cross-site")); status != 200 {
		t.Fatalf("cross-site GET of the page: %d", status)
	}
	form := "POST /api/CreateRoadmap HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=b"
	if status, _, _ := raw(t, srv, form); status != 403 {
		t.Fatalf("form post: %d; want 403", status)
	}
	var list []service.RoadmapInfo
	call(t, srv, "ListRoadmaps", "[]", nil, &list)
	if len(list) != 3 { // the three allowed calls made one roadmap each
		t.Fatalf("store holds %d roadmaps; want the 3 of the allowed calls", len(list))
	}
}

func TestNoCORSForOtherOrigins(t *testing.T) {
	srv := newTestServer(t)
	host := hostOf(srv)
	preflight := get("OPTIONS", "/api/CreateRoadmap", host, "Origin: http://attacker.example",
		"Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type")
	for _, req := range []string{
		preflight,
		get("GET", "/api", host, "Origin: http://attacker.example"),
		get("GET", "/", host, "Origin: http://attacker.example"),
		get("POST", "/api/ListRoadmaps", host, "Origin: http://attacker.example"),
		get("POST", "/api/ListRoadmaps", host, "Origin: http://"+host),
	} {
		status, h, _ := raw(t, srv, req)
		for k := range h {
			if strings.HasPrefix(strings.ToLower(k), "access-control-") {
				t.Errorf("%q answered %d with CORS header %s: %s", req, status, k, h.Get(k))
			}
		}
	}
	if status, _, _ := raw(t, srv, preflight); status < 400 {
		t.Fatalf("preflight answered %d; want a refusal", status)
	}
}

func TestAccessToken(t *testing.T) {
	srv := newServerWith(t, Options{Token: "s3cret"})
	host := hostOf(srv)
	cookie := "Cookie: " + TokenCookie + "=s3cret"
	cases := []struct {
		name, req string
		status    int
	}{
		{"page without token", get("GET", "/", host), 401},
		{"asset without token", get("GET", "/assets/app.js", host), 401},
		{"method list without token", get("GET", "/api", host), 401},
		{"call without token", get("POST", "/api/ListRoadmaps", host), 401},
		{"wrong cookie", get("POST", "/api/ListRoadmaps", host, "Cookie: "+TokenCookie+"=guess"), 401},
		{"wrong bearer", get("POST", "/api/ListRoadmaps", host, "Authorization: Bearer guess"), 401},
		{"wrong token in the address", get("GET", "/?token=guess", host), 401},
		{"token as a prefix", get("POST", "/api/ListRoadmaps", host, "Authorization: Bearer s3cre"), 401},
		{"cookie", get("POST", "/api/ListRoadmaps", host, cookie), 200},
		{"cookie for the page", get("GET", "/", host, cookie), 200},
		{"bearer", get("POST", "/api/ListRoadmaps", host, "Authorization: Bearer s3cret"), 200},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := raw(t, srv, tc.req)
			if status != tc.status {
				t.Fatalf("status %d; want %d (%s)", status, tc.status, body)
			}
			if status == 401 && (!strings.Contains(body, "token") || strings.Contains(body, "s3cret")) {
				t.Fatalf("refusal must mention the token and never show it: %s", body)
			}
		})
	}
	t.Run("the printed address sets the cookie and moves on", func(t *testing.T) {
		status, h, body := raw(t, srv, get("GET", "/?token=s3cret", host))
		c := h.Get("Set-Cookie")
		if status != 200 || !strings.Contains(c, TokenCookie+"=s3cret") || !strings.Contains(c, "HttpOnly") ||
			!strings.Contains(c, "SameSite=Strict") || !strings.Contains(c, "Path=/") {
			t.Fatalf("status %d, Set-Cookie %q", status, c)
		}
		if !strings.Contains(body, `http-equiv="refresh" content="0; url=/"`) || strings.Contains(body, "s3cret") ||
			h.Get("Referrer-Policy") != "no-referrer" || h.Get("Cache-Control") != "no-store" {
			t.Fatalf("move-on page %v: %s", h, body)
		}
	})
}

func TestStaticPathsStayInTheUI(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("SECRET"), 0o600)
	ui := filepath.Join(dir, "ui")
	os.MkdirAll(filepath.Join(ui, "assets"), 0o755)
	os.WriteFile(filepath.Join(ui, "index.html"), []byte("<title>Tandem</title>"), 0o644)
	os.WriteFile(filepath.Join(ui, "assets", "app.js"), []byte("app"), 0o644)
	st, err := store.Open(filepath.Join(dir, "store"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(New(service.New(st), os.DirFS(ui), Options{}))
	defer srv.Close()
	host := hostOf(srv)
	for _, path := range []string{
		"/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/assets/..%2f..%2fsecret.txt",
		"/assets/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/..\\secret.txt", "//../secret.txt",
		"/" + dir + "/secret.txt", "/%2f" + strings.TrimPrefix(dir, "/") + "/secret.txt", "/./../secret.txt",
	} {
		status, h, body := raw(t, srv, get("GET", path, host))
		if strings.Contains(body, "SECRET") || status == 200 || strings.Contains(h.Get("Location"), "secret.txt") && status == 200 {
			t.Errorf("GET %s: %d %q", path, status, body)
		}
	}
	cases := []struct {
		name, req string
		status    int
		body      string
	}{
		{"the UI", get("GET", "/", host), 200, "<title>Tandem</title>"},
		{"an asset", get("GET", "/assets/app.js", host), 200, "app"},
		{"no directory listing", get("GET", "/assets/", host), 404, ""},
		{"no directory", get("GET", "/assets", host), 404, ""},
		{"a missing file", get("GET", "/nope.js", host), 404, ""},
		{"invalid UTF-8", get("GET", "/%ff%fe.js", host), 400, "UTF-8"},
		{"a post to a page", get("POST", "/index.html", host), 405, ""},
		{"a delete", get("DELETE", "/assets/app.js", host), 405, ""},
	}
	for _, tc := range cases {
		status, _, body := raw(t, srv, tc.req)
		if status != tc.status || !strings.Contains(body, tc.body) {
			t.Errorf("%s: %d %q; want %d with %q", tc.name, status, body, tc.status, tc.body)
		}
		if strings.Contains(body, "app.js</a>") {
			t.Errorf("%s: a directory listing: %s", tc.name, body)
		}
	}
}

func TestAPIVerbsAndNames(t *testing.T) {
	srv := newTestServer(t)
	host := hostOf(srv)
	cases := []struct {
		name, req string
		status    int
		allow     string
	}{
		{"GET of a method", get("GET", "/api/ListRoadmaps", host), 405, "POST"},
		{"PUT of a method", get("PUT", "/api/DeleteRoadmap", host), 405, "POST"},
		{"DELETE of a method", get("DELETE", "/api/DeleteRoadmap", host), 405, "POST"},
		{"POST to the list", get("POST", "/api", host), 405, "GET"},
		{"an unknown method", get("POST", "/api/DropTables", host), 404, ""},
		{"a method of another case", get("POST", "/api/listRoadmaps", host), 404, ""},
		{"an unexported method", get("POST", "/api/roadmap", host), 404, ""},
		{"a method of a field", get("POST", "/api/store/Close", host), 404, ""},
		{"no name", get("POST", "/api/", host), 404, ""},
		{"a method of the right shape", get("POST", "/api/ListRoadmaps", host), 200, ""},
	}
	for _, tc := range cases {
		status, h, body := raw(t, srv, tc.req)
		if status != tc.status || h.Get("Allow") != tc.allow {
			t.Errorf("%s: %d Allow %q (%s); want %d Allow %q", tc.name, status, h.Get("Allow"), body, tc.status, tc.allow)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	if MaxBodyBytes < 2*model.MaxFileBytes {
		t.Fatalf("MaxBodyBytes %d cannot carry a file at the limit of %d as a JSON string", MaxBodyBytes, model.MaxFileBytes)
	}
	t.Run("the default limit, by Content-Length, before reading", func(t *testing.T) {
		srv := newTestServer(t)
		req := "POST /api/ImportRoadmap HTTP/1.1\r\nHost: " + hostOf(srv) + "\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n[\"x\""
		status, _, body := raw(t, srv, req)
		if status != 413 || !strings.Contains(body, "larger than the limit") {
			t.Fatalf("%d %s", status, body)
		}
	})
	srv := newServerWith(t, Options{MaxBody: 1024})
	big := `["big", "a.csv", "` + strings.Repeat("x", 2000) + `"]`
	for _, chunked := range []bool{false, true} {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ImportRoadmap", strings.NewReader(big))
		req.Header.Set("Content-Type", "application/json")
		if chunked {
			req.ContentLength = -1 // no Content-Length: the reader stops at the limit
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 413 || !strings.Contains(string(b), "limit of 1024 bytes") {
			t.Fatalf("chunked %v: %d %s", chunked, res.StatusCode, b)
		}
	}
}

func TestTimeoutsAreSet(t *testing.T) {
	s := HTTPServer(http.NotFoundHandler())
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Fatalf("timeouts not set: %+v", s)
	}
	// The same server, with short timeouts, cuts slow clients off.
	s.ReadHeaderTimeout, s.ReadTimeout = 200*time.Millisecond, 400*time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	defer s.Close()
	for name, partial := range map[string]string{
		"slow headers": "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n",
		"slow body":    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{",
	} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, partial)
		start := time.Now()
		conn.SetReadDeadline(start.Add(5 * time.Second))
		io.Copy(io.Discard, conn) // returns when the server closes
		if waited := time.Since(start); waited > 3*time.Second {
			t.Errorf("%s: connection open %v", name, waited)
		}
		conn.Close()
	}
}
