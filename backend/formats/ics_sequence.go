package formats

import (
	"bytes"
	"strconv"
)

// ICSEvent is what a calendar file said about one event, enough to tell
// whether a later export changed it: its SEQUENCE, its dates (DTSTART's
// value; "DTEND:" or "DURATION:" and that value) and its SUMMARY as written
// (escaped). The JSON names are short: the service keeps one per event.
type ICSEvent struct {
	Sequence int    `json:"q"`
	Start    string `json:"s"`
	End      string `json:"e"`
	Summary  string `json:"t"`
}

// changedFrom reports whether e's dates or summary differ from prev's.
func (e ICSEvent) changedFrom(prev ICSEvent) bool {
	return e.Start != prev.Start || e.End != prev.End || e.Summary != prev.Summary
}

// ReadICSEvents reads the events of an iCalendar stream by UID, leniently
// (LF or CRLF line ends, folded lines, parameters, events without a UID
// skipped, a SEQUENCE that is not a number read as 0; of two events with
// one UID the higher SEQUENCE counts). ok is false when data does not start
// with BEGIN:VCALENDAR (after an optional byte-order mark and blank lines):
// it is then not a calendar, and events is nil.
func ReadICSEvents(data []byte) (events map[string]ICSEvent, ok bool) {
	events = map[string]ICSEvent{}
	started := false
	for _, ev := range icsEvents(data, &started) {
		if ev.uid == "" {
			continue
		}
		if cur, dup := events[ev.uid]; !dup || ev.Sequence > cur.Sequence {
			events[ev.uid] = ev.ICSEvent
		}
	}
	if !started {
		return nil, false
	}
	return events, true
}

// ResequenceICS raises the SEQUENCE of each event of data, an iCalendar
// stream writeICS wrote, so that a calendar holding the events prev
// describes (by UID) takes every change: an event whose dates or summary
// differ from prev's gets max(its SEQUENCE, prev's + 1), an unchanged one
// max(its SEQUENCE, prev's); an event prev does not hold keeps its own.
// Nothing else changes (a SEQUENCE line is never folded: it is short). It
// returns the new stream and the events it holds, by UID, with their new
// SEQUENCE. It runs in O(len(data)).
func ResequenceICS(data []byte, prev map[string]ICSEvent) ([]byte, map[string]ICSEvent) {
	started := false
	evs := icsEvents(data, &started)
	now := make(map[string]ICSEvent, len(evs))
	out := make([]byte, 0, len(data)+len(evs))
	at := 0
	for _, ev := range evs {
		if p, ok := prev[ev.uid]; ok && ev.uid != "" {
			seq := max(ev.Sequence, p.Sequence)
			if ev.changedFrom(p) {
				seq = max(ev.Sequence, p.Sequence+1)
			}
			if seq != ev.Sequence && ev.seqAt[1] > 0 {
				out = append(out, data[at:ev.seqAt[0]]...)
				out = strconv.AppendInt(out, int64(seq), 10)
				at = ev.seqAt[1]
				ev.Sequence = seq
			}
		}
		if ev.uid != "" {
			now[ev.uid] = ev.ICSEvent
		}
	}
	return append(out, data[at:]...), now
}

// icsParsed is one VEVENT as icsEvents reads it: its UID, what ICSEvent
// keeps, and where its SEQUENCE value lies in the stream (byte offsets; zero
// when the event has none, or its SEQUENCE line is folded).
type icsParsed struct {
	ICSEvent
	uid   string
	seqAt [2]int
}

// icsEvents reads the VEVENTs of data in order; *started tells whether data
// begins with BEGIN:VCALENDAR, and nothing is read when it does not.
func icsEvents(data []byte, started *bool) []icsParsed {
	var evs []icsParsed
	var ev *icsParsed
	eachICSLine(data, func(line []byte, start, end int, folded bool) bool {
		name, value := icsProperty(line)
		if !*started {
			if len(bytes.TrimSpace(line)) == 0 {
				return true
			}
			*started = bytes.EqualFold(name, []byte("BEGIN")) && bytes.EqualFold(value, []byte("VCALENDAR"))
			return *started
		}
		upper := string(bytes.ToUpper(name))
		if ev == nil {
			if upper == "BEGIN" && bytes.EqualFold(value, []byte("VEVENT")) {
				evs = append(evs, icsParsed{})
				ev = &evs[len(evs)-1]
			}
			return true
		}
		switch upper {
		case "END":
			if bytes.EqualFold(value, []byte("VEVENT")) {
				ev = nil
			}
		case "UID":
			ev.uid = string(value)
		case "SEQUENCE":
			n, err := strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil || n < 0 {
				n = 0
			}
			ev.Sequence = n
			if !folded && len(line) == end-start {
				ev.seqAt = [2]int{end - len(value), end}
			}
		case "DTSTART":
			ev.Start = string(value)
		case "DTEND", "DURATION":
			ev.End = upper + ":" + string(value)
		case "SUMMARY":
			ev.Summary = string(value)
		}
		return true
	})
	return evs
}

// eachICSLine calls fn with each content line of data, unfolded (a line
// that starts with a space or tab continues the one before), with the
// offsets of its first physical line (its end before the line break) and
// whether it was folded, until fn returns false. A line may end with LF or
// CRLF; a byte-order mark before the first line is skipped.
func eachICSLine(data []byte, fn func(line []byte, start, end int, folded bool) bool) {
	i := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		i = 3
	}
	var line []byte
	start, end, folded, have := 0, 0, false, false
	for i < len(data) {
		j := bytes.IndexByte(data[i:], '\n')
		next := len(data)
		if j >= 0 {
			next = i + j + 1
		}
		e := next
		if j >= 0 {
			e--
		}
		if e > i && data[e-1] == '\r' {
			e--
		}
		phys := data[i:e]
		if have && len(phys) > 0 && (phys[0] == ' ' || phys[0] == '\t') {
			line = append(line, phys[1:]...)
			folded = true
		} else {
			if have && !fn(line, start, end, folded) {
				return
			}
			line = append(line[:0], phys...)
			start, end, folded, have = i, e, false, true
		}
		i = next
	}
	if have {
		fn(line, start, end, folded)
	}
}

// icsProperty splits a content line into its name (before the first ';' or
// ':') and its value (after the first ':' outside a quoted parameter).
func icsProperty(line []byte) (name, value []byte) {
	n := bytes.IndexAny(line, ";:")
	if n < 0 {
		return line, nil
	}
	quoted := false
	for i := n; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return line[:n], line[i+1:]
			}
		}
	}
	return line[:n], nil
}

// ResequenceICSOver is ResequenceICS of data against prevFile, the file data
// is to replace. A prevFile that is not a calendar (see ReadICSEvents)
// leaves data as it is.
func ResequenceICSOver(data, prevFile []byte) []byte {
	prev, ok := ReadICSEvents(prevFile)
	if !ok {
		return data
	}
	data, _ = ResequenceICS(data, prev)
	return data
}
