// Command memstages reports the live heap after each stage of `tandem
// analyze FILE` (read, parse, validate, analyse), the peak RSS of the
// analysis alone (the file dropped, the roadmap in memory, as the PEAKMEM
// test measures it), and writes a heap profile of what is live once the
// analysis is made, for the memory goal of issue 11. GOMEMLIMIT applies as
// for any Go program. It is not part of the app:
//
//	go build -o /tmp/memstages ./bench/memstages
//	/tmp/memstages FILE /tmp/heap.prof
//	go tool pprof -sample_index=inuse_space -top /tmp/memstages /tmp/heap.prof
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/bench/internal/procstatus"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: memstages FILE HEAP-PROFILE")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(file, profile string) error {
	start := time.Now()
	lap := func(stage string) {
		runtime.GC()
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(s)
		fmt.Printf("%-10s %6.0f ms  live heap %4.0f MB\n", stage, time.Since(start).Seconds()*1000, float64(s[0].Value.Uint64())/1e6)
		start = time.Now()
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	lap("read")
	r, err := model.Parse(data)
	if err != nil {
		return err
	}
	data = nil
	lap("parse")
	if err := r.Validate(); err != nil {
		return err
	}
	lap("validate")
	debug.FreeOSMemory()
	rss := procstatus.Self("VmRSS")
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return fmt.Errorf("cannot reset the peak RSS: %v", err)
	}
	c, err := analysis.AnalyzeCompact(r, analysis.Options{})
	if err != nil {
		return err
	}
	fmt.Printf("analysis: RSS before %d MB, peak RSS %d MB\n", rss/1000, procstatus.Self("VmHWM")/1000)
	lap("analyse")
	f, err := os.Create(profile)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		return err
	}
	runtime.KeepAlive(c)
	runtime.KeepAlive(r)
	return nil
}
