package analysis

import (
	"slices"

	"tandem/backend/model"
)

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

// rawConflict is a conflict in dense form: efforts a and b, the surface or
// metric (subject, -1 for none), and the window [from, to) in offsets
// (from == to: no window).
type rawConflict struct {
	kind, sev uint8
	a, b      int32
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
func surfaceConflicts(x *index, s *schedule, bySurface *groups, out []rawConflict) []rawConflict {
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
			out = append(out, rawConflict{kind: kSurface, sev: sev, a: p.who, b: q.who,
				subject: int32(g), from: int32(q.es), to: int32(min(p.ef, q.ef))})
		})
	}
	return out
}

// metricConflicts finds the metric conflicts: per metric, one sweep over its
// moves. O(M log M + conflicts) for M moves.
func metricConflicts(x *index, s *schedule, byMetric *groups, out []rawConflict) []rawConflict {
	var sw sweeper
	var buf []span
	for g := 0; g < len(x.metricIDs); g++ {
		who, flag := byMetric.members(g)
		if len(who) < 2 {
			continue
		}
		buf = spansOf(buf, who, flag, s)
		sw.sweep(buf, metricRule, func(p, q *span) {
			out = append(out, rawConflict{kind: kMetric, a: p.who, b: q.who,
				subject: int32(g), from: int32(q.es), to: int32(min(p.ef, q.ef))})
		})
	}
	return out
}

// sequenceConflicts finds the dependencies that the plan breaks: those that
// push a planned successor (not done) past its planned start. The window is
// [planned start, earliest start the dependency allows). Two dependencies
// between one pair give one conflict, the larger. O(E).
func sequenceConflicts(x *index, g *depGraph, s *schedule, out []rawConflict) []rawConflict {
	for u := int32(0); int(u) < x.n; u++ {
		first := len(out)
		for k := g.off[u]; k < g.off[u+1]; k++ {
			v := g.adj[k]
			if x.flags[v]&(flagPlan|flagDone) != flagPlan {
				continue
			}
			req := g.earliestStart(k, s.es[u], s.ef[u], x.dur[v])
			if req <= x.plan[v] {
				continue
			}
			c := rawConflict{kind: kSequence, a: u, b: v, subject: -1, from: int32(x.plan[v]), to: int32(req)}
			dup := false
			for j := first; j < len(out); j++ {
				if out[j].b == v {
					out[j].to = max(out[j].to, int32(req))
					dup = true
				}
			}
			if !dup {
				out = append(out, c)
			}
		}
	}
	return out
}

// declaredConflicts returns one conflict per `conflicts` link between two
// distinct active efforts (a pair linked twice counts once), with the overlap
// of their windows when they overlap. O(links).
func declaredConflicts(x *index, s *schedule, out []rawConflict) []rawConflict {
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
		out = append(out, c)
	}
	return out
}

// acceptances maps each effort named by an `accept` decision to the indexes
// of those decisions. A conflict is accepted when one accept decision names
// both of its efforts (the decision's date does not matter).
type acceptances map[int32][]int

func newAcceptances(x *index) acceptances {
	acc := acceptances{}
	for d, dec := range x.r.Decisions {
		if dec.Kind != model.DecisionAccept {
			continue
		}
		for _, id := range dec.Efforts {
			if i := x.pos.get(id); i >= 0 {
				if l := acc[i]; len(l) == 0 || l[len(l)-1] != d {
					acc[i] = append(l, d)
				}
			}
		}
	}
	return acc
}

func (acc acceptances) accepted(a, b int32) bool {
	da, db := acc[a], acc[b]
	for _, d := range da {
		if slices.Contains(db, d) {
			return true
		}
	}
	return false
}

// buildConflicts orients every raw conflict by id, sorts them by kind, window
// start, ids and subject, and converts them to Conflicts. O(conflicts).
func buildConflicts(x *index, rank []int32, raw []rawConflict) []Conflict {
	for i := range raw {
		if rank[raw[i].a] > rank[raw[i].b] {
			raw[i].a, raw[i].b = raw[i].b, raw[i].a
		}
	}
	raw = sortConflicts(raw, rank)
	acc := newAcceptances(x)
	out := make([]Conflict, len(raw))
	for i := range raw {
		c := &raw[i]
		la, lb := x.lane[c.a], x.lane[c.b]
		o := Conflict{
			Kind:      kindNames[c.kind],
			Severity:  severityNames[c.sev],
			Efforts:   [2]string{x.ids[c.a], x.ids[c.b]},
			Lanes:     [2]string{x.laneIDs[la], x.laneIDs[lb]},
			CrossLane: la != lb,
			Days:      int(c.to - c.from),
		}
		switch c.kind {
		case kSurface:
			o.Surface = x.surfaceIDs[c.subject]
		case kMetric:
			o.Metric = x.metricIDs[c.subject]
		}
		if c.to > c.from {
			o.From, o.To = x.cal.date(int(c.from)), x.cal.date(int(c.to-1))
		}
		o.Accepted = len(acc) > 0 && acc.accepted(c.a, c.b)
		out[i] = o
	}
	return out
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sortConflicts sorts raw conflicts by kind, window start, ids (as ranks)
// and subject: three stable radix passes, least significant key first.
// O(conflicts).
func sortConflicts(raw []rawConflict, rank []int32) []rawConflict {
	n := len(raw)
	if n < 2 {
		return raw
	}
	keys, perm := make([]uint64, n), make([]int32, n)
	tk, tp := make([]uint64, n), make([]int32, n)
	minFrom := raw[0].from
	for i := range raw {
		minFrom = min(minFrom, raw[i].from)
		perm[i] = int32(i)
	}
	pass := func(key func(c *rawConflict) uint64) {
		for i, p := range perm {
			keys[i] = key(&raw[p])
		}
		radixSort(keys, perm, tk, tp)
	}
	pass(func(c *rawConflict) uint64 { return uint64(uint32(c.subject + 1)) })
	pass(func(c *rawConflict) uint64 { return uint64(rank[c.a])<<32 | uint64(rank[c.b]) })
	pass(func(c *rawConflict) uint64 { return uint64(c.kind)<<40 | uint64(c.from-minFrom) })
	sorted := make([]rawConflict, n)
	for i, p := range perm {
		sorted[i] = raw[p]
	}
	return sorted
}
