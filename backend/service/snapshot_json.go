package service

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"tandem/backend/analysis"
)

// WriteJSON writes s to w as MarshalJSON does, with HTML escaping off
// (json.Encoder.SetEscapeHTML(false)) and a final newline, as the HTTP
// server answers: a reply with a Delta is small and written whole; a whole
// snapshot is streamed, its roadmap and analysis through their own writers,
// so that a roadmap of 200,000 efforts (about 200 MB of JSON) is never held
// as one answer in memory. It returns the first error; what it wrote before
// that stays written. A nil s is null. TestSnapshotWriteJSON holds it to encoding/json.
func (s *Snapshot) WriteJSON(w io.Writer) error {
	if s == nil {
		_, err := io.WriteString(w, "null\n")
		return err
	}
	if s.Delta != nil {
		b, err := s.MarshalJSON()
		if err != nil {
			return err
		}
		return writeUnescaped(w, b)
	}
	sw := snapshotWriter{w: bufio.NewWriterSize(w, 64<<10)}
	sw.value(`{"info":`, s.Info)
	sw.raw(`,"roadmap":`)
	if s.Roadmap == nil {
		sw.raw("null")
	} else if sw.err == nil {
		sw.err = s.Roadmap.WriteCompact(sw.w)
	}
	sw.value(`,"calendar":`, s.Calendar)
	sw.raw(`,"analysis":`)
	if s.Analysis == nil {
		sw.raw("null")
	} else if sw.err == nil {
		sw.err = analysis.WriteJSONValue(sw.w, s.Analysis)
	}
	sw.value(`,"layout":`, s.Layout)
	sw.value(`,"snapshots":`, s.Snapshots)
	sw.value(`,"canUndo":`, s.CanUndo)
	sw.value(`,"canRedo":`, s.CanRedo)
	sw.value(`,"revision":`, s.Revision)
	sw.raw("}\n")
	if sw.err == nil {
		sw.err = sw.w.Flush()
	}
	return sw.err
}

// snapshotWriter writes a Snapshot's members in turn, keeping the first
// error.
type snapshotWriter struct {
	w   *bufio.Writer
	err error
}

func (sw *snapshotWriter) raw(s string) {
	if sw.err == nil {
		_, sw.err = sw.w.WriteString(s)
	}
}

// value writes key (the punctuation before a member) and v as encoding/json
// does without HTML escaping.
func (sw *snapshotWriter) value(key string, v any) {
	sw.raw(key)
	if sw.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if sw.err = enc.Encode(v); sw.err == nil {
		_, sw.err = sw.w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
}

// writeUnescaped writes b, a MarshalJSON answer, as json.Encoder with
// SetEscapeHTML(false) would write the value: compact, HTML characters
// kept, then a newline.
func writeUnescaped(w io.Writer, b []byte) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(json.RawMessage(b)); err != nil {
		return err
	}
	_, err := buf.WriteTo(w)
	return err
}
