// Command memory measures what Tandem's readers cost in memory: for each
// import format (.tandem, CSV, MS Project XML, GanttProject) it writes one
// generated roadmap of N efforts, then runs `tandem import` and `tandem
// analyze --json` on it as child processes and reports the bytes in, each
// command's peak resident memory (the kernel's maxrss) and its ratio to the
// input, and the wall time. With -serve it also starts `tandem serve` and
// sends each file as one ImportRoadmap call (the file as a JSON string in
// the argument array, as the app's browser UI sends it), and reports the
// server's peak resident memory (VmHWM) against the file's size; that
// import analyses the roadmap, since the app shows it next. It is not part
// of the app (issue 13, item 5):
//
//	go build -o /tmp/tandem . && go run ./bench/memory -bin /tmp/tandem -n 100000 -serve
//
// The roadmap is deterministic for a given N: 8 lanes, N/5 surfaces, N/10
// metrics, 2N dependencies (mostly to one of the next 50 efforts, inside
// blocks of 1,000 efforts so that the schedule spans years), a third
// of the efforts with a planned start, as /work/shared/bench/gen_roadmap.py
// writes them. CSV and MS Project XML are Tandem's own exports of it;
// the GanttProject file is written here (Tandem exports no .gan).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	bin := flag.String("bin", "", "the tandem binary to measure (required)")
	n := flag.Int("n", 100000, "efforts in the generated roadmap")
	dir := flag.String("dir", "", "where to write the inputs and the store (default: a new temporary directory, removed at the end)")
	inputsOnly := flag.Bool("inputs-only", false, "only write the inputs into -dir (the measuring process runs itself so)")
	serve := flag.Bool("serve", false, "also send each file to `tandem serve` as one ImportRoadmap call and report the server's peak RSS")
	only := flag.String("formats", "", "comma-separated extensions of the formats to measure, of "+strings.Join(inputExts, ",")+" (default: all)")
	flag.Parse()
	var exts []string
	if *only != "" {
		exts = strings.Split(*only, ",")
		for _, ext := range exts {
			if !slices.Contains(inputExts, ext) {
				fmt.Fprintf(os.Stderr, "memory: unknown format %q (known: %s)\n", ext, strings.Join(inputExts, ","))
				os.Exit(2)
			}
		}
	}
	if *inputsOnly {
		if err := writeInputs(*dir, *n, exts); err != nil {
			fmt.Fprintln(os.Stderr, "memory:", err)
			os.Exit(1)
		}
		return
	}
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "usage: memory -bin TANDEM [-n EFFORTS] [-dir DIR] [-formats csv,...] [-serve]")
		os.Exit(2)
	}
	if err := run(*bin, *n, *dir, exts, *serve); err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}

func run(bin string, n int, dir string, exts []string, serve bool) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "tandem-memory-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// The inputs are written by a child process: Linux counts a parent's
	// peak memory in the peak of the children it starts after it, so the
	// measuring process must stay small.
	self, err := os.Executable()
	if err != nil {
		return err
	}
	gen := exec.Command(self, "-inputs-only", "-dir", dir, "-n", fmt.Sprint(n), "-formats", strings.Join(exts, ","))
	gen.Stdout, gen.Stderr = os.Stdout, os.Stderr
	if err := gen.Run(); err != nil {
		return fmt.Errorf("writing the inputs: %w", err)
	}
	files := inputPaths(dir, n, exts)
	fmt.Printf("%-8s %-8s %10s %10s %6s %8s  %s\n", "format", "command", "bytes in", "peak RSS", "ratio", "seconds", "result")
	for i, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			return err
		}
		store := filepath.Join(dir, fmt.Sprintf("store%d", i))
		for _, cmd := range []struct {
			name string
			args []string
		}{
			{"import", []string{"--data", store, "import", f}},
			{"analyze", []string{"analyze", f, "--json"}},
		} {
			m, err := measure(bin, cmd.args)
			if err != nil {
				return err
			}
			fmt.Printf("%-8s %-8s %10s %10s %5.1fx %8.1f  %s\n", filepath.Ext(f)[1:], cmd.name,
				mib(st.Size()), mib(m.rss), float64(m.rss)/float64(st.Size()), m.wall.Seconds(), m.result)
		}
		if serve {
			m, body, err := measureServe(bin, store+"-serve", f)
			if err != nil {
				return err
			}
			fmt.Printf("%-8s %-8s %10s %10s %5.1fx %8.1f  %s (body %s)\n", filepath.Ext(f)[1:], "serve",
				mib(st.Size()), mib(m.rss), float64(m.rss)/float64(st.Size()), m.wall.Seconds(), m.result, mib(body))
		}
	}
	return nil
}

// measurement is one child process's cost.
type measurement struct {
	rss    int64 // peak resident bytes
	wall   time.Duration
	result string // "ok", or the exit status and the first line of stderr
}

// measure runs bin with args, its output discarded.
func measure(bin string, args []string) (measurement, error) {
	cmd := exec.Command(bin, args...)
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	m := measurement{wall: time.Since(t0), result: "ok"}
	if cmd.ProcessState == nil {
		return m, err
	}
	m.rss = peakRSS(cmd.ProcessState)
	if err != nil {
		m.result = fmt.Sprintf("exit %d: %s", cmd.ProcessState.ExitCode(), stderr.firstLine())
	}
	return m, nil
}

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
