// Command servestages measures one ImportRoadmap call of serve mode in
// process: it serves the API over a new store in STORE-DIR, posts BODY-FILE
// (the call's JSON argument array, as the browser UI sends it) to it, and
// reports the peak RSS, the largest live heap seen at a collection and the
// live heap after the call (what the service keeps open), and writes the
// heap profile taken at the largest (what was live at the peak) to PROFILE, for the memory goal of issue 13 (item 5). It is not
// part of the app:
//
//	go build -o /tmp/servestages ./bench/servestages
//	/tmp/servestages BODY-FILE STORE-DIR /tmp/peak.prof
//	go tool pprof -sample_index=inuse_space -top /tmp/servestages /tmp/peak.prof
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync/atomic"
	"time"

	"tandem/backend/server"
	"tandem/backend/service"
	"tandem/backend/store"
	"tandem/bench/internal/procstatus"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: servestages BODY-FILE STORE-DIR PROFILE")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// discard is a ResponseWriter that counts the answer's bytes.
type discard struct {
	h    http.Header
	n    int64
	head []byte // the answer's first bytes
}

func (d *discard) Header() http.Header { return d.h }
func (d *discard) WriteHeader(int)     {}
func (d *discard) Write(p []byte) (int, error) {
	if len(d.head) < 200 {
		d.head = append(d.head, p[:min(len(p), 200-len(d.head))]...)
	}
	d.n += int64(len(p))
	return len(p), nil
}

func run(bodyFile, dir, profile string) error {
	runtime.MemProfileRate = 64 << 10
	st, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	h := server.New(service.New(st), nil, server.Options{})
	f, err := os.Open(bodyFile)
	if err != nil {
		return err
	}
	defer f.Close()
	req := httptest.NewRequest("POST", "http://127.0.0.1/api/ImportRoadmap", f)
	req.Header.Set("Content-Type", "application/json")

	// SERVESTAGES_GC=DURATION collects every DURATION so that the profile
	// is of the live heap at its largest (it then costs time and moves
	// the peak RSS); otherwise the profile lags a collection or two.
	every, forced := 2*time.Millisecond, false
	if d, err := time.ParseDuration(os.Getenv("SERVESTAGES_GC")); err == nil {
		every, forced = d, true
	}
	var done atomic.Bool
	var maxLive uint64
	var at time.Duration
	start := time.Now()
	sampled := make(chan struct{})
	go func() { // after each collection, keep the profile of the largest live heap
		defer close(sampled)
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		for !done.Load() {
			if forced {
				runtime.GC() // the profile then shows what is live now
			}
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > maxLive*11/10 {
				maxLive, at = v, time.Since(start)
				if p, err := os.Create(profile); err == nil {
					pprof.Lookup("heap").WriteTo(p, 0)
					p.Close()
				}
			}
			time.Sleep(every)
		}
	}()
	w := &discard{h: http.Header{}}
	h.ServeHTTP(w, req)
	done.Store(true)
	<-sampled
	runtime.GC() // what the service keeps of the roadmap it opened
	kept := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(kept)
	runtime.KeepAlive(h) // and so its service
	fmt.Printf("answer %.200q...\n", w.head)
	fmt.Printf("live heap after the call (the opened roadmap, its analysis and layout, the store): %.1f MiB\n", float64(kept[0].Value.Uint64())/(1<<20))
	fmt.Printf("answer %.1f MiB in %.1f s; largest live heap %.1f MiB at %.1f s; peak RSS %.1f MiB\n",
		float64(w.n)/(1<<20), time.Since(start).Seconds(), float64(maxLive)/(1<<20), at.Seconds(),
		float64(procstatus.Self("VmHWM"))/(1<<10))
	return nil
}
