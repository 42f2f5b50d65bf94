package service

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"tandem/backend/model"
)

// genRoadmap is the roadmap of n efforts that ../shared/bench/gen_roadmap.py
// writes (TANDEM_GEN names another copy), as file text: the roadmap the
// browser benchmark's --gen rows and the desktop edit benchmark time (8
// lanes, 2n forward dependencies, 1-2 surfaces and 0-2 metrics an effort:
// ~3,000 conflicts and ~10,000 opportunities at 5,000 efforts). It skips
// the benchmark when neither the script nor python3 is found.
func genRoadmap(b testing.TB, n int) string {
	b.Helper()
	gen := os.Getenv("TANDEM_GEN")
	if gen == "" {
		dir, _ := os.Getwd()
		for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			if p := filepath.Join(dir, "shared", "bench", "gen_roadmap.py"); fileExists(p) {
				gen = p
				break
			}
		}
	}
	if gen == "" {
		b.Skip("no gen_roadmap.py (set TANDEM_GEN)")
	}
	out := filepath.Join(b.TempDir(), "roadmap.json")
	if msg, err := exec.Command("python3", gen, fmt.Sprint(n), out).CombinedOutput(); err != nil {
		b.Skipf("%s: %v %s", gen, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// BenchmarkGenEditReply moves, by a day, the effort of gen_roadmap.py's
// roadmap (5,000 and 20,000 efforts) that the browser benchmark's edit
// moves (the earliest effort of the first lane), and encodes the reply as
// serve mode sends it: the whole UpdateEffort request less HTTP (clone,
// validate, durable write, re-analysis, layout, delta, JSON). Edits are
// 150 ms apart (TANDEM_EDIT_GAP), untimed, as the UI's are (the next key
// press comes once the move is drawn): what the service does between two
// edits is not timed, and cpu-ms/op (the whole process's) counts it.
func BenchmarkGenEditReply(b *testing.B) {
	for _, n := range []int{5_000, 20_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			svc := benchService(b)
			snap, err := svc.ImportRoadmap("bench", "bench.tandem", genRoadmap(b, n))
			if err != nil {
				b.Fatal(err)
			}
			moveEdits(b, svc, snap.Info.ID, firstOfLane(snap, "l0"), gap())
		})
	}
}

// firstOfLane returns the effort of lane that the analysis of snap starts
// first (of those, the one on the lowest sub-row), as the keyboard's Tab
// selects it (frontend/src/lib/timeline/interact/tab-order.ts), with its scheduled start as its start: the UI's move gives an
// effort its drawn start.
func firstOfLane(snap *Snapshot, lane string) model.Effort {
	best := -1
	for i, row := range snap.Analysis.Schedule {
		if row.Lane != lane {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		if b := &snap.Analysis.Schedule[best]; row.ES < b.ES || row.ES == b.ES && snap.Layout.Rows[row.ID] < snap.Layout.Rows[b.ID] {
			best = i
		}
	}
	id := snap.Analysis.Schedule[best].ID
	for _, e := range snap.Roadmap.Efforts {
		if e.ID == id {
			if e.Start == "" {
				e.Start = snap.Analysis.Schedule[best].Start
			}
			return e
		}
	}
	panic("no effort " + id)
}

// gap is the untimed pause between BenchmarkGenEditReply's edits:
// TANDEM_EDIT_GAP (a duration), else 150 ms, as the browser benchmark
// waits after each edit is drawn (frontend/e2e/bench/edit-in-page.js).
func gap() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("TANDEM_EDIT_GAP")); err == nil {
		return d
	}
	return 150 * time.Millisecond
}
