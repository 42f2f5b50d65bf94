package analysis

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"runtime"
	"testing"
)

// madeRows is n opportunities made on demand, the score of row bad (if in
// range) not a number.
func madeRows(n, bad int) rows[Opportunity] {
	return rows[Opportunity]{n: n, fill: func(lo, hi int, out []Opportunity) {
		for k := lo; k < hi; k++ {
			id := fmt.Sprint("e", k)
			out[k-lo] = Opportunity{Efforts: [2]string{id, id + `"x`}, Lanes: [2]string{"a", "b"}, Via: []string{"s"}, Score: float64(k) / 7}
			if k == bad {
				out[k-lo].Score = math.NaN()
			}
		}
	}}
}

// writeRows writes list as rowArray does and returns the bytes and error.
func writeRows(w *bytes.Buffer, list rows[Opportunity]) error {
	j := newJSONBuf(w)
	rowArray(j, list, (*jsonBuf).opportunity)
	j.flush()
	return j.err
}

// cutWriter fails once it has taken limit bytes.
type cutWriter struct {
	bytes.Buffer
	limit int
}

func (c *cutWriter) Write(p []byte) (int, error) {
	if c.Len()+len(p) > c.limit {
		return 0, errors.New("cut")
	}
	return c.Buffer.Write(p)
}

// TestRowsBeside: rows made on demand and written on two cores are the
// bytes of the same rows as a slice, written on one; a score that is not a
// number in a block of either core stops the writing with an error after
// a prefix of those bytes, and so does a writer that fails.
func TestRowsBeside(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs two cores")
	}
	n := 5*rowBlock + 7
	list := madeRows(n, -1)
	if !rowsBeside(list) {
		t.Fatal("not written on two cores")
	}
	slice := make([]Opportunity, n)
	list.fill(0, n, slice)
	var want, got bytes.Buffer
	if err := writeRows(&want, sliceRows(slice)); err != nil {
		t.Fatal(err)
	}
	if err := writeRows(&got, list); err != nil || !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("two cores: %v, %d bytes; one core %d bytes", err, got.Len(), want.Len())
	}
	for _, bad := range []int{10, rowBlock + 10, 3*rowBlock + 1, n - 1} {
		var out bytes.Buffer
		err := writeRows(&out, madeRows(n, bad))
		if err == nil || !bytes.HasPrefix(want.Bytes(), out.Bytes()) || bytes.Contains(out.Bytes(), []byte(fmt.Sprintf(`"e%d"`, bad))) {
			t.Errorf("NaN in row %d: %v after %d bytes", bad, err, out.Len())
		}
	}
	for _, limit := range []int{0, 100 << 10, want.Len() - 10} {
		out := &cutWriter{limit: limit}
		j := newJSONBuf(out)
		rowArray(j, list, (*jsonBuf).opportunity)
		j.flush()
		if j.err == nil || !bytes.HasPrefix(want.Bytes(), out.Bytes()) {
			t.Errorf("writer cut at %d: %v", limit, j.err)
		}
	}
}
