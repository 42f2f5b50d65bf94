package agenda

import (
	"cmp"
	"slices"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// Changes is what changed since the snapshot, in the agenda's lanes. With
// no snapshot every effort, conflict and decision is new (Added,
// NewConflicts, Decisions) and nothing moved.
type Changes struct {
	Added   []EffortRef `json:"added"`   // efforts that are new, by id
	Removed []EffortRef `json:"removed"` // efforts deleted from the roadmap, by id
	// Moved are live efforts whose scheduled window moved (their own dates,
	// or a predecessor's), by id.
	Moved []Moved `json:"moved"`
	// Slips are live efforts whose slip (SPEC §3.1 slipDays) grew, by id.
	Slips []Slip      `json:"slips"`
	Kills []EffortRef `json:"kills"` // efforts killed since, by id
	// NewConflicts, by key: conflicts whose key (analysis.Conflict.Key) the
	// snapshot lacks.
	NewConflicts []ConflictItem `json:"newConflicts"`
	// ChangedConflicts, by key: the same key with another window, severity
	// or accepted flag.
	ChangedConflicts []ConflictChange `json:"changedConflicts"`
	// ResolvedConflicts, by key: in the snapshot, gone now (an effort was
	// moved, killed or deleted, or a decision accepted it away).
	ResolvedConflicts []ConflictItem `json:"resolvedConflicts"`
	// Decisions recorded since (ids the snapshot lacks), by date then id.
	Decisions []model.Decision `json:"decisions"`
}

// Moved is an effort whose scheduled window moved.
type Moved struct {
	Effort    EffortRef  `json:"effort"`
	WasStart  model.Date `json:"wasStart"`
	WasEnd    model.Date `json:"wasEnd"`
	Start     model.Date `json:"start"`
	End       model.Date `json:"end"`
	StartDays int        `json:"startDays"` // calendar days the start moved (+ later)
	EndDays   int        `json:"endDays"`   // calendar days the end moved
}

// Slip is an effort whose slip grew.
type Slip struct {
	Effort   EffortRef `json:"effort"`
	WasDays  int       `json:"wasDays"`
	SlipDays int       `json:"slipDays"`
}

// ConflictItem is a conflict with its efforts named.
type ConflictItem struct {
	Key       string       `json:"key"`
	Kind      string       `json:"kind"`
	Severity  string       `json:"severity,omitempty"`
	About     string       `json:"about,omitempty"` // the surface's or metric's name
	Efforts   [2]EffortRef `json:"efforts"`
	CrossLane bool         `json:"crossLane"`
	From      model.Date   `json:"from,omitempty"`
	To        model.Date   `json:"to,omitempty"`
	Days      int          `json:"days"`
	Accepted  bool         `json:"accepted"`
}

// ConflictChange is a conflict that kept its key but changed.
type ConflictChange struct {
	ConflictItem
	WasSeverity string     `json:"wasSeverity,omitempty"`
	WasFrom     model.Date `json:"wasFrom,omitempty"`
	WasTo       model.Date `json:"wasTo,omitempty"`
	WasAccepted bool       `json:"wasAccepted"`
}

// changes compares cur with was (nil: no snapshot).
func changes(cur, was *view, sc scope, more map[string]int) Changes {
	var ch Changes
	inScope := func(e *model.Effort) bool { return sc.has(e.Lane) }
	for i := range cur.r.Efforts {
		e := &cur.r.Efforts[i]
		if !inScope(e) {
			continue
		}
		old := (*model.Effort)(nil)
		if was != nil {
			old = was.efforts[e.ID]
		}
		killed := e.EffectiveStatus() == model.StatusKilled
		switch {
		case old == nil:
			if !killed {
				ch.Added = append(ch.Added, cur.ref(e.ID))
			}
		case killed && old.EffectiveStatus() != model.StatusKilled:
			ch.Kills = append(ch.Kills, cur.ref(e.ID))
		case !killed:
			ch.Moved, ch.Slips = compareSchedule(cur, was, e.ID, ch.Moved, ch.Slips)
		}
	}
	if was != nil {
		for i := range was.r.Efforts {
			e := &was.r.Efforts[i]
			if cur.efforts[e.ID] == nil && inScope(e) {
				ch.Removed = append(ch.Removed, was.ref(e.ID))
			}
		}
	}
	ch.NewConflicts, ch.ChangedConflicts, ch.ResolvedConflicts = compareConflicts(cur, was, sc, more)
	ch.Decisions = newDecisions(cur, was, sc)

	byEffort := func(a, b EffortRef) int { return cmp.Compare(a.ID, b.ID) }
	slices.SortFunc(ch.Added, byEffort)
	slices.SortFunc(ch.Removed, byEffort)
	slices.SortFunc(ch.Kills, byEffort)
	slices.SortFunc(ch.Moved, func(a, b Moved) int { return cmp.Compare(a.Effort.ID, b.Effort.ID) })
	slices.SortFunc(ch.Slips, func(a, b Slip) int { return cmp.Compare(a.Effort.ID, b.Effort.ID) })
	ch.Added = capped(ch.Added, "added", more)
	ch.Removed = capped(ch.Removed, "removed", more)
	ch.Moved = capped(ch.Moved, "moved", more)
	ch.Slips = capped(ch.Slips, "slips", more)
	ch.Kills = capped(ch.Kills, "kills", more)
	ch.Decisions = capped(ch.Decisions, "decisions", more)
	return ch
}

// compareSchedule appends effort id to moved and slips when its schedule
// moved or its slip grew between was and cur.
func compareSchedule(cur, was *view, id string, moved []Moved, slips []Slip) ([]Moved, []Slip) {
	now, then := cur.sched[id], was.sched[id]
	if now == nil || then == nil {
		return moved, slips
	}
	if now.Start != then.Start || now.End != then.End {
		moved = append(moved, Moved{Effort: cur.ref(id), WasStart: then.Start, WasEnd: then.End,
			Start: now.Start, End: now.End, StartDays: daysBetween(then.Start, now.Start), EndDays: daysBetween(then.End, now.End)})
	}
	if now.SlipDays > then.SlipDays {
		slips = append(slips, Slip{Effort: cur.ref(id), WasDays: then.SlipDays, SlipDays: now.SlipDays})
	}
	return moved, slips
}

// keyed is a conflict with its key, computed once for sorting.
type keyed struct {
	key string
	c   *analysis.Conflict
}

func byKey(a, b keyed) int { return cmp.Compare(a.key, b.key) }

// compareConflicts splits the conflicts into new, changed and resolved, by
// key; only the first MaxItems of each are named.
func compareConflicts(cur, was *view, sc scope, more map[string]int) (added []ConflictItem, changed []ConflictChange, resolved []ConflictItem) {
	var fresh, moved, gone []keyed
	for i := range cur.res.Conflicts {
		c := &cur.res.Conflicts[i]
		if !sc.has(c.Lanes[0], c.Lanes[1]) {
			continue
		}
		k := keyed{c.Key(), c}
		var old *analysis.Conflict
		if was != nil {
			old = was.conflicts[k.key]
		}
		switch {
		case old == nil:
			fresh = append(fresh, k)
		case old.Severity != c.Severity || old.From != c.From || old.To != c.To || old.Accepted != c.Accepted:
			moved = append(moved, k)
		}
	}
	if was != nil {
		for key, c := range was.conflicts {
			if cur.conflicts[key] == nil && sc.has(c.Lanes[0], c.Lanes[1]) {
				gone = append(gone, keyed{key, c})
			}
		}
	}
	for _, list := range [][]keyed{fresh, moved, gone} {
		slices.SortFunc(list, byKey)
	}
	changed = []ConflictChange{}
	for _, k := range capped(moved, "changedConflicts", more) {
		old := was.conflicts[k.key]
		changed = append(changed, ConflictChange{ConflictItem: cur.item(k.key, k.c),
			WasSeverity: old.Severity, WasFrom: old.From, WasTo: old.To, WasAccepted: old.Accepted})
	}
	return cur.items(capped(fresh, "newConflicts", more)), changed, was.items(capped(gone, "resolvedConflicts", more))
}

// items names the conflicts of list (v may be nil when list is empty).
func (v *view) items(list []keyed) []ConflictItem {
	out := make([]ConflictItem, len(list))
	for i, k := range list {
		out[i] = v.item(k.key, k.c)
	}
	return out
}

// item names the efforts and the surface or metric of c, whose key is key.
func (v *view) item(key string, c *analysis.Conflict) ConflictItem {
	return ConflictItem{Key: key, Kind: c.Kind, Severity: c.Severity, About: v.about(c),
		Efforts: [2]EffortRef{v.ref(c.Efforts[0]), v.ref(c.Efforts[1])}, CrossLane: c.CrossLane,
		From: c.From, To: c.To, Days: c.Days, Accepted: c.Accepted}
}

// about returns the name of c's surface or metric, or "".
func (v *view) about(c *analysis.Conflict) string {
	if c.Surface != "" {
		return cmp.Or(v.surfaces[c.Surface], c.Surface)
	}
	return cmp.Or(v.metrics[c.Metric], c.Metric)
}

// newDecisions returns cur's decisions whose id was lacks, in scope (a
// decision naming no effort is always in scope), by date then id.
func newDecisions(cur, was *view, sc scope) []model.Decision {
	seen := map[string]bool{}
	if was != nil {
		for _, d := range was.r.Decisions {
			seen[d.ID] = true
		}
	}
	var out []model.Decision
	for _, d := range cur.r.Decisions {
		if seen[d.ID] || !decisionInScope(cur, &d, sc) {
			continue
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b model.Decision) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func decisionInScope(v *view, d *model.Decision, sc scope) bool {
	if sc == nil || len(d.Efforts) == 0 {
		return true
	}
	for _, id := range d.Efforts {
		if e := v.efforts[id]; e != nil && sc.has(e.Lane) {
			return true
		}
	}
	return false
}

// daysBetween returns b - a in days (0 when either is not a date).
func daysBetween(a, b model.Date) int {
	x, err1 := model.ParseDate(a)
	y, err2 := model.ParseDate(b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return y - x
}
