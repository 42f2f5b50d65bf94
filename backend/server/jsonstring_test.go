package server

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"math/rand"
	"strings"
	"testing"
)

// TestReadJSONStringIsEncodingJSON: readJSONString decodes every string as
// encoding/json decodes it into a Go string (escapes, surrogate pairs and
// lone surrogates, bytes that are not UTF-8), whatever the buffer cuts,
// and leaves what follows the string unread.
func TestReadJSONStringIsEncodingJSON(t *testing.T) {
	cases := []string{
		`""`, `"plain"`, `"a\"b\\c\/d\b\f\n\r\t"`, `"é漢字🙂"`,
		`"\u00e9\u6f22\ud83d\ude42"`, `"\ud83d"`, `"\ud83dx"`, `"\ud83d\u0041"`,
		`"\ude42\ud83d"`, `"\ud83d\ud83d\ude42"`, `"\uDEAD\uBEEF"`,
		"\"bad \xff byte\"", "\"cut \xe6\xbc\"", "\"\xf0\x9f\x99\"", "\"\xed\xa0\x80\"",
		`"<&>` + strings.Repeat("x", 100) + `"`,
	}
	rng := rand.New(rand.NewSource(1))
	for range 300 { // random bytes, raw and as encoding/json writes them
		b := make([]byte, rng.Intn(60))
		const pool = "a\\\"é\xff\xe6\xbc\xa2\n<"
		for i := range b {
			b[i] = pool[rng.Intn(len(pool))]
		}
		q, _ := json.Marshal(string(b))
		cases = append(cases, string(q))
		raw := strings.NewReplacer("\\", "", "\"", "", "\n", "").Replace(string(b))
		cases = append(cases, `"`+raw+`"`)
	}
	for _, c := range cases {
		var want string
		if err := json.Unmarshal([]byte(c), &want); err != nil {
			t.Fatalf("case %q is not JSON: %v", c, err)
		}
		for _, size := range []int{16, 17, 19, 64 << 10} {
			br := bufio.NewReaderSize(strings.NewReader(c+`,"next"`), size)
			got, err := readJSONString(br, int64(len(c)))
			if err != nil || string(got) != want {
				t.Fatalf("%q (buffer %d): %q, %v; want %q", c, size, got, err, want)
			}
			if rest, _ := io.ReadAll(br); string(rest) != `,"next"` {
				t.Fatalf("%q (buffer %d): left %q", c, size, rest)
			}
		}
	}
}

// TestReadJSONStringRefuses what encoding/json refuses.
func TestReadJSONStringRefuses(t *testing.T) {
	for _, c := range []string{`x"`, `"a`, `"a\`, `"\x"`, `"\u12"`, `"\u12g4"`, "\"a\nb\"", "\"a\x00\"", `"\'"`} {
		var s string
		if json.Unmarshal([]byte(c), &s) == nil {
			t.Fatalf("%q is valid JSON", c)
		}
		_, err := readJSONString(bufio.NewReaderSize(strings.NewReader(c), 16), 0)
		if !errors.Is(err, errBadString) && !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%q: %v; want a malformed string", c, err)
		}
	}
}
