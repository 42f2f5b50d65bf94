package cli

import (
	"bufio"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

func TestServeRefusesOtherAddressesWithoutRemote(t *testing.T) {
	data := filepath.Join(t.TempDir(), "store")
	for _, args := range [][]string{
		{"serve", "--addr", "0.0.0.0:0"},
		{"serve", "--addr", ":7420"},
		{"serve", "--addr", "192.168.1.5:7420"},
		{"serve", "--addr", "tandem.example:7420"},
		{"serve", "--allow-host", "tandem.lan"},
	} {
		code, _, errs := run(append([]string{"--data", data}, args...)...)
		if code != 2 || !strings.Contains(errs, "--remote") {
			t.Errorf("%v: exit %d, %q; want a usage error naming --remote", args, code, errs)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:7420": true, "localhost:0": true, "[::1]:80": true, "127.8.9.1:1": true,
		"0.0.0.0:7420": false, ":7420": false, "[::]:1": false, "10.0.0.1:1": false, "example.com:1": false, "127.0.0.1": false,
	} {
		if got := isLoopback(addr); got != want {
			t.Errorf("isLoopback(%q) = %v", addr, got)
		}
	}
}

// TestServeRemotePrintsTokenOnce runs serve --remote on a free loopback
// port, reads the printed address and checks that the token it carries is
// required and works; SIGINT then stops the server.
func TestServeRemotePrintsTokenOnce(t *testing.T) {
	pr, pw := io.Pipe()
	env := Env{Stdout: pw, Stderr: io.Discard, Assets: fstest.MapFS{"index.html": {Data: []byte("<title>Tandem</title>")}}}
	inv, err := Parse([]string{"--data", filepath.Join(t.TempDir(), "store"), "serve", "--remote", "--addr", "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	exit := make(chan int, 1)
	go func() { exit <- Run(inv, env); pw.Close() }()
	lines := bufio.NewScanner(pr)
	if !lines.Scan() {
		t.Fatal("serve printed nothing")
	}
	first := lines.Text()
	m := regexp.MustCompile(`serving at (http://127\.0\.0\.1:\d+/)\?token=([A-Za-z0-9_-]{43}) `).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no address with a token in %q", first)
	}
	base, token := m[1], m[2]
	rest := make(chan string)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()

	status := func(req *http.Request) int {
		t.Helper()
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	plain, _ := http.NewRequest("GET", base+"api", nil)
	withToken, _ := http.NewRequest("GET", base+"api", nil)
	withToken.Header.Set("Authorization", "Bearer "+token)
	opened, _ := http.NewRequest("GET", base+"?token="+token, nil)
	if s := status(plain); s != 401 {
		t.Errorf("without the token: %d", s)
	}
	if s := status(withToken); s != 200 {
		t.Errorf("with the token: %d", s)
	}
	if s := status(opened); s != 200 {
		t.Errorf("the printed address: %d", s)
	}

	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	select {
	case code := <-exit:
		if code != 0 {
			t.Fatalf("serve exited %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
	if out := first + "\n" + <-rest; strings.Count(out, token) != 1 {
		t.Fatalf("the token is printed %d times:\n%s", strings.Count(out, token), out)
	}
}
