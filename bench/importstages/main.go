// Command importstages reports what each stage of `tandem import FILE`
// keeps and costs in memory: the live heap and the process's peak RSS so
// far after reading the file, reading it as a roadmap (formats.Read),
// checking its schedule and writing it to a new store (store.Create), and
// writes a heap profile of the allocations of the whole run, for the
// memory goal of issue 13 (item 5). It is not part of the app:
//
//	go build -o /tmp/importstages ./bench/importstages
//	/tmp/importstages FILE STORE-DIR /tmp/allocs.prof
//	go tool pprof -sample_index=alloc_space -top /tmp/importstages /tmp/allocs.prof
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/store"
	"tandem/bench/internal/procstatus"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: importstages FILE STORE-DIR ALLOCS-PROFILE")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(file, dir, profile string) error {
	runtime.MemProfileRate = 64 << 10
	start := time.Now()
	lap := func(stage string) {
		took := time.Since(start)
		runtime.GC()
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(s)
		fmt.Printf("%-10s %6.0f ms  live heap %5.1f MiB  peak RSS %5.1f MiB  RSS now: heap %5.1f, files %5.1f MiB\n", stage, took.Seconds()*1000,
			float64(s[0].Value.Uint64())/(1<<20), float64(procstatus.Self("VmHWM"))/(1<<10),
			float64(procstatus.Self("RssAnon"))/(1<<10), float64(procstatus.Self("RssFile")+procstatus.Self("RssShmem"))/(1<<10))
		start = time.Now()
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	lap("read")
	r, err := formats.Read(data, file)
	if err != nil {
		return err
	}
	data = nil
	lap("parse")
	if err := analysis.CheckSchedule(r, analysis.Options{}); err != nil {
		return err
	}
	lap("schedule")
	s, err := store.Open(dir)
	if err != nil {
		return err
	}
	lap("open")
	if _, err := s.Create("", r); err != nil {
		s.Close()
		return err
	}
	lap("create")
	if hp, err := os.Create(profile + ".create"); err == nil {
		pprof.Lookup("heap").WriteTo(hp, 0)
		hp.Close()
	}
	if err := s.Close(); err != nil {
		return err
	}
	lap("close")
	f, err := os.Create(profile)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.KeepAlive(r)
	return pprof.Lookup("allocs").WriteTo(f, 0)
}
