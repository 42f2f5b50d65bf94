package soak

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"tandem/backend/model"
	"tandem/backend/store"
)

var (
	kills   = flag.Int("soak.kills", 1000, "crash test: how many times to kill an editing process in total")
	workers = flag.Int("soak.workers", 4, "crash test: how many stores are edited and killed side by side")
	life    = flag.Duration("soak.life", 100*time.Millisecond, "crash test: the longest an editing process edits before its kill (each draws a time up to this; one in five is timed from its start, while it may still be opening the store)")
	tmp     = flag.String("soak.tmp", defaultTmp(), "crash test: the directory to make the stores in")
	depth   = flag.Int("soak.depth", 3, "crash test: how many undo and redo steps each check walks")
	budget  = flag.Duration("soak.budget", 2*time.Minute, "crash test: stop starting kill cycles after this long (on a loaded machine), saying how many were made")
)

// The child's environment: set, the test binary is the editing process.
const (
	envDir  = "TANDEM_SOAK_DIR"
	envRid  = "TANDEM_SOAK_ROADMAP"
	envSeed = "TANDEM_SOAK_SEED"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envDir); dir != "" {
		seed, _ := strconv.ParseUint(os.Getenv(envSeed), 10, 64)
		if err := RunChild(dir, os.Getenv(envRid), seed, 1_000_000, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "soak child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// defaultTmp is a memory file system when there is one (/dev/shm), else
// the system's temporary directory. A process kill keeps what the process
// wrote to the page cache, so the disk's sync plays no part in what the
// crash test proves, and its cost (10-300 ms an open on a shared disk)
// would bound how many kills fit in the test's time.
func defaultTmp() string {
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		return "/dev/shm"
	}
	return os.TempDir()
}

// forkMu keeps this process from starting a child while it has a store
// open: a child forked then holds a copy of the store's lock until it
// runs the test binary, and on a loaded machine that moment lasts long
// enough for the next process to find the store "in use". Store handles
// hold it for reading, starts for writing.
var forkMu sync.RWMutex

// crashStats counts what the crash test did.
type crashStats struct {
	kills, acked, ackedEdits, undos, redos, refused, landed, checked int
}

func (a *crashStats) add(b crashStats) {
	a.kills += b.kills
	a.acked += b.acked
	a.ackedEdits += b.ackedEdits
	a.undos += b.undos
	a.redos += b.redos
	a.refused += b.refused
	a.landed += b.landed
	a.checked += b.checked
}

// TestCrashSafety kills processes that edit a store through the real
// service at random moments, -soak.kills times in all over -soak.workers
// stores, and after each kill checks the reopened store (Verify): no
// problem, and every acknowledged edit, undo and redo is there, exactly.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes for a while")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (kill times are not reproducible; call seeds are in failures)", seed)
	start := time.Now()
	stop := start.Add(*budget)
	if d, ok := t.Deadline(); ok && d.Add(-time.Minute).Before(stop) {
		stop = d.Add(-time.Minute) // leave go test's -timeout a minute to spare
	}
	self0, children0 := cpuTimes()
	var mu sync.Mutex
	var total crashStats
	var wg sync.WaitGroup
	for w := range *workers {
		n := *kills / *workers
		if w < *kills%*workers {
			n++
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := killLoop(t, n, stop, rand.New(rand.NewPCG(seed, uint64(w))))
			mu.Lock()
			total.add(st)
			mu.Unlock()
			if err != nil {
				t.Errorf("store %d: %v", w, err)
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	self1, children1 := cpuTimes()
	if total.kills < *kills && !t.Failed() {
		t.Logf("STOPPED EARLY: %d of %d kills made within the budget of %v (-soak.budget); the machine is too loaded for the rest", total.kills, *kills, stop.Sub(start).Round(time.Second))
	}
	t.Logf("%d kills in %v (%v a kill, %d stores side by side): %d calls acknowledged (%d edits, %d undos, %d redos), %d checked after the kills, %s; %d unacknowledged calls had landed, %d refused",
		total.kills, el.Round(time.Millisecond), (el / time.Duration(max(total.kills, 1))).Round(time.Microsecond), *workers,
		total.acked, total.ackedEdits, total.undos, total.redos, total.checked, verdict(t), total.landed, total.refused)
	t.Logf("CPU: %v in this process (checks), %v in the editing processes", (self1 - self0).Round(time.Millisecond), (children1 - children0).Round(time.Millisecond))
}

// verdict sums up the losses and store problems: none, unless the test failed.
func verdict(t *testing.T) string {
	if t.Failed() {
		return "LOSSES OR STORE PROBLEMS (above)"
	}
	return "0 lost, 0 store problems"
}

// killLoop runs n kill cycles on a fresh store, or as many as start before stop.
func killLoop(t *testing.T, n int, stop time.Time, rng *rand.Rand) (crashStats, error) {
	var stats crashStats
	dir, err := os.MkdirTemp(*tmp, "tandem-soak-")
	if err != nil {
		return stats, err
	}
	defer os.RemoveAll(dir)
	rid, initial, err := seedStore(dir)
	if err != nil {
		return stats, err
	}
	led := NewLedger(initial, store.UndoLimit)
	for range n {
		if time.Now().After(stop) {
			break
		}
		childSeed := rng.Uint64()
		lines, err := runAndKill(dir, rid, childSeed, time.Duration(rng.Int64N(int64(*life)+1)), rng.IntN(5) == 0)
		if err != nil {
			return stats, err
		}
		stats.kills++
		var pending Kind
		var cycle crashStats
		for _, s := range lines {
			l, err := ParseLine(s)
			if err != nil {
				return stats, err
			}
			switch l.Verb {
			case "begin":
				pending = l.Kind
			case "ack":
				if err := led.Ack(l.Kind, l.Digest); err != nil {
					return stats, fmt.Errorf("child %d: acknowledged %s: %w", childSeed, l.Kind, err)
				}
				pending = ""
				cycle.acked++
				switch l.Kind {
				case KindEdit:
					cycle.ackedEdits++
				case KindUndo:
					cycle.undos++
				case KindRedo:
					cycle.redos++
				}
			case "refused":
				if l.Digest != led.Current() {
					return stats, fmt.Errorf("child %d: a refused %s changed the roadmap", childSeed, l.Kind)
				}
				pending = ""
				cycle.refused++
			}
		}
		forkMu.RLock()
		st, err := store.Open(dir)
		if err != nil {
			forkMu.RUnlock()
			return stats, fmt.Errorf("open after kill %d (child %d): %w", stats.kills, childSeed, err)
		}
		landed, err := Verify(st, rid, led, pending, *depth)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		forkMu.RUnlock()
		if err != nil {
			return stats, fmt.Errorf("after kill %d (child %d, %d calls acknowledged in its life): %w", stats.kills, childSeed, cycle.acked, err)
		}
		if landed {
			cycle.landed++
		}
		cycle.checked = cycle.acked
		stats.add(cycle)
	}
	return stats, nil
}

// seedStore creates the roadmap the children edit: three lanes, four
// efforts, one dependency. It returns its id and digest.
func seedStore(dir string) (string, string, error) {
	forkMu.RLock()
	defer forkMu.RUnlock()
	st, err := store.Open(dir)
	if err != nil {
		return "", "", err
	}
	defer st.Close()
	d := func(n int) *int { return &n }
	r := &model.Roadmap{Format: model.Format, Version: model.Version, Name: "Soak", Start: "2026-01-05",
		Lanes: []model.Lane{{ID: "paid", Name: "Paid"}, {ID: "content", Name: "Content"}, {ID: "product", Name: "Product"}},
		Efforts: []model.Effort{
			{ID: "ads", Lane: "paid", Title: "Ads", Start: "2026-01-12", DurationDays: d(10)},
			{ID: "blog", Lane: "content", Title: "Blog", Start: "2026-01-19", DurationDays: d(5)},
			{ID: "pricing", Lane: "product", Title: "Pricing", Start: "2026-02-02", DurationDays: d(8)},
			{ID: "onboarding", Lane: "product", Title: "Onboarding", Start: "2026-02-16", DurationDays: d(12)},
		},
		Dependencies: []model.Dependency{{From: "pricing", To: "onboarding"}},
	}
	info, err := st.Create("Soak", r)
	if err != nil {
		return "", "", err
	}
	digest, err := digestOf(st, info.ID)
	return info.ID, digest, err
}

// runAndKill starts the editing child and kills it lifetime after its
// first report or, when early, after its start (it may still be opening the
// store). It returns the complete lines the child wrote. A child that ended
// by itself is an error.
func runAndKill(dir, rid string, seed uint64, lifetime time.Duration, early bool) ([]string, error) {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), envDir+"="+dir, envRid+"="+rid, envSeed+"="+strconv.FormatUint(seed, 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	forkMu.Lock()
	err = cmd.Start()
	forkMu.Unlock()
	if err != nil {
		return nil, err
	}
	first, eof := make(chan struct{}), make(chan []string, 1)
	go func() { eof <- completeLines(out, func() { close(first) }) }()
	if !early {
		select {
		case <-first:
		case lines := <-eof:
			eof <- lines
		}
	}
	timer := time.AfterFunc(lifetime, func() { cmd.Process.Kill() })
	lines := <-eof
	killed := !timer.Stop()
	err = cmd.Wait()
	if !killed {
		return lines, fmt.Errorf("child %d ended by itself (%v): %s", seed, err, stderr.Bytes())
	}
	return lines, nil
}

// completeLines reads r to its end and returns the lines that end in a newline.
// It calls first once, when the first line is read.
func completeLines(r io.Reader, first func()) []string {
	var lines []string
	br := bufio.NewReader(r)
	for {
		s, err := br.ReadString('\n')
		if err != nil {
			return lines
		}
		if lines = append(lines, s[:len(s)-1]); len(lines) == 1 {
			first()
		}
	}
}
