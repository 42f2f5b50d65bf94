package analysis

import "io"

// WriteJSON writes res as `tandem analyze --json` prints it (SPEC §4): the
// bytes encoding/json's Encoder writes with SetEscapeHTML(false), one line
// and a newline, but streamed through one 64 KiB buffer instead of built
// whole in memory (the answer at 200,000 efforts is about 136 MB; building
// it cost more than reading and analysing the roadmap). A golden test holds
// the two byte for byte. It returns the first write error, or an error for
// a score that is not a finite number (as encoding/json does); what it
// wrote before that stays written.
func WriteJSON(w io.Writer, res *Result) error { return writeJSON(w, res.view(), "}\n") }

// WriteJSONValue writes res as WriteJSON does, without the final newline:
// the bytes json.Marshal gives (with HTML escaping off), for a result
// embedded in a larger answer (service.Snapshot.WriteJSON).
func WriteJSONValue(w io.Writer, res *Result) error { return writeJSON(w, res.view(), "}") }

// writeJSON writes the result v shows (see WriteJSON), ending with end.
func writeJSON(w io.Writer, v view, end string) error {
	res := v.head
	j := newJSONBuf(w)
	j.raw(`{"start":`)
	j.string(string(res.Start))
	j.raw(`,"finish":`)
	j.string(string(res.Finish))
	j.raw(`,"durationDays":`)
	j.int(res.DurationDays)
	j.raw(`,"critical":`)
	j.list(res.Critical)
	j.raw(`,"schedule":`)
	rowArray(j, v.schedule, (*jsonBuf).scheduled)
	j.raw(`,"conflicts":`)
	rowArray(j, v.conflicts, (*jsonBuf).conflict)
	j.raw(`,"reinforcing":`)
	rowArray(j, v.reinforcing, (*jsonBuf).reinforcing)
	j.raw(`,"flywheels":`)
	array(j, res.Flywheels, func(j *jsonBuf, f *[]string) { j.list(*f) })
	j.raw(`,"opportunities":`)
	rowArray(j, v.opportunities, (*jsonBuf).opportunity)
	j.raw(`,"sharedMetrics":`)
	array(j, res.SharedMetrics, (*jsonBuf).sharedMetric)
	j.raw(`,"coordination":`)
	j.coordination(&res.Coordination)
	j.raw(end)
	j.flush()
	return j.err
}

// array writes list as a JSON array, each item by write; a nil list is
// null, as encoding/json writes it (Result's lists are never nil, but the
// bytes stay equal if one is).
func array[T any](j *jsonBuf, list []T, write func(*jsonBuf, *T)) {
	rowArray(j, sliceRows(list), write)
}

// rowArray writes rows as a JSON array (see array); it stops early after
// a write error. A long list of rows made on demand is written on two
// cores (writeRowsBeside).
func rowArray[T any](j *jsonBuf, list rows[T], write func(*jsonBuf, *T)) {
	if list.null {
		j.raw("null")
		return
	}
	j.byte('[')
	if rowsBeside(list) {
		writeRowsBeside(j, list, write)
		j.byte(']')
		return
	}
	first := true
	list.each(func(row *T) bool {
		if !first {
			j.byte(',')
		}
		first = false
		write(j, row)
		return j.err == nil
	})
	j.byte(']')
}

// list writes a list of strings; nil is null, as encoding/json writes it.
func (j *jsonBuf) list(list []string) {
	if list == nil {
		j.raw("null")
		return
	}
	j.strings(list)
}

func (j *jsonBuf) pair(p [2]string) {
	j.byte('[')
	j.string(p[0])
	j.byte(',')
	j.string(p[1])
	j.byte(']')
}

func (j *jsonBuf) scheduled(s *Scheduled) {
	j.raw(`{"id":`)
	j.string(s.ID)
	j.raw(`,"lane":`)
	j.string(s.Lane)
	j.raw(`,"start":`)
	j.string(string(s.Start))
	j.raw(`,"end":`)
	j.string(string(s.End))
	j.raw(`,"es":`)
	j.int(s.ES)
	j.raw(`,"ef":`)
	j.int(s.EF)
	j.raw(`,"ls":`)
	j.int(s.LS)
	j.raw(`,"lf":`)
	j.int(s.LF)
	j.raw(`,"float":`)
	j.int(s.Float)
	j.raw(`,"slipDays":`)
	j.int(s.SlipDays)
	j.raw(`,"critical":`)
	j.bool(s.Critical)
	j.byte('}')
}

func (j *jsonBuf) conflict(c *Conflict) {
	j.raw(`{"kind":`)
	j.string(c.Kind)
	if c.Severity != "" {
		j.raw(`,"severity":`)
		j.string(c.Severity)
	}
	j.raw(`,"efforts":`)
	j.pair(c.Efforts)
	j.raw(`,"lanes":`)
	j.pair(c.Lanes)
	j.raw(`,"crossLane":`)
	j.bool(c.CrossLane)
	if c.Surface != "" {
		j.raw(`,"surface":`)
		j.string(c.Surface)
	}
	if c.Metric != "" {
		j.raw(`,"metric":`)
		j.string(c.Metric)
	}
	if c.From != "" {
		j.raw(`,"from":`)
		j.string(string(c.From))
	}
	if c.To != "" {
		j.raw(`,"to":`)
		j.string(string(c.To))
	}
	j.raw(`,"days":`)
	j.int(c.Days)
	j.raw(`,"accepted":`)
	j.bool(c.Accepted)
	j.byte('}')
}

func (j *jsonBuf) reinforcing(r *Reinforcing) {
	j.raw(`{"efforts":`)
	j.pair(r.Efforts)
	j.raw(`,"via":`)
	j.list(r.Via)
	j.raw(`,"linked":`)
	j.bool(r.Linked)
	j.raw(`,"score":`)
	j.float(r.Score)
	j.byte('}')
}

func (j *jsonBuf) opportunity(o *Opportunity) {
	j.raw(`{"efforts":`)
	j.pair(o.Efforts)
	j.raw(`,"lanes":`)
	j.pair(o.Lanes)
	j.raw(`,"via":`)
	j.list(o.Via)
	j.raw(`,"score":`)
	j.float(o.Score)
	j.byte('}')
}

func (j *jsonBuf) sharedMetric(m *SharedMetric) {
	j.raw(`{"metric":`)
	j.string(m.Metric)
	j.raw(`,"lanes":`)
	j.list(m.Lanes)
	j.raw(`,"efforts":`)
	j.list(m.Efforts)
	j.byte('}')
}

func (j *jsonBuf) coordination(c *Coordination) {
	j.raw(`{"dependencies":`)
	j.int(c.Dependencies)
	j.raw(`,"crossLaneDependencies":`)
	j.int(c.CrossLaneDependencies)
	j.raw(`,"blockedEvents":`)
	j.int(c.BlockedEvents)
	j.raw(`,"blockedDays":`)
	j.int(c.BlockedDays)
	j.raw(`,"crossLaneBlockedEvents":`)
	j.int(c.CrossLaneBlockedEvents)
	j.raw(`,"crossLaneBlockedDays":`)
	j.int(c.CrossLaneBlockedDays)
	j.raw(`,"openConflicts":`)
	j.int(c.OpenConflicts)
	j.raw(`,"crossLaneConflicts":`)
	j.int(c.CrossLaneConflicts)
	j.raw(`,"opportunities":`)
	j.int(c.Opportunities)
	j.byte('}')
}
