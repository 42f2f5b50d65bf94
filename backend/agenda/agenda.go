// Package agenda prepares a ritual's agenda (SPEC §1 "ritual"): what
// changed since a snapshot, the cross-lane handoffs due soon, the open
// conflicts to decide, the top integration, the blocked efforts and whom
// they wait on, and the coordination-debt trend. It is pure: a roadmap, its
// analysis and a snapshot with its analysis in, an Agenda out (and its
// Markdown, markdown.go). It imports model and analysis only.
package agenda

import (
	"tandem/backend/analysis"
	"tandem/backend/model"
)

// MaxItems caps every list of an agenda; Agenda.More counts what was left
// out per section, so a 20,000-effort roadmap still gives a readable page.
const MaxItems = 50

// HandoffDays is how far ahead handoffs are listed, from asOf (two weeks).
const HandoffDays = 14

// DebtWeeks is how many weeks the coordination-debt trend covers.
const DebtWeeks = 6

// Input is what an agenda is prepared from. Result is Roadmap's analysis;
// Since (nil: no snapshot yet, everything is new) is the snapshot to
// compare with and SinceResult its frozen roadmap's analysis. Ritual (nil:
// the whole roadmap) limits the agenda to its lanes. AsOf is "today".
type Input struct {
	Roadmap     *model.Roadmap
	Result      *analysis.Result
	Since       *model.Snapshot
	SinceResult *analysis.Result
	Ritual      *model.Ritual
	AsOf        model.Date
}

// Agenda is the agenda of one meeting. Lists are never nil and are sorted
// (see each type), so the same input gives the same agenda.
type Agenda struct {
	Title   string       `json:"title"`
	Ritual  string       `json:"ritual,omitempty"` // the ritual's id
	Cadence string       `json:"cadence,omitempty"`
	Meeting model.Date   `json:"meeting"` // the next meeting, on or after AsOf
	AsOf    model.Date   `json:"asOf"`
	Lanes   []LaneRef    `json:"lanes"` // the ritual's lanes; empty: all
	Since   *SnapshotRef `json:"since"`
	Changes Changes      `json:"changes"`
	// Handoffs are the cross-lane dependencies whose handoff falls in
	// [AsOf, AsOf+HandoffDays), by date.
	Handoffs    []Handoff      `json:"handoffs"`
	Open        []ConflictItem `json:"open"` // open conflicts to decide, by window
	Integration *Integration   `json:"integration"`
	Blocked     []BlockedItem  `json:"blocked"`
	Debt        Debt           `json:"debt"`
	// More counts the items left out of a section by MaxItems, by section
	// name (added, moved, newConflicts, handoffs, open, blocked, ...).
	More map[string]int `json:"more"`
}

// LaneRef names a lane.
type LaneRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// SnapshotRef names the snapshot an agenda compares with.
type SnapshotRef struct {
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Date model.Date `json:"date"`
	Hash string     `json:"hash"`
}

// EffortRef names an effort with its lane and owner.
type EffortRef struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Lane     string `json:"lane"`
	LaneName string `json:"laneName"`
	Owner    string `json:"owner,omitempty"`
}

