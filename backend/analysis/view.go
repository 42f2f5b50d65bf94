package analysis

// rowBlock is how many rows a Compact makes at a time for a writer: enough
// to amortise the call, few enough to stay in cache (a block of
// conflicts is about 1 MB).
const rowBlock = 4096

// view is what WriteJSON and WriteText read: the short parts of a result
// (head: its four long lists are not read) and the four long lists, either
// a Result's slices or a Compact's rows made a block at a time.
type view struct {
	head          *Result
	schedule      rows[Scheduled]
	conflicts     rows[Conflict]
	reinforcing   rows[Reinforcing]
	opportunities rows[Opportunity]
}

// rows is a list of n rows: a slice, or made on demand by fill.
type rows[T any] struct {
	n    int
	null bool                      // a nil slice: JSON null
	list []T                       // the rows, when fill is nil
	fill func(lo, hi int, out []T) // writes rows lo..hi-1 to out
}

// sliceRows is the rows of a slice.
func sliceRows[T any](list []T) rows[T] {
	return rows[T]{n: len(list), null: list == nil, list: list}
}

// each calls f with each row in order until f returns false. The row is
// valid only during the call (a made row's buffer is reused): copy what
// must outlive it.
func (q rows[T]) each(f func(*T) bool) {
	if q.fill == nil {
		for i := range q.list {
			if !f(&q.list[i]) {
				return
			}
		}
		return
	}
	buf := make([]T, min(q.n, rowBlock))
	for lo := 0; lo < q.n; lo += rowBlock {
		block := buf[:min(rowBlock, q.n-lo)]
		q.fill(lo, lo+len(block), block)
		for i := range block {
			if !f(&block[i]) {
				return
			}
		}
	}
}

// view returns res as the writers read it.
func (res *Result) view() view {
	return view{
		head:          res,
		schedule:      sliceRows(res.Schedule),
		conflicts:     sliceRows(res.Conflicts),
		reinforcing:   sliceRows(res.Reinforcing),
		opportunities: sliceRows(res.Opportunities),
	}
}
