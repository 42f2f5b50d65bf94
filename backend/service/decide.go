package service

import (
	"slices"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// Decide carries out a decision (see DecisionRequest) and records it, as one
// undoable step: the dependency it adds, the efforts it moves, a kill's or
// revival's status and event, and the decision record (with the conflicts
// it removed and the decision it supersedes). The request is checked first;
// on any error nothing changes.
func (s *Service) Decide(roadmapID string, req DecisionRequest) (*Snapshot, error) {
	return s.edit(roadmapID, "Decide: "+req.Kind, func(ed *editor) error {
		before, err := s.current(roadmapID)
		if err != nil {
			return err
		}
		a, err := applyDecision(ed, before, req, s.now(), false)
		if err != nil {
			return err
		}
		ed.res = a.after
		return nil
	})
}

// PreviewDecision returns what Decide would do with req, computed by the
// real analysis on a copy of the roadmap: nothing is stored. It fails as
// Decide would, except that the texts a record needs (rationale, who
// decided, a kill's reason, a title) may still be missing: the dialog
// shows what an option costs while they are being written.
func (s *Service) PreviewDecision(roadmapID string, req DecisionRequest) (*DecisionPreview, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	before, err := s.current(roadmapID)
	if err != nil {
		return nil, err
	}
	ed := &editor{r: shallowClone(s.open[roadmapID].r)}
	a, err := applyDecision(ed, before, req, s.now(), true)
	if err != nil {
		return nil, err
	}
	return preview(before, a), nil
}

// AddDecision records a decision made outside the app (a meeting, a
// message) without acting on the roadmap: kind, title and efforts as
// given, dated d.Date or today, with a new id. Records are never edited:
// to change one, add a decision that supersedes it.
func (s *Service) AddDecision(roadmapID string, d model.Decision) (*Snapshot, error) {
	return s.edit(roadmapID, "Record a decision", func(ed *editor) error {
		if d.Title == "" {
			return invalidf("a decision needs a title")
		}
		if d.Date == "" {
			d.Date = today(ed.r, s.now())
		}
		if d.Efforts == nil {
			d.Efforts = []string{}
		}
		d.ID = newID(shorten(d.Title, 60), "decision", ed.r.Decisions, decisions.key)
		return decisions.add(ed, d)
	})
}

// shallowClone copies r and the lists a decision changes (efforts,
// dependencies, decisions, events), sharing everything else with r: a
// decision replaces list elements and appends, and never changes what they
// point to, so r stays as it is.
func shallowClone(r *model.Roadmap) *model.Roadmap {
	c := *r
	c.Efforts = slices.Clone(r.Efforts)
	c.Dependencies = slices.Clone(r.Dependencies)
	c.Decisions = slices.Clone(r.Decisions)
	c.Events = slices.Clone(r.Events)
	return &c
}

// current returns the analysis of roadmap id (computing it if needed).
// The caller holds s.mu.
func (s *Service) current(id string) (*analysis.Result, error) {
	o, err := s.opened(id)
	if err != nil {
		return nil, err
	}
	if err := s.complete(id, o, nil); err != nil {
		return nil, err
	}
	return o.res, nil
}

// preview compares the analyses before and after an applied decision.
func preview(before *analysis.Result, a *applied) *DecisionPreview {
	after := a.after
	p := &DecisionPreview{Decision: a.decision, Changes: a.changes,
		FinishBefore: before.Finish, FinishAfter: after.Finish, FinishDays: after.DurationDays - before.DurationDays,
		NewlyCritical: []string{}, Added: []analysis.Conflict{}, Removed: []analysis.Conflict{}, Accepted: []analysis.Conflict{},
		OpenBefore: before.Coordination.OpenConflicts, OpenAfter: after.Coordination.OpenConflicts}
	if p.Changes == nil {
		p.Changes = []string{}
	}
	for _, id := range after.Critical {
		if !slices.Contains(before.Critical, id) {
			p.NewlyCritical = append(p.NewlyCritical, id)
		}
	}
	for _, i := range a.diff.added {
		p.Added = append(p.Added, after.Conflicts[i])
	}
	for _, i := range a.diff.accepted {
		p.Accepted = append(p.Accepted, after.Conflicts[i])
	}
	for _, j := range a.diff.removed {
		p.Removed = append(p.Removed, before.Conflicts[j])
	}
	return p
}
