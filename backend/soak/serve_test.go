package soak

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"tandem/backend/model"
	"tandem/backend/server"
	"tandem/backend/service"
	"tandem/backend/store"
)

var (
	serveFor     = flag.Duration("soak.serve", 5*time.Second, "serve test: how long the clients edit")
	serveClients = flag.Int("soak.clients", 20, "serve test: how many clients edit at once")
)

// TestConcurrentClientsLoseNothing runs -soak.clients clients that edit one
// roadmap at once through serve mode's HTTP API (the real server, service
// and store) for -soak.serve, each its own efforts and dependencies. Every
// valid edit must be acknowledged; after the server stops and the store is
// reopened, it must pass store.Check and hold exactly what each client's
// acknowledged edits leave.
func TestConcurrentClientsLoseNothing(t *testing.T) {
	dir := t.TempDir()
	rid, _, err := seedStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(service.New(st), fstest.MapFS{"index.html": {Data: []byte("<p>ui</p>")}}, server.Options{}))
	httpc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *serveClients}}
	clients := make([]*client, *serveClients)
	var wg sync.WaitGroup
	deadline := time.Now().Add(*serveFor)
	for i := range clients {
		c := &client{n: i, url: srv.URL, rid: rid, http: httpc, rng: rand.New(rand.NewPCG(uint64(i), 7)),
			live: map[string]model.Effort{}, deps: map[[2]string]bool{}}
		clients[i] = c
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && c.err == nil {
				c.step()
			}
		}()
	}
	wg.Wait()
	srv.Close()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	var lat []time.Duration
	acked := 0
	for _, c := range clients {
		if c.err != nil {
			t.Errorf("client %d: %v", c.n, c.err)
		}
		lat = append(lat, c.latencies...)
		acked += c.acked
	}
	st, err = store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if problems, err := st.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("store.Check after the run = %v, %v", problems, err)
	}
	r, err := st.Load(rid)
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, c := range clients {
		for _, msg := range c.missing(r) {
			t.Errorf("client %d: %s", c.n, msg)
			lost++
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		return lat[min(len(lat)-1, int(p*float64(len(lat))))].Round(10 * time.Microsecond)
	}
	t.Logf("%d clients for %v: %d edits acknowledged (%.0f a second), %d efforts and %d dependencies checked in the reopened store, %d lost, 0 store problems; latency p50 %v, p99 %v, max %v",
		len(clients), *serveFor, acked, float64(acked)/serveFor.Seconds(), len(r.Efforts), len(r.Dependencies), lost, pct(0.50), pct(0.99), lat[len(lat)-1])
}

// client edits its own efforts (ids "c<n>-...") and dependencies between
// them, and keeps what its acknowledged edits leave: live efforts as last
// sent, and dependencies.
type client struct {
	n         int
	url, rid  string
	http      *http.Client
	rng       *rand.Rand
	made      int
	live      map[string]model.Effort
	deps      map[[2]string]bool
	acked     int
	latencies []time.Duration
	err       error
}

// step makes one edit; one that is refused is the client's error.
func (c *client) step() {
	ids := make([]string, 0, len(c.live))
	for id := range c.live {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	pick := func() model.Effort { return c.live[ids[c.rng.IntN(len(ids))]] }
	switch w := c.rng.IntN(10); {
	case len(ids) < 3 || w < 2 && len(ids) < 8:
		c.made++
		days := 1 + c.rng.IntN(10)
		start, _ := model.Date("2026-01-05").Days()
		e := model.Effort{ID: fmt.Sprintf("c%d-%d", c.n, c.made), Lane: []string{"paid", "content", "product"}[c.rng.IntN(3)],
			Title: fmt.Sprintf("Client %d effort %d", c.n, c.made), Start: model.DateFromDays(start + c.rng.IntN(90)), DurationDays: &days}
		if c.call("AddEffort", c.rid, e) {
			c.live[e.ID] = e
		}
	case w < 6:
		e := pick()
		day, _ := e.Start.Days()
		e.Start = model.DateFromDays(day + 1 + c.rng.IntN(5))
		e.Notes = fmt.Sprintf("moved by %d at %d", c.n, c.acked)
		if c.call("UpdateEffort", c.rid, e) {
			c.live[e.ID] = e
		}
	case w < 7:
		e := pick()
		status := []string{model.StatusActive, model.StatusDone, model.StatusPaused, model.StatusPlanned}[c.rng.IntN(4)]
		if status != e.EffectiveStatus() && c.call("SetEffortStatus", c.rid, e.ID, status, "") {
			e.Status = status
			c.live[e.ID] = e
		}
	case w < 9:
		a, b := pick().ID, pick().ID
		if a > b {
			a, b = b, a // always from the smaller id: no cycle
		}
		if a != b && !c.deps[[2]string{a, b}] && c.call("AddDependency", c.rid, model.Dependency{From: a, To: b}) {
			c.deps[[2]string{a, b}] = true
		}
	default:
		id := pick().ID
		if c.call("DeleteEffort", c.rid, id) {
			delete(c.live, id)
			for d := range c.deps {
				if d[0] == id || d[1] == id {
					delete(c.deps, d)
				}
			}
		}
	}
}

// call posts one API call and reports whether it was acknowledged (200).
func (c *client) call(method string, args ...any) bool {
	body, _ := json.Marshal(args)
	req, _ := http.NewRequest("POST", c.url+"/api/"+method, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	res, err := c.http.Do(req)
	if err != nil {
		c.err = err
		return false
	}
	msg, _ := io.ReadAll(res.Body)
	res.Body.Close()
	c.latencies = append(c.latencies, time.Since(start))
	if res.StatusCode != http.StatusOK {
		c.err = fmt.Errorf("%s refused (%d): %.200s", method, res.StatusCode, msg)
		return false
	}
	c.acked++
	return true
}

// missing lists how r differs from what the client's acknowledged edits
// leave: its efforts exactly as last sent, its dependencies, nothing else.
func (c *client) missing(r *model.Roadmap) []string {
	var out []string
	prefix := fmt.Sprintf("c%d-", c.n)
	seen := map[string]bool{}
	for _, e := range r.Efforts {
		if !strings.HasPrefix(e.ID, prefix) {
			continue
		}
		seen[e.ID] = true
		want, ok := c.live[e.ID]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("effort %s is stored, but its deletion was acknowledged", e.ID))
		case e.Start != want.Start || e.Notes != want.Notes || e.Lane != want.Lane || e.EffectiveStatus() != want.EffectiveStatus():
			out = append(out, fmt.Sprintf("effort %s is stored as %s %q %s, acknowledged as %s %q %s", e.ID,
				e.Start, e.Notes, e.EffectiveStatus(), want.Start, want.Notes, want.EffectiveStatus()))
		}
	}
	for id := range c.live {
		if !seen[id] {
			out = append(out, fmt.Sprintf("acknowledged effort %s is missing", id))
		}
	}
	stored := map[[2]string]bool{}
	for _, d := range r.Dependencies {
		if strings.HasPrefix(d.From, prefix) {
			stored[[2]string{d.From, d.To}] = true
		}
	}
	for d := range c.deps {
		if !stored[d] {
			out = append(out, fmt.Sprintf("acknowledged dependency %s -> %s is missing", d[0], d[1]))
		}
	}
	for d := range stored {
		if !c.deps[d] {
			out = append(out, fmt.Sprintf("dependency %s -> %s is stored, but its effort's deletion was acknowledged", d[0], d[1]))
		}
	}
	return out
}
