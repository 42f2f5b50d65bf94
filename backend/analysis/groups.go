package analysis

// groups is an inverse CSR: the members of group g are who[off[g]:off[g+1]],
// each with a flag (changes for surfaces, up for metrics), in effort order.
type groups struct {
	off  []int32
	who  []int32
	flag []bool
}

// members returns the efforts of group g and their flags.
func (gr *groups) members(g int) ([]int32, []bool) {
	a, b := gr.off[g], gr.off[g+1]
	return gr.who[a:b], gr.flag[a:b]
}

// invert turns a per-effort CSR (off, key, flag) into per-key groups. O(n+m).
func invert(n, keys int, off, key []int32, flag []bool) *groups {
	gr := &groups{off: make([]int32, keys+1), who: make([]int32, len(key)), flag: make([]bool, len(key))}
	for _, k := range key {
		gr.off[k+1]++
	}
	for k := 0; k < keys; k++ {
		gr.off[k+1] += gr.off[k]
	}
	next := make([]int32, keys)
	copy(next, gr.off[:keys])
	for i := 0; i < n; i++ {
		for p := off[i]; p < off[i+1]; p++ {
			k := key[p]
			gr.who[next[k]] = int32(i)
			gr.flag[next[k]] = flag[p]
			next[k]++
		}
	}
	return gr
}

// bySurface returns the touches of live efforts grouped by surface.
func (x *index) bySurface() *groups {
	return invert(x.n, len(x.surfaceIDs), x.tOff, x.tSurface, x.tChanges)
}

// byMetric returns the moves of live efforts grouped by metric.
func (x *index) byMetric() *groups {
	return invert(x.n, len(x.metricIDs), x.mOff, x.mMetric, x.mUp)
}
