package analysis

import "tandem/backend/model"

// linkAdj is the declared links between live efforts as an undirected CSR:
// the neighbours of i are who[off[i]:off[i+1]], reinforces[k] telling the
// kind. Self-links are left out. O(n + links).
type linkAdj struct {
	off        []int32
	who        []int32
	reinforces []bool
}

func newLinkAdj(x *index) *linkAdj {
	var src, dst []int32
	var kind []bool
	for _, l := range x.r.Links {
		if l.Kind != model.LinkReinforces && l.Kind != model.LinkConflicts {
			continue
		}
		a, b := x.effortOf(l.A), x.effortOf(l.B)
		if a < 0 || b < 0 || a == b {
			continue
		}
		r := l.Kind == model.LinkReinforces
		src, dst, kind = append(src, a, b), append(dst, b, a), append(kind, r, r)
	}
	la := &linkAdj{off: make([]int32, x.n+1), who: make([]int32, len(src)), reinforces: make([]bool, len(src))}
	for _, s := range src {
		la.off[s+1]++
	}
	for i := 0; i < x.n; i++ {
		la.off[i+1] += la.off[i]
	}
	next := make([]int32, x.n)
	copy(next, la.off[:x.n])
	for k, s := range src {
		p := next[s]
		next[s]++
		la.who[p], la.reinforces[p] = dst[k], kind[k]
	}
	return la
}
