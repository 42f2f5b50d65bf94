package analysis

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"gonum.org/v1/gonum/graph/topo"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// TestPropertySchedule checks the CPM on random DAGs (the benchmark
// generator at small sizes, several seeds): every dependency holds at es/ef,
// es is as early as allowed (each es is its lower bound or made tight by a
// dependency), the backward pass is as late as allowed, float >= 0, and the
// same input gives the same bytes.
func TestPropertySchedule(t *testing.T) {
	for seed := uint64(1); seed <= 30; seed++ {
		r := modeltest.Generate(40+int(seed)*7, seed)
		res := analyze(t, r)
		checkSchedule(t, r, res)
		if a, b := marshal(t, res), marshal(t, analyze(t, r)); !bytes.Equal(a, b) {
			t.Fatalf("seed %d: same input, different bytes", seed)
		}
	}
}

// TestPropertyCriticalEnds: without planned starts and done efforts, some
// critical effort starts at day 0 and some finishes at the project finish.
func TestPropertyCriticalEnds(t *testing.T) {
	for seed := uint64(1); seed <= 30; seed++ {
		r := modeltest.Generate(30+int(seed)*5, seed)
		for i := range r.Efforts {
			e := &r.Efforts[i]
			e.Start, e.End = "", ""
			if e.Status == model.StatusDone {
				e.Status = model.StatusActive
			}
		}
		res := analyze(t, r)
		checkSchedule(t, r, res)
		starts, ends := false, false
		for _, s := range res.Schedule {
			if s.Critical {
				starts = starts || s.ES == 0
				ends = ends || s.EF == res.DurationDays
			}
			if s.SlipDays != 0 {
				t.Errorf("seed %d: %s slips without a planned start", seed, s.ID)
			}
		}
		if !starts || !ends {
			t.Errorf("seed %d: a critical effort at day 0: %v, at the finish: %v", seed, starts, ends)
		}
	}
}

// checkSchedule checks the schedule of res against the constraints of r.
func checkSchedule(t *testing.T, r *model.Roadmap, res *Result) {
	t.Helper()
	x := indexOf(t, r)
	rows := map[string]*Scheduled{}
	for i := range res.Schedule {
		rows[res.Schedule[i].ID] = &res.Schedule[i]
	}
	// The finish offset: durationDays counts from the earliest es when
	// efforts start before day 0 (planned starts before the roadmap's).
	first, maxEF := 0, 0
	for i, s := range res.Schedule {
		first = min(first, s.ES)
		if i == 0 || s.EF > maxEF {
			maxEF = s.EF
		}
	}
	finish := res.DurationDays + first
	if len(res.Schedule) > 0 && finish != maxEF {
		t.Errorf("finish offset %d (durationDays %d from %d) is not the latest ef %d", finish, res.DurationDays, first, maxEF)
	}
	tightES := map[string]bool{}
	tightLF := map[string]bool{}
	g := &depGraph{typ: []uint8{0}, lag: []int{0}}
	for _, d := range r.Dependencies {
		a, b := rows[d.From], rows[d.To]
		if a == nil || b == nil {
			continue
		}
		g.typ[0], g.lag[0] = depType(d.Type), d.LagDays
		bi, ai := x.pos.get(d.To), x.pos.get(d.From)
		pinned := x.flags[bi]&(flagDone|flagPlan) == flagDone|flagPlan
		if req := g.earliestStart(0, a.ES, a.EF, x.dur[bi]); !pinned {
			if b.ES < req {
				t.Errorf("%s -> %s %s%+d: %s starts at %d, before %d", d.From, d.To, d.Type, d.LagDays, d.To, b.ES, req)
			}
			tightES[d.To] = tightES[d.To] || b.ES == req
		}
		if x.flags[bi]&flagDone == 0 && x.flags[ai]&flagDone == 0 {
			lim := g.latestFinish(0, b.LS, b.LF, x.dur[ai])
			if a.LF > lim {
				t.Errorf("%s -> %s: %s finishes late at %d > %d", d.From, d.To, d.From, a.LF, lim)
			}
			tightLF[d.From] = tightLF[d.From] || a.LF == lim
		}
	}
	for _, s := range res.Schedule {
		i := x.pos.get(s.ID)
		if s.EF != s.ES+x.dur[i] || s.LF != s.LS+x.dur[i] {
			t.Errorf("%s: ef/lf do not add the duration %d: %+v", s.ID, x.dur[i], s)
		}
		if s.Float < 0 || s.Float != s.LS-s.ES {
			t.Errorf("%s: float %d (ls %d, es %d)", s.ID, s.Float, s.LS, s.ES)
		}
		if s.EF > finish || s.LF > finish {
			t.Errorf("%s ends after the project finish", s.ID)
		}
		lower := 0
		if x.flags[i]&flagPlan != 0 {
			lower = x.plan[i]
		}
		if s.ES < lower || (s.ES != lower && !tightES[s.ID]) {
			t.Errorf("%s: es %d is not its lower bound %d nor made tight by a dependency", s.ID, s.ES, lower)
		}
		done := x.flags[i]&flagDone != 0
		if !done && s.LF != finish && !tightLF[s.ID] {
			t.Errorf("%s: lf %d is neither the finish nor made tight by a dependency", s.ID, s.LF)
		}
		if s.Critical != (!done && s.Float <= 0) {
			t.Errorf("%s: critical %v with float %d, done %v", s.ID, s.Critical, s.Float, done)
		}
	}
}

