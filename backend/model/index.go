package model

// Index is a roadmap's ids resolved to places in its lists, once, for
// everything that reads the roadmap after: for lanes, surfaces, metrics and
// efforts, the place of the first holder of each id, and for each
// dependency the places of the two efforts it joins. The reader makes it as
// it reads a file (LoadIndexed), where each reference is looked up once;
// NewIndex makes it for a roadmap built in code. Validate and the analysis
// then look no dependency end up again: in a large roadmap those look-ups
// are cache misses, since a file lists dependencies in any order.
//
// An Index describes its roadmap as it was indexed: change the roadmap's
// lists, ids, dependency ends or efforts' references and the Index is
// stale (make a new one).
// It is read-only, and safe for concurrent use.
type Index struct {
	lanes, surfaces, metrics, efforts *idIndex
	ends                              [][2]int32 // per dependency: from, to; -1 when unknown

	// effortRefsFound: the reader found every effort's lane, surface and
	// metric reference in the list it names, as it read it (a reference
	// that is empty, null or absent reads as "" and is not one), so
	// Validate looks only the empty ones up again. NewIndex leaves it false.
	effortRefsFound bool
}

// NewIndex indexes r as it is now. O(n) for n entities.
func NewIndex(r *Roadmap) *Index {
	x := &Index{
		lanes:    indexIDs(len(r.Lanes), func(i int) string { return r.Lanes[i].ID }),
		surfaces: indexIDs(len(r.Surfaces), func(i int) string { return r.Surfaces[i].ID }),
		metrics:  indexIDs(len(r.Metrics), func(i int) string { return r.Metrics[i].ID }),
		efforts:  indexIDs(len(r.Efforts), func(i int) string { return r.Efforts[i].ID }),
	}
	x.ends = make([][2]int32, len(r.Dependencies))
	for k := range r.Dependencies {
		d := &r.Dependencies[k]
		x.ends[k] = [2]int32{x.efforts.lookup(d.From), x.efforts.lookup(d.To)}
	}
	return x
}

// Effort returns the place in the roadmap's efforts of the first effort of
// that id, or -1 when there is none (always for "").
func (x *Index) Effort(id string) int { return int(x.efforts.lookup(id)) }

// DependencyEnds returns, for each dependency k, the places of its From and
// To efforts (as Effort finds them: -1 when unknown). The slice is the
// Index's own: read it, do not change it.
func (x *Index) DependencyEnds() [][2]int32 { return x.ends }

// idIndex maps the ids of one list to the place of their first holder in
// that list. It is an idTable (about twice as fast as a Go map for the
// hundreds of thousands of ids of a large roadmap, and a third of its size)
// and, only when the list repeats an id or lacks one, the place of each
// distinct id. References that the decoder read share their id's string, so
// the table's comparisons mostly find equal pointers.
type idIndex struct {
	t     *idTable
	first []int32 // first[k]: place of the table's key k; nil when they are equal
}

// indexIDs indexes the ids id(0)..id(n-1) of one list; empty ids are left
// out, and of equal ids the first wins.
func indexIDs(n int, id func(int) string) *idIndex {
	return indexIDsIn(newIDTable(n), n, id)
}

// ownedIDsMax is the longest list whose ids indexOwnIDs copies: the copies
// (8 bytes an id) and the strings they replace, garbage until the next
// collection, raised the peak at a million efforts by ~20 MB, close to
// the limit there.
const ownedIDsMax = 1 << 19

// indexOwnIDs is indexIDs for the reader: the ids of a list of up to
// ownedIDsMax become the table's own strings (newOwnedIDTable), so that a
// reference that shares its id's string (decoder.ref) finds it without
// another cache miss.
func indexOwnIDs(n int, id func(int) *string) *idIndex {
	if n > ownedIDsMax {
		return indexIDs(n, func(i int) string { return *id(i) })
	}
	x := indexIDsIn(newOwnedIDTable(n), n, func(i int) string { return *id(i) })
	for k, s := range x.t.keys {
		*id(int(x.at(k))) = s
	}
	return x
}

// indexIDsIn is indexIDs into the empty table t.
func indexIDsIn(t *idTable, n int, id func(int) string) *idIndex {
	x := &idIndex{t: t}
	for i := range n {
		s := id(i)
		if s == "" {
			x.skip()
			continue
		}
		before := len(x.t.keys)
		if k := x.t.add(s); k < before {
			x.skip()
			continue
		}
		if x.first != nil {
			x.first = append(x.first, int32(i))
		}
	}
	return x
}

// distinct reports whether every place of the list has an id of its own:
// none empty, none repeated.
func (x *idIndex) distinct() bool { return x.first == nil }

// lookup returns the place of the first holder of id, or -1 (always for
// "").
func (x *idIndex) lookup(id string) int32 {
	if id == "" {
		return -1
	}
	if k := x.t.get(id); k >= 0 {
		return x.at(k)
	}
	return -1
}

// at returns the place of the table's key k.
func (x *idIndex) at(k int) int32 {
	if x.first == nil {
		return int32(k)
	}
	return x.first[k]
}

// skip notes that a place of the list gets no key: the keys stop being the
// places, so they are listed from here on.
func (x *idIndex) skip() {
	if x.first == nil {
		x.first = make([]int32, len(x.t.keys), cap(x.t.keys))
		for k := range x.first {
			x.first[k] = int32(k)
		}
	}
}
