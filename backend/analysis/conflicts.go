package analysis

import "tandem/backend/model"

// Conflict kinds in report order, and surface severities.
const (
	kSurface uint8 = iota
	kSequence
	kMetric
	kDeclared
)

var kindNames = [...]string{KindSurface, KindSequence, KindMetric, KindDeclared}

const (
	sevNone uint8 = iota
	sevCollision
	sevDisruption
)

var severityNames = [...]string{"", SeverityCollision, SeverityDisruption}

// rawConflict is a conflict in dense form: efforts a and b, their ranks in
// id order once buildConflicts has set them (and put a and b in id order),
// the surface or metric (subject, -1 for none), and the window [from, to)
// in offsets (from == to: no window). The conflicts are sorted by ranks but
// read their ids by effort: a conflict's two efforts are mostly neighbours
// in the file, so that their ids are too.
type rawConflict struct {
	kind, sev uint8
	a, b      int32
	ra, rb    int32
	subject   int32
	from, to  int32
}

// Surface rule: a pair needs at least one span that changes the surface.
var surfaceRule = [2][2]bool{{false, true}, {true, true}}

// Metric rule: a pair needs opposite directions.
var metricRule = [2][2]bool{{false, true}, {true, false}}

// spansOf returns the windows of the live members of one group.
func spansOf(buf []span, who []int32, flag []bool, s *schedule) []span {
	buf = buf[:0]
	for k, i := range who {
		buf = append(buf, span{es: s.es[i], ef: s.ef[i], who: i, flag: flag[k]})
	}
	return buf
}

// surfaceConflicts finds the surface conflicts: per surface, one sweep over
// its touches. O(T log T + conflicts) for T touches.
func surfaceConflicts(x *index, s *schedule, bySurface *groups, out *blocks[rawConflict]) {
	var sw sweeper
	var buf []span
	for g := 0; g < len(x.surfaceIDs); g++ {
		who, flag := bySurface.members(g)
		if len(who) < 2 {
			continue
		}
		buf = spansOf(buf, who, flag, s)
		sw.sweep(buf, surfaceRule, func(p, q *span) {
			sev := sevDisruption
			if p.flag && q.flag {
				sev = sevCollision
			}
			out.add(rawConflict{kind: kSurface, sev: sev, a: p.who, b: q.who,
				subject: int32(g), from: int32(q.es), to: int32(min(p.ef, q.ef))})
		})
	}
}

// metricConflicts finds the metric conflicts: per metric, one sweep over its
// moves. O(M log M + conflicts) for M moves.
func metricConflicts(x *index, s *schedule, byMetric *groups, out *blocks[rawConflict]) {
	var sw sweeper
	var buf []span
	for g := 0; g < len(x.metricIDs); g++ {
		who, flag := byMetric.members(g)
		if len(who) < 2 {
			continue
		}
		buf = spansOf(buf, who, flag, s)
		sw.sweep(buf, metricRule, func(p, q *span) {
			out.add(rawConflict{kind: kMetric, a: p.who, b: q.who,
				subject: int32(g), from: int32(q.es), to: int32(min(p.ef, q.ef))})
		})
	}
}

// sequenceConflicts finds the dependencies that the plan breaks: those that
// push a planned successor (not done) past its planned start. The window is
// [planned start, earliest start the dependency allows). Two dependencies
// between one pair give one conflict, the larger. O(E).
func sequenceConflicts(x *index, g *depGraph, s *schedule, out *blocks[rawConflict]) {
	var mine []rawConflict // those of one predecessor
	for u := int32(0); int(u) < x.n; u++ {
		mine = mine[:0]
		for k := g.off[u]; k < g.off[u+1]; k++ {
			v := g.adj[k]
			if x.flags[v]&(flagPlan|flagDone) != flagPlan {
				continue
			}
			req := g.earliestStart(k, s.es[u], s.ef[u], x.dur[v])
			if req <= x.plan[v] {
				continue
			}
			dup := false
			for j := range mine {
				if mine[j].b == v {
					mine[j].to = max(mine[j].to, int32(req))
					dup = true
				}
			}
			if !dup {
				mine = append(mine, rawConflict{kind: kSequence, a: u, b: v, subject: -1, from: int32(x.plan[v]), to: int32(req)})
			}
		}
		for _, c := range mine {
			out.add(c)
		}
	}
}

// declaredConflicts returns one conflict per `conflicts` link between two
// distinct active efforts (a pair linked twice counts once), with the overlap
// of their windows when they overlap. O(links).
func declaredConflicts(x *index, s *schedule, out *blocks[rawConflict]) {
	seen := map[[2]int32]bool{}
	for _, l := range x.r.Links {
		if l.Kind != model.LinkConflicts {
			continue
		}
		a, b := x.effortOf(l.A), x.effortOf(l.B)
		if a < 0 || b < 0 || a == b || !x.active(a) || !x.active(b) {
			continue
		}
		key := [2]int32{min(a, b), max(a, b)}
		if seen[key] {
			continue
		}
		seen[key] = true
		c := rawConflict{kind: kDeclared, a: a, b: b, subject: -1}
		if from, to := max(s.es[a], s.es[b]), min(s.ef[a], s.ef[b]); to > from {
			c.from, c.to = int32(from), int32(to)
		}
		out.add(c)
	}
}
