package service

import (
	"cmp"
	"slices"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// Conflict statuses on the board, in the order the board lists them.
const (
	StatusNew      = "new"      // open, and not there at the baseline
	StatusChanged  = "changed"  // accepted, but its window or severity moved since
	StatusOpen     = "open"     // undecided
	StatusAccepted = "accepted" // kept knowingly, as it was when accepted
	StatusResolved = "resolved" // a decision named it and it is gone
)

var statusOrder = []string{StatusNew, StatusChanged, StatusOpen, StatusAccepted, StatusResolved}

// Board is the conflict board of a roadmap: every conflict of its analysis
// and every conflict a decision resolved, each with its board status, in
// board order (status, cross-lane first, kind, severity, window, key).
// Counts has the number of rows per status. Baseline says what "new" is
// measured against (see newBaseline).
type Board struct {
	Rows     []BoardRow     `json:"rows"`
	Counts   map[string]int `json:"counts"`
	Baseline string         `json:"baseline"`
}

// BoardRow is one conflict on the board. Index is its place in the
// analysis' conflicts (the snapshot's, which the UI already has: a board of
// thousands stays small), -1 for a resolved one; Conflict is set for a
// resolved one only, rebuilt from its key and the decision's record of its
// window. Decision is the decision in force on it, if any.
// Changed says, for a changed conflict, what moved since it was accepted,
// e.g. "window 2027-03-01..2027-03-12 (10 days) -> 2027-03-03..2027-03-19 (13 days)".
// Helps, for a resolved surface conflict whose efforts are now in
// sequence, names the effort that changes the surface and the one that
// relies on it after (SPEC §3.3: the first now helps the second).
type BoardRow struct {
	Key      string             `json:"key"`
	Status   string             `json:"status"`
	Index    int                `json:"index"`
	Conflict *analysis.Conflict `json:"conflict,omitempty"`
	Decision string             `json:"decision,omitempty"`
	Changed  []string           `json:"changed,omitempty"`
	Helps    []string           `json:"helps,omitempty"`
}

// ConflictBoard returns the conflict board of roadmap roadmapID, from the
// analysis already computed for it. Cost: O(C log C + D) for C conflicts
// and D decisions.
func (s *Service) ConflictBoard(roadmapID string) (*Board, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.current(roadmapID)
	if err != nil {
		return nil, err
	}
	r := s.open[roadmapID].r
	baseline, label, err := s.newBaseline(roadmapID, r)
	if err != nil {
		return nil, err
	}
	return buildBoard(r, res, baseline, label), nil
}

// newBaseline returns the keys of the conflicts that "new" is measured
// against, and says what they are: the conflicts of the latest snapshot
// (what the last ritual saw) when the roadmap has one; else its conflicts
// when first opened in this session.
func (s *Service) newBaseline(id string, r *model.Roadmap) (map[string]bool, string, error) {
	snap := r.LatestSnapshot()
	if snap == nil {
		return s.baselines[id], "since the roadmap was opened", nil
	}
	f, err := s.frozenOf(snap)
	if err != nil {
		return nil, "", err
	}
	keys := make(map[string]bool, len(f.keys))
	for _, k := range f.keys {
		keys[k] = true
	}
	return keys, "since " + snap.Name + " (" + string(snap.Date) + ")", nil
}

// buildBoard makes the board of r from its analysis res; a conflict is new
// when it is open, undecided and not among baseline's keys.
func buildBoard(r *model.Roadmap, res *analysis.Result, baseline map[string]bool, label string) *Board {
	latest := decisionsInForce(r.Decisions)
	b := &Board{Rows: make([]BoardRow, 0, len(res.Conflicts)), Counts: map[string]int{}, Baseline: label}
	live := make(map[string]bool, len(res.Conflicts))
	for i := range res.Conflicts {
		c := &res.Conflicts[i]
		key := c.Key()
		live[key] = true
		row := BoardRow{Key: key, Index: i, Status: StatusOpen}
		d := latest[key]
		if d != nil {
			row.Decision = d.ID
		}
		switch {
		case c.Accepted && d != nil && d.Kind == model.DecisionAccept && d.Window != nil:
			row.Status = StatusAccepted
			if row.Changed = changes(d.Window, c); len(row.Changed) > 0 {
				row.Status = StatusChanged
			}
		case c.Accepted:
			row.Status = StatusAccepted
		case d == nil && baseline != nil && !baseline[key]:
			row.Status = StatusNew
		}
		b.Rows = append(b.Rows, row)
	}
	b.Rows = append(b.Rows, resolved(r, res, live, latest)...)
	sortBoard(b.Rows, res)
	for _, row := range b.Rows {
		b.Counts[row.Status]++
	}
	return b
}

// decisionsInForce maps each conflict key to the last decision that names
// it (as its conflict, or among the conflicts it removed) and that no
// later decision supersedes.
func decisionsInForce(list []model.Decision) map[string]*model.Decision {
	superseded := make(map[string]bool)
	for i := range list {
		if s := list[i].Supersedes; s != "" {
			superseded[s] = true
		}
	}
	m := map[string]*model.Decision{}
	for i := range list {
		d := &list[i]
		if superseded[d.ID] {
			continue
		}
		if d.Conflict != "" {
			m[d.Conflict] = d
		}
		for _, k := range d.Removed {
			m[k] = d
		}
	}
	return m
}

// resolved returns a row for every conflict a decision in force names that
// the analysis no longer finds.
func resolved(r *model.Roadmap, res *analysis.Result, live map[string]bool, latest map[string]*model.Decision) []BoardRow {
	laneOf := make(map[string]string, len(r.Efforts))
	for _, e := range r.Efforts {
		laneOf[e.ID] = e.Lane
	}
	var rows []BoardRow
	for key, d := range latest {
		if live[key] {
			continue
		}
		c, ok := conflictOfKey(key)
		if !ok {
			continue
		}
		if d.Conflict == key && len(d.Efforts) == 2 {
			c.Efforts = [2]string{min(d.Efforts[0], d.Efforts[1]), max(d.Efforts[0], d.Efforts[1])}
		}
		c.Lanes = [2]string{laneOf[c.Efforts[0]], laneOf[c.Efforts[1]]}
		c.CrossLane = c.Lanes[0] != c.Lanes[1]
		if w := d.Window; w != nil && d.Conflict == key {
			c.Severity, c.From, c.To, c.Days = w.Severity, w.From, w.To, w.Days
		}
		rows = append(rows, BoardRow{Key: key, Status: StatusResolved, Index: -1, Conflict: &c, Decision: d.ID,
			Helps: helps(r, res, &c)})
	}
	return rows
}

// sortBoard orders rows by status, cross-lane first, kind, severity
// (collisions first), window start, then key.
func sortBoard(rows []BoardRow, res *analysis.Result) {
	kinds := []string{analysis.KindSurface, analysis.KindSequence, analysis.KindMetric, analysis.KindDeclared}
	slices.SortFunc(rows, func(a, b BoardRow) int {
		x, y := a.Of(res), b.Of(res)
		return cmp.Or(
			cmp.Compare(slices.Index(statusOrder, a.Status), slices.Index(statusOrder, b.Status)),
			-cmp.Compare(boolInt(x.CrossLane), boolInt(y.CrossLane)),
			cmp.Compare(slices.Index(kinds, x.Kind), slices.Index(kinds, y.Kind)),
			cmp.Compare(x.Severity, y.Severity), // "collision" < "disruption"
			cmp.Compare(x.From, y.From),
			cmp.Compare(a.Key, b.Key),
		)
	})
}

// Of returns the row's conflict: its own (resolved) or res's at Index.
func (row *BoardRow) Of(res *analysis.Result) *analysis.Conflict {
	if row.Conflict != nil {
		return row.Conflict
	}
	return &res.Conflicts[row.Index]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// helps returns [changer, relier] when surface conflict c's efforts are both
// scheduled, one changes the surface, the other relies on it, and the
// changer finishes before the relier starts; else nil.
func helps(r *model.Roadmap, res *analysis.Result, c *analysis.Conflict) []string {
	if c.Kind != analysis.KindSurface {
		return nil
	}
	modes := [2]string{}
	for k, id := range c.Efforts {
		if i := find(r.Efforts, id, efforts.key); i >= 0 {
			modes[k] = touchMode(&r.Efforts[i], c.Surface)
		}
	}
	for k := range 2 {
		from, to := c.Efforts[k], c.Efforts[1-k]
		if modes[k] != model.ModeChanges || modes[1-k] != model.ModeRelies {
			continue
		}
		a, b := scheduled(res, from), scheduled(res, to)
		if a != nil && b != nil && a.EF <= b.ES {
			return []string{from, to}
		}
	}
	return nil
}