// TestPropertyAgainstBruteForce compares the sweeps, the pair search and the
// flywheels with an all-pairs reference implementation on generated
// roadmaps of up to 1500 efforts (the reference is O(n^2), the analysis
// never is), and the reference
// flywheels come from gonum's topo.TarjanSCC on the explicit helps graph.
func TestPropertyAgainstBruteForce(t *testing.T) {
	for seed := uint64(1); seed <= 25; seed++ {
		n := 60 + int(seed)*9
		if seed == 25 {
			n = 1500 // large enough for flywheels joined through surfaces
		}
		r := modeltest.Generate(n, seed)
		res := analyze(t, r)
		ref := bruteForce(r, res)
		var gotC []string
		for _, c := range res.Conflicts {
			if c.Kind == KindSurface || c.Kind == KindMetric {
				gotC = append(gotC, fmt.Sprintf("%s %s %v %s%s %s..%s %d", c.Kind, c.Severity, c.Efforts, c.Surface, c.Metric, c.From, c.To, c.Days))
			}
		}
		sort.Strings(gotC)
		wantEqual(t, fmt.Sprintf("seed %d conflicts", seed), gotC, ref.conflicts)
		var gotP []string
		for _, p := range res.Reinforcing {
			gotP = append(gotP, fmt.Sprintf("%v %v", p.Efforts, p.Via))
		}
		wantEqual(t, fmt.Sprintf("seed %d reinforcing", seed), gotP, ref.pairs)
		wantEqual(t, fmt.Sprintf("seed %d flywheels", seed), res.Flywheels, ref.flywheels)
		checkOrder(t, res)
	}
}

