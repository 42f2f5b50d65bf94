package cli

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"
)

// TestReadAllSized: whatever size the file was said to have (exact, too
// small as for a file that grew, too large, unknown), every byte is read,
// in order, through short reads too; a read error is returned.
func TestReadAllSized(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 5000)
	for _, size := range []int64{int64(len(data)), 0, 100, int64(len(data)) - 1, int64(len(data)) * 3} {
		for _, r := range []io.Reader{bytes.NewReader(data), iotest.OneByteReader(bytes.NewReader(data)), iotest.HalfReader(bytes.NewReader(data))} {
			got, err := readAllSized(r, size)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("size %d: %d bytes, %v; want the %d bytes", size, len(got), err, len(data))
			}
		}
	}
	boom := errors.New("boom")
	if _, err := readAllSized(iotest.ErrReader(boom), 10); !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
	if got, err := readAllSized(bytes.NewReader(nil), 0); err != nil || len(got) != 0 {
		t.Fatalf("empty: %q, %v", got, err)
	}
}
