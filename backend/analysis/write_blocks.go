package analysis

import "runtime"

// A long list of rows made on demand (a Compact's) is written on two
// cores: a second goroutine makes and formats every other block of
// rowBlock rows into bytes of its own while the writer makes, formats and
// writes the blocks between, then writes the second's in their place. The
// bytes are those of one core; on an error (of the writer, or a score JSON
// cannot hold) writing stops, as it does on one core, at a block boundary
// or within a block, with what was written before it kept.

// besideBlocks is how many formatted blocks the second goroutine may hold
// ahead of the writer.
const besideBlocks = 2

// formatted is a block the second goroutine formatted: its bytes, and the
// error that stopped it (its bytes then end before the failing row).
type formatted struct {
	b   []byte
	err error
}

// bytesSink is an io.Writer that appends to its slice.
type bytesSink struct{ b []byte }

func (s *bytesSink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

// rowsBeside reports whether rowArray writes list on two cores.
func rowsBeside[T any](list rows[T]) bool {
	return list.fill != nil && list.n > rowBlock && runtime.GOMAXPROCS(0) > 1
}

// writeRowsBeside writes the rows of list (see rowArray) to j, each but
// the first after a comma, the odd blocks formatted by a second goroutine.
func writeRowsBeside[T any](j *jsonBuf, list rows[T], write func(*jsonBuf, *T)) {
	blocks := (list.n + rowBlock - 1) / rowBlock
	ready := make(chan formatted, besideBlocks)
	free := make(chan []byte, besideBlocks)
	for range besideBlocks {
		free <- make([]byte, 0, 2*jsonBufSize)
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		rowBuf := make([]T, rowBlock)
		for b := 1; b < blocks; b += 2 {
			var sink bytesSink
			select {
			case sink.b = <-free:
			case <-quit:
				return
			}
			bj := newJSONBuf(&sink)
			formatBlock(bj, list, b, rowBuf, write)
			bj.flush()
			select {
			case ready <- formatted{sink.b, bj.err}:
			case <-quit:
				return
			}
		}
	}()
	rowBuf := make([]T, rowBlock)
	for b := 0; b < blocks && j.err == nil; b++ {
		if b%2 == 0 {
			formatBlock(j, list, b, rowBuf, write)
			continue
		}
		f := <-ready
		j.flush()
		if j.err == nil && len(f.b) > 0 {
			_, j.err = j.w.Write(f.b)
		}
		if j.err == nil {
			j.err = f.err
		}
		free <- f.b[:0]
	}
	close(quit)
	<-done
}

// formatBlock makes block b of list in rowBuf and writes its rows to j,
// each after a comma but the list's first; it stops at j's first error.
func formatBlock[T any](j *jsonBuf, list rows[T], b int, rowBuf []T, write func(*jsonBuf, *T)) {
	lo := b * rowBlock
	block := rowBuf[:min(rowBlock, list.n-lo)]
	list.fill(lo, lo+len(block), block)
	for i := range block {
		if lo+i > 0 {
			j.byte(',')
		}
		write(j, &block[i])
		if j.err != nil {
			return
		}
	}
}
