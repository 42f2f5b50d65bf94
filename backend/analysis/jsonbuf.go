package analysis

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"tandem/backend/model"
)

// jsonBufSize is how many bytes a jsonBuf gathers before it writes them.
const jsonBufSize = 64 << 10

// jsonBuf appends JSON tokens to a fixed buffer and writes the buffer to w
// each time it fills, so that an answer of any size costs one buffer of
// memory. Its strings and numbers are byte for byte those of encoding/json
// with SetEscapeHTML(false). It keeps the first error (of w, or a number
// JSON cannot hold) and then writes nothing more.
type jsonBuf struct {
	w   io.Writer
	b   []byte
	err error
}

func newJSONBuf(w io.Writer) *jsonBuf {
	return &jsonBuf{w: w, b: make([]byte, 0, jsonBufSize)}
}

// room writes the buffer out when it holds more than half its size, so that
// every token (ids and titles are far shorter) fits after it.
func (j *jsonBuf) room() {
	if len(j.b) >= jsonBufSize/2 {
		j.flush()
	}
}

// flush writes what the buffer holds.
func (j *jsonBuf) flush() {
	if j.err == nil && len(j.b) > 0 {
		_, j.err = j.w.Write(j.b)
	}
	j.b = j.b[:0]
}

// raw appends s as it is (punctuation and keys).
func (j *jsonBuf) raw(s string) {
	j.b = append(j.b, s...)
	j.room()
}

func (j *jsonBuf) byte(c byte) { j.b = append(j.b, c) }

func (j *jsonBuf) int(n int) { j.b = strconv.AppendInt(j.b, int64(n), 10) }

func (j *jsonBuf) bool(v bool) { j.b = strconv.AppendBool(j.b, v) }

// float appends f as encoding/json writes a float64: like %g, but with
// ES6's cut-offs ('e' below 1e-6 and from 1e21) and exponents unpadded.
func (j *jsonBuf) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if j.err == nil {
			j.err = fmt.Errorf("analysis: json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	j.b = strconv.AppendFloat(j.b, f, format, -1, 64)
	if format == 'e' {
		if n := len(j.b); n >= 4 && j.b[n-4] == 'e' && j.b[n-3] == '-' && j.b[n-2] == '0' {
			j.b[n-2] = j.b[n-1]
			j.b = j.b[:n-1]
		}
	}
}

// string appends s quoted and escaped as encoding/json does without HTML
// escaping (model.AppendJSONString).
func (j *jsonBuf) string(s string) {
	j.b = model.AppendJSONString(j.b, s)
	j.room()
}

// strings appends list as a JSON array of strings ([] when empty).
func (j *jsonBuf) strings(list []string) {
	j.byte('[')
	for i, s := range list {
		if i > 0 {
			j.byte(',')
		}
		j.string(s)
	}
	j.byte(']')
}
