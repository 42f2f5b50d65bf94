package analysis

import "tandem/backend/model"

// priorEdit is the analysis before an edit and the efforts it changed.
type priorEdit struct {
	prev   *Compact
	edited []int
}

// ids returns prev's effort ids (see effortIDs) when they are r's, which
// the edit's contract says and the edited efforts confirm, else r's anew.
func (e *priorEdit) ids(r *model.Roadmap) []string {
	ids := e.prev.x.ids
	if len(ids) != len(r.Efforts) {
		return effortIDs(r)
	}
	for _, i := range e.edited {
		if i < 0 || i >= len(ids) || ids[i] != r.Efforts[i].ID {
			return effortIDs(r)
		}
	}
	return ids
}

// kept returns what the analysis before has that the edit left as it was
// (see refs), for r and ids, its effort ids (see ids); nil when e is nil,
// when that analysis kept none (it was made from scratch), or when it is
// of another number of efforts or other ids.
func (e *priorEdit) kept(r *model.Roadmap, ids []string) *refs {
	if e == nil || e.prev.refs == nil {
		return nil
	}
	rf, prevIDs := e.prev.refs, e.prev.x.ids
	if len(rf.tOff) != len(r.Efforts)+1 || len(ids) != len(prevIDs) || len(ids) > 0 && &ids[0] != &prevIDs[0] {
		return nil
	}
	return rf
}

// rescheduled returns the efforts whose pairs and conflicts may differ
// from prev's after an edit that changed no effort's lane, status,
// touches or moves, and no dependency, link, decision, id or order of
// anything (edited lists the efforts it changed): those edited and those
// with another schedule (es, ef), duration, planned start or flags. It
// returns nil when they are many (a quarter of the efforts), or day 0 or
// today moved (every kept row's dates would be others), or prev is of
// another number of efforts: the analysis then starts from scratch.
// O(efforts).
func (e *priorEdit) rescheduled(x *index, s *schedule) []bool {
	px, ps := e.prev.x, e.prev.s
	if px.n != x.n || px.cal.day(0) != x.cal.day(0) || px.asOf != x.asOf {
		return nil // another day 0 (every date of an offset) or today
	}
	changed := make([]bool, x.n)
	n := 0
	for _, i := range e.edited {
		if i < 0 || i >= x.n {
			return nil
		}
		if !changed[i] {
			changed[i] = true
			n++
		}
	}
	for i := range x.n {
		if !changed[i] && (ps.es[i] != s.es[i] || ps.ef[i] != s.ef[i] || px.dur[i] != x.dur[i] ||
			px.plan[i] != x.plan[i] || px.flags[i] != x.flags[i] || px.lane[i] != x.lane[i]) {
			changed[i] = true
			n++
		}
	}
	if n > x.n/4 {
		return nil
	}
	return changed
}