// checkOrder checks the documented order of every list of res.
func checkOrder(t *testing.T, res *Result) {
	t.Helper()
	kindRank := map[string]int{KindSurface: 0, KindSequence: 1, KindMetric: 2, KindDeclared: 3}
	es := map[string]int{}
	for _, s := range res.Schedule {
		es[s.ID] = s.ES
	}
	sorted := func(what string, n int, less func(i, j int) bool) {
		for i := 1; i < n; i++ {
			if less(i, i-1) {
				t.Errorf("%s: item %d is out of order", what, i)
				return
			}
		}
	}
	sorted("critical", len(res.Critical), func(i, j int) bool {
		a, b := res.Critical[i], res.Critical[j]
		return es[a] < es[b] || es[a] == es[b] && a < b
	})
	sorted("conflicts", len(res.Conflicts), func(i, j int) bool {
		a, b := res.Conflicts[i], res.Conflicts[j]
		if kindRank[a.Kind] != kindRank[b.Kind] || a.Kind == KindDeclared {
			return kindRank[a.Kind] < kindRank[b.Kind]
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.Efforts[0] < b.Efforts[0] || a.Efforts[0] == b.Efforts[0] && a.Efforts[1] < b.Efforts[1]
	})
	for _, c := range res.Conflicts {
		if c.Efforts[0] >= c.Efforts[1] {
			t.Errorf("conflict ids not ascending: %v", c.Efforts)
		}
	}
	sorted("reinforcing", len(res.Reinforcing), func(i, j int) bool {
		a, b := res.Reinforcing[i].Efforts, res.Reinforcing[j].Efforts
		return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
	})
	sorted("opportunities", len(res.Opportunities), func(i, j int) bool {
		a, b := res.Opportunities[i], res.Opportunities[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Efforts[0] < b.Efforts[0] || a.Efforts[0] == b.Efforts[0] && a.Efforts[1] < b.Efforts[1]
	})
	sorted("sharedMetrics", len(res.SharedMetrics), func(i, j int) bool {
		return res.SharedMetrics[i].Metric < res.SharedMetrics[j].Metric
	})
}

type reference struct {
	conflicts []string
	pairs     []string
	flywheels [][]string
}

// bruteForce recomputes surface and metric conflicts, mutual pairs and
// flywheels by looking at every pair of efforts, from the schedule of res.
func bruteForce(r *model.Roadmap, res *Result) reference {
	type eff struct {
		id, lane     string
		es, ef       int
		from, to     model.Date
		active       bool
		touch        map[string]bool // surface -> changes
		move         map[string]bool // metric -> up
		surfs, metrs []string
	}
	rows := map[string]Scheduled{}
	for _, s := range res.Schedule {
		rows[s.ID] = s
	}
	var es []*eff
	for _, e := range r.Efforts {
		s, ok := rows[e.ID]
		if !ok {
			continue
		}
		f := &eff{id: e.ID, lane: e.Lane, es: s.ES, ef: s.EF, active: e.Status != model.StatusDone,
			touch: map[string]bool{}, move: map[string]bool{}}
		for _, tc := range e.Touches {
			if _, seen := f.touch[tc.Surface]; !seen {
				f.surfs = append(f.surfs, tc.Surface)
			}
			f.touch[tc.Surface] = f.touch[tc.Surface] || tc.Mode == model.ModeChanges
		}
		for _, m := range e.Moves {
			if _, seen := f.move[m.Metric]; !seen {
				f.move[m.Metric] = m.Direction == model.DirectionUp
				f.metrs = append(f.metrs, m.Metric)
			}
		}
		es = append(es, f)
	}
	dateOf := map[int]model.Date{} // offset -> date, from the schedule's own dates
	for _, s := range res.Schedule {
		dateOf[s.ES] = s.Start
		if s.EF > s.ES {
			dateOf[s.EF-1] = s.End
		}
	}
	var ref reference
	helps := func(a, b *eff) (bool, []string) {
		var via []string
		for _, s := range a.surfs {
			if ch, ok := b.touch[s]; ok && a.touch[s] && !ch && a.ef <= b.es {
				via = append(via, "surface:"+s)
			}
		}
		return len(via) > 0, via
	}
	n := len(es)
	idx := map[string]int{}
	for i, e := range es {
		idx[e.id] = i
	}
	var src, dst []int32
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			a, b := es[i], es[j]
			if a.id > b.id {
				a, b = b, a
			}
			from, to := max(a.es, b.es), min(a.ef, b.ef)
			if to > from {
				for _, s := range a.surfs {
					ca, cb := a.touch[s], false
					var ok bool
					if cb, ok = b.touch[s]; !ok || !(ca || cb) {
						continue
					}
					sev := SeverityDisruption
					if ca && cb {
						sev = SeverityCollision
					}
					ref.conflicts = append(ref.conflicts, fmt.Sprintf("surface %s %v %s %s..%s %d", sev, [2]string{a.id, b.id}, s, dateOf[from], dateOf[to-1], to-from))
				}
				for _, m := range a.metrs {
					if ub, ok := b.move[m]; ok && ub != a.move[m] {
						ref.conflicts = append(ref.conflicts, fmt.Sprintf("metric  %v %s %s..%s %d", [2]string{a.id, b.id}, m, dateOf[from], dateOf[to-1], to-from))
					}
				}
			}
			if !a.active || !b.active {
				continue
			}
			var sym []string
			for _, l := range r.Links {
				if l.Kind == model.LinkReinforces && (l.A == a.id && l.B == b.id || l.A == b.id && l.B == a.id) {
					sym = append(sym, "link")
					break
				}
			}
			var ms []string
			for _, m := range a.metrs {
				if ub, ok := b.move[m]; ok && ub == a.move[m] {
					ms = append(ms, "metric:"+m)
				}
			}
			sort.Strings(ms)
			sym = append(sym, ms...)
			ab, viaAB := helps(a, b)
			ba, viaBA := helps(b, a)
			if len(sym) > 0 || ab {
				src, dst = append(src, int32(idx[a.id])), append(dst, int32(idx[b.id]))
			}
			if len(sym) > 0 || ba {
				src, dst = append(src, int32(idx[b.id])), append(dst, int32(idx[a.id]))
			}
			if len(sym) > 0 || ab && ba {
				ss := append(viaAB, viaBA...)
				sort.Strings(ss)
				ss = slices.Compact(ss)
				ref.pairs = append(ref.pairs, fmt.Sprintf("%v %v", [2]string{a.id, b.id}, append(sym, ss...)))
			}
		}
	}
	sort.Strings(ref.conflicts)
	sort.Strings(ref.pairs)
	// Flywheels: gonum's Tarjan on the explicit helps graph.
	ref.flywheels = [][]string{}
	for _, c := range topo.TarjanSCC(newDigraph(n, src, dst)) {
		if len(c) < 3 {
			continue
		}
		var ids []string
		for _, nd := range c {
			ids = append(ids, es[nd.ID()].id)
		}
		sort.Strings(ids)
		ref.flywheels = append(ref.flywheels, ids)
	}
	sort.Slice(ref.flywheels, func(i, j int) bool { return ref.flywheels[i][0] < ref.flywheels[j][0] })
	return ref
}

// TestSCCMatchesGonum checks the iterative Tarjan against gonum's
// topo.TarjanSCC, both on the same compact graph, on random digraphs.
func TestSCCMatchesGonum(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(60)
		m := rng.IntN(3 * n)
		src, dst := make([]int32, m), make([]int32, m)
		for k := range src {
			src[k], dst[k] = int32(rng.IntN(n)), int32(rng.IntN(n))
		}
		g := newDigraph(n, src, dst)
		comp, count := stronglyConnected(g)
		got := make([][]int64, count)
		for v, c := range comp {
			got[c] = append(got[c], int64(v))
		}
		var want [][]int64
		for _, c := range topo.TarjanSCC(g) {
			var ids []int64
			for _, nd := range c {
				ids = append(ids, nd.ID())
			}
			slices.Sort(ids)
			want = append(want, ids)
		}
		key := func(s [][]int64) []string {
			var out []string
			for _, c := range s {
				out = append(out, fmt.Sprint(c))
			}
			sort.Strings(out)
			return out
		}
		wantEqual(t, fmt.Sprintf("trial %d", trial), key(got), key(want))
	}
}
