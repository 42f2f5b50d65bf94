// Command profrun profiles `tandem analyze FILE [--json]` as the command
// runs it (reading, analysis and writing to stdout through the service), for
// the whole-process benchmark of issue 11. It is not part of the app:
//
//	go build -o /tmp/profrun ./bench/profrun
//	/tmp/profrun FILE /tmp/cpu.prof [--json] >/dev/null
//	go tool pprof -top -cum /tmp/profrun /tmp/cpu.prof
//
// It writes the CPU profile to the path given and the allocations to the
// same path with ".allocs" appended.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime/pprof"

	"tandem/backend/service"
)

func main() {
	if len(os.Args) < 3 || len(os.Args) > 4 {
		fmt.Fprintln(os.Stderr, "usage: profrun FILE CPU-PROFILE [--json]")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], len(os.Args) == 4); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(file, profile string, asJSON bool) error {
	cpu, err := os.Create(profile)
	if err != nil {
		return err
	}
	defer cpu.Close()
	if err := pprof.StartCPUProfile(cpu); err != nil {
		return err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	if err := service.AnalyzeFile(out, data, file, asJSON); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	pprof.StopCPUProfile()
	allocs, err := os.Create(profile + ".allocs")
	if err != nil {
		return err
	}
	defer allocs.Close()
	return pprof.Lookup("allocs").WriteTo(allocs, 0)
}
