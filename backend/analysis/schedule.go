package analysis

import "math"

// schedule holds the CPM result of SPEC §3.1 per effort (killed efforts keep
// zeros) and the topological order of the live efforts.
type schedule struct {
	es, ef, ls, lf []int
	order          []int32
	finish         int // project finish offset: max ef over live efforts (any sign), 0 without efforts
	first          int // earliest es over live efforts, at most 0
}

// critical reports whether live effort i is critical: float <= 0 and not done.
func (s *schedule) critical(x *index, i int32) bool {
	return x.flags[i]&flagDone == 0 && s.ls[i]-s.es[i] <= 0
}

// slip returns the slip of effort i: scheduled es minus planned start when
// positive, else 0 (and 0 for done efforts, which keep their dates).
func (s *schedule) slip(x *index, i int32) int {
	if x.flags[i]&(flagPlan|flagDone) != flagPlan {
		return 0
	}
	return max(0, s.es[i]-x.plan[i])
}

// computeSchedule runs the forward pass inside a topological sort and the
// backward pass over the reverse order, both over the CSR slices: O(V+E),
// no maps. A dependency cycle is an error (*model.CycleError).
//
// When every dependency points forward in the file (as in generated and
// many exported files), the file order is the topological order. Otherwise
// the sort is Kahn's, with the efforts taken in file order as far as the
// dependencies allow: a cursor walks the efforts and takes each one whose
// predecessors are all done; one released only after the cursor passed it
// is taken at once, from a stack. Either way both passes walk the slices
// mostly front to back and back to front, which at a million efforts is
// several times faster than the breadth-first order of a plain queue, whose
// every step is a cache miss.
//
// Forward: es = max(planned start, or 0 when there is none; every incoming
// constraint), ef = es + duration. A done effort with a planned start keeps
// it: es = planned start, whatever its predecessors say.
// The project finish is the latest ef whatever its sign: efforts that all
// lie before the roadmap's start give a negative finish, not day 0.
// Backward: lf = min(project finish; every outgoing constraint to an effort
// that is not done), ls = lf - duration. A done effort has ls = es, lf = ef
// (it is fixed) and constrains none of its predecessors.
func computeSchedule(x *index, g *depGraph) (*schedule, error) {
	n := x.n
	s := &schedule{
		es: make([]int, n), ef: make([]int, n),
		ls: make([]int, n), lf: make([]int, n),
	}
	live := 0
	for u := 0; u < n; u++ {
		if x.live(int32(u)) {
			live++
			if x.flags[u]&flagPlan != 0 {
				s.es[u] = x.plan[u]
			}
		}
	}
	order := make([]int32, 0, live)
	if live > 0 {
		s.finish = math.MinInt
	}
	// forwardPass takes effort u: its es is final.
	forwardPass := func(u int32) {
		order = append(order, u)
		es := s.es[u]
		ef := es + x.dur[u]
		s.ef[u] = ef
		s.finish = max(s.finish, ef)
		for k := g.off[u]; k < g.off[u+1]; k++ {
			if v := g.adj[k]; x.flags[v]&(flagDone|flagPlan) != flagDone|flagPlan {
				if b := g.earliestStart(k, es, ef, x.dur[v]); b > s.es[v] {
					s.es[v] = b
				}
			}
		}
	}
	var indeg []int32
	if g.forward { // the file order is a topological order
		for u := int32(0); int(u) < n; u++ {
			if x.live(u) {
				forwardPass(u)
			}
		}
	} else {
		indeg = make([]int32, n)
		for _, v := range g.adj {
			indeg[v]++
		}
		var stack []int32
		for i := int32(0); int(i) < n; i++ {
			if indeg[i] != 0 || !x.live(i) {
				continue
			}
			for u := i; ; {
				forwardPass(u)
				for _, v := range g.succ(u) {
					if indeg[v]--; indeg[v] == 0 && v < i {
						stack = append(stack, v) // the cursor has passed it
					}
				}
				if len(stack) == 0 {
					break
				}
				u, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
		}
	}
	if len(order) < live {
		return nil, cycleError(x, g, indeg)
	}
	s.order = order
	for _, u := range order {
		s.first = min(s.first, s.es[u])
	}
	for h := len(order) - 1; h >= 0; h-- {
		u := order[h]
		if x.flags[u]&flagDone != 0 {
			s.ls[u], s.lf[u] = s.es[u], s.ef[u]
			continue
		}
		d := x.dur[u]
		lf := s.finish
		for k := g.off[u]; k < g.off[u+1]; k++ {
			v := g.adj[k]
			if x.flags[v]&flagDone == 0 {
				lf = min(lf, g.latestFinish(k, s.ls[v], s.lf[v], d))
			}
		}
		s.lf[u], s.ls[u] = lf, lf-d
	}
	return s, nil
}