// Build prepares the agenda of in. It costs O(n log n) in the roadmap's
// and the snapshot's sizes (maps over both, sorts of each section).
func Build(in Input) *Agenda {
	cur := newView(in.Roadmap, in.Result)
	scope := newScope(in.Ritual)
	a := &Agenda{
		Title: in.Roadmap.Name, AsOf: in.AsOf, Meeting: nextMeeting(in.Ritual, in.AsOf),
		Lanes: []LaneRef{}, More: map[string]int{},
	}
	if in.Ritual != nil {
		a.Title, a.Ritual, a.Cadence = in.Ritual.Name, in.Ritual.ID, in.Ritual.Cadence
		for _, id := range in.Ritual.Lanes {
			a.Lanes = append(a.Lanes, LaneRef{ID: id, Name: cur.laneName(id)})
		}
	}
	var was *view
	if in.Since != nil && in.Since.Roadmap != nil && in.SinceResult != nil {
		a.Since = &SnapshotRef{ID: in.Since.ID, Name: in.Since.Name, Date: in.Since.Date, Hash: in.Since.Hash}
		was = newView(in.Since.Roadmap, in.SinceResult)
	}
	a.Changes = changes(cur, was, scope, a.More)
	a.Handoffs = capped(handoffs(cur, scope, in.AsOf), "handoffs", a.More)
	a.Open = openConflicts(cur, scope, a.More)
	a.Integration = topIntegration(cur, scope)
	a.Blocked = capped(blockedNow(cur, scope, in.AsOf), "blocked", a.More)
	a.Debt = debtTrend(cur, scope, in.AsOf)
	return a
}

// capped cuts list to MaxItems and counts the rest in more[name].
func capped[T any](list []T, name string, more map[string]int) []T {
	if list == nil {
		return []T{}
	}
	if len(list) > MaxItems {
		more[name] = len(list) - MaxItems
		return list[:MaxItems:MaxItems]
	}
	return list
}

// scope is the set of lanes an agenda covers; nil covers every lane.
type scope map[string]bool

func newScope(r *model.Ritual) scope {
	if r == nil || len(r.Lanes) == 0 {
		return nil
	}
	s := scope{}
	for _, id := range r.Lanes {
		s[id] = true
	}
	return s
}

// has reports whether any of lanes is in the scope.
func (s scope) has(lanes ...string) bool {
	if s == nil {
		return true
	}
	for _, l := range lanes {
		if s[l] {
			return true
		}
	}
	return false
}

// view indexes one roadmap and its analysis by id.
type view struct {
	r         *model.Roadmap
	res       *analysis.Result
	efforts   map[string]*model.Effort
	lanes     map[string]*model.Lane
	sched     map[string]*analysis.Scheduled
	conflicts map[string]*analysis.Conflict
	surfaces  map[string]string // id -> name
	metrics   map[string]string // id -> name
}

func newView(r *model.Roadmap, res *analysis.Result) *view {
	v := &view{r: r, res: res,
		efforts:   make(map[string]*model.Effort, len(r.Efforts)),
		lanes:     make(map[string]*model.Lane, len(r.Lanes)),
		sched:     make(map[string]*analysis.Scheduled, len(res.Schedule)),
		conflicts: make(map[string]*analysis.Conflict, len(res.Conflicts)),
		surfaces:  make(map[string]string, len(r.Surfaces)),
		metrics:   make(map[string]string, len(r.Metrics)),
	}
	for _, s := range r.Surfaces {
		v.surfaces[s.ID] = s.Name
	}
	for _, m := range r.Metrics {
		v.metrics[m.ID] = m.Name
	}
	for i := range r.Efforts {
		v.efforts[r.Efforts[i].ID] = &r.Efforts[i]
	}
	for i := range r.Lanes {
		v.lanes[r.Lanes[i].ID] = &r.Lanes[i]
	}
	for i := range res.Schedule {
		v.sched[res.Schedule[i].ID] = &res.Schedule[i]
	}
	for i := range res.Conflicts {
		c := &res.Conflicts[i]
		v.conflicts[c.Key()] = c
	}
	return v
}

func (v *view) laneName(id string) string {
	if l := v.lanes[id]; l != nil && l.Name != "" {
		return l.Name
	}
	return id
}

// ref names effort id as v knows it (an unknown id names only itself).
func (v *view) ref(id string) EffortRef {
	e := v.efforts[id]
	if e == nil {
		return EffortRef{ID: id, Title: id}
	}
	title := e.Title
	if title == "" {
		title = e.ID
	}
	return EffortRef{ID: e.ID, Title: title, Lane: e.Lane, LaneName: v.laneName(e.Lane), Owner: e.Owner}
}
