package analysis

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tandem/backend/model/modeltest"
)

// TestStages times each stage of Analyze on a generated roadmap, run one
// after the other (Analyze runs some of them in parallel), best of three,
// and the whole Analyze at the end. It is a tool for performance work, not a
// check, and runs only when asked:
//
//	STAGES=1000000 go test -run Stages -v ./backend/analysis/
func TestStages(t *testing.T) {
	r := modeltest.Generate(sizeFromEnv(t, "STAGES", "time the stages of Analyze"), 1)
	best := map[string]time.Duration{}
	var names []string
	for k := 0; k < 3; k++ {
		last := time.Now()
		lap := func(name string) {
			d := time.Since(last)
			if b, ok := best[name]; !ok || d < b {
				if !ok {
					names = append(names, name)
				}
				best[name] = d
			}
			last = time.Now()
		}
		ids := make([]string, len(r.Efforts))
		for i := range r.Efforts {
			ids[i] = r.Efforts[i].ID
		}
		order := newIDOrder(ids)
		lap("order")
		x, err := newIndex(r, "2026-06-01", ids, nil)
		if err != nil {
			t.Fatal(err)
		}
		x.indexTouches()
		x.indexMoves()
		lap("index")
		deps := newDepGraph(x)
		lap("deps")
		s, err := computeSchedule(x, deps)
		if err != nil {
			t.Fatal(err)
		}
		lap("cpm")
		lo, hi := 0, s.finish
		for _, i := range s.order {
			lo = min(lo, s.es[i])
		}
		x.cal.memoize(lo, hi)
		lap(fmt.Sprintf("memo(%d)", hi-lo))
		bs, bm := x.bySurface(), x.byMetric()
		links := newLinkAdj(x)
		order.setLanes(x)
		lap("groups")
		var raw blocks[rawConflict]
		surfaceConflicts(x, s, bs, &raw)
		sequenceConflicts(x, deps, s, &raw)
		metricConflicts(x, s, bm, &raw)
		declaredConflicts(x, s, &raw)
		lap("rawconflicts")
		cs := buildConflicts(x, order.rank, raw.parts())
		lap(fmt.Sprintf("buildconflicts(%d)", len(cs)))
		criticalPath(x, s, order.rank)
		scheduleRows(x, s)
		lap("rows")
		sharedMetrics(x, bm, order.rank)
		var c Coordination
		if err := blocked(x, &c); err != nil {
			t.Fatal(err)
		}
		lap("shared+blocked")
		h := &helps{x: x, s: s, deps: deps, links: links, byMetric: bm, bySurface: bs, order: order}
		pairs := h.mutualPairs()
		lap(fmt.Sprintf("pairs(%d)", len(pairs)))
		_, ops := h.pairRows(pairs)
		lap(fmt.Sprintf("pairrows(%d)", len(ops)))
		fw := h.flywheels()
		lap(fmt.Sprintf("flywheels(%d)", len(fw)))
		if _, err := Analyze(r, Options{Today: fixedToday}); err != nil {
			t.Fatal(err)
		}
		lap("Analyze (in parallel)")
	}
	var b strings.Builder
	for _, nm := range names {
		fmt.Fprintf(&b, "%s %v\n", nm, best[nm].Round(time.Millisecond))
	}
	t.Log("\n" + b.String())
}
