package service

import (
	"slices"
	"strings"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// applied is a decision applied to an editor's roadmap: the record added,
// what the action changed in words, and the analysis of the result.
type applied struct {
	decision model.Decision
	changes  []string
	after    *analysis.Result
	diff     conflictDiff
}

// decision is one decision being applied: the editor, the analysis of the
// roadmap before, the request, the record being written and the changes
// made so far, described for people.
type decision struct {
	ed       *editor
	before   *analysis.Result
	req      DecisionRequest
	rec      model.Decision
	changes  []string
	conflict *analysis.Conflict // the conflict req names, if any
	draft    bool               // a preview: the texts may still be missing
}

// actions carries out each kind of decision on d.ed and fills d.rec.
var actions = map[string]func(d *decision) error{
	model.DecisionSequence:   sequence,
	model.DecisionReschedule: reschedule,
	model.DecisionKill:       kill,
	model.DecisionRevive:     revive,
	model.DecisionAccept:     accept,
	model.DecisionIntegrate:  recordOnly,
	model.DecisionOther:      recordOnly,
}

// applyDecision applies req to ed, whose roadmap (a clone) before analyses
// to, validates the result, analyses it and records the decision with the
// keys of the conflicts it removed, as one more change of ed. Decide and
// PreviewDecision both call it, so a preview is exactly what deciding
// gives; a draft (the preview) does not require the texts a record needs
// (rationale, who decided, a kill's reason, a title). On error ed must be
// dropped.
func applyDecision(ed *editor, before *analysis.Result, req DecisionRequest, now time.Time, draft bool) (*applied, error) {
	act, ok := actions[req.Kind]
	if !ok {
		return nil, invalidf("unknown decision kind %q (want sequence, reschedule, kill, revive, accept, integrate or other)", req.Kind)
	}
	d := &decision{ed: ed, before: before, req: req, draft: draft}
	d.rec = model.Decision{Kind: req.Kind, Date: today(ed.r, now), Title: strings.TrimSpace(req.Title),
		Rationale: strings.TrimSpace(req.Rationale), By: strings.TrimSpace(req.By), Revisit: req.Revisit,
		Trigger: strings.TrimSpace(req.Trigger), Supersedes: req.Supersedes}
	if req.Conflict != "" {
		if d.conflict = findConflict(before, req.Conflict); d.conflict == nil {
			return nil, notFoundf("no conflict %q: it may have been resolved since", req.Conflict)
		}
		d.rec.Conflict = req.Conflict
		d.rec.Efforts = d.conflict.Efforts[:]
	}
	if err := act(d); err != nil {
		return nil, err
	}
	if d.rec.Supersedes == "" {
		d.rec.Supersedes = inForce(ed.r.Decisions, d.concerns)
	}
	d.rec.ID = newID(shorten(d.rec.Kind+" "+strings.Join(d.rec.Efforts, " "), 60), "decision", ed.r.Decisions, decisions.key)
	if err := checkRecord(ed.r, &d.rec); err != nil {
		return nil, err
	}
	ed.r.Decisions = append(ed.r.Decisions, d.rec)
	// What the actions change is valid by construction but for a
	// dependency cycle, which the analysis reports; the edit validates the
	// whole roadmap again before storing it.
	after, err := analyze(ed.r, now)
	if err != nil {
		return nil, err
	}
	diff := diffConflicts(before, after)
	rec := &ed.r.Decisions[len(ed.r.Decisions)-1]
	rec.Removed = diff.removedKeys
	ed.record(decisions.store, rec.ID, *rec)
	return &applied{decision: *rec, changes: d.changes, after: after, diff: diff}, nil
}

// checkRecord checks what a request puts in the record that the actions
// did not check: its efforts, the decision it supersedes, its revisit date.
func checkRecord(r *model.Roadmap, rec *model.Decision) error {
	for _, id := range rec.Efforts {
		if find(r.Efforts, id, efforts.key) < 0 {
			return notFoundf("no effort %q", id)
		}
	}
	if rec.Supersedes != "" && find(r.Decisions, rec.Supersedes, decisions.key) < 0 {
		return invalidf("supersedes an unknown decision %q", rec.Supersedes)
	}
	if rec.Revisit != "" {
		if _, err := model.ParseDate(rec.Revisit); err != nil {
			return invalidf("revisit: %s", err.Error())
		}
	}
	return nil
}

// concerns reports whether an earlier decision x is about what d decides:
// the same conflict, or for a kill or revive, the same effort's kills and
// revivals.
func (d *decision) concerns(x *model.Decision) bool {
	switch d.rec.Kind {
	case model.DecisionKill, model.DecisionRevive:
		return (x.Kind == model.DecisionKill || x.Kind == model.DecisionRevive) && slices.Equal(x.Efforts, d.rec.Efforts)
	}
	return d.rec.Conflict != "" && x.Conflict == d.rec.Conflict
}

// inForce returns the id of the last decision of list that match accepts
// and no decision supersedes, or "".
func inForce(list []model.Decision, match func(*model.Decision) bool) string {
	superseded := make(map[string]bool)
	for i := range list {
		if s := list[i].Supersedes; s != "" {
			superseded[s] = true
		}
	}
	for i := len(list) - 1; i >= 0; i-- {
		if x := &list[i]; !superseded[x.ID] && match(x) {
			return x.ID
		}
	}
	return ""
}

// today is the roadmap's "now": its asOf, else now's day.
func today(r *model.Roadmap, now time.Time) model.Date {
	if r.AsOf != "" {
		return r.AsOf
	}
	return model.DateOf(now)
}

// findConflict returns the conflict of res with key, or nil.
func findConflict(res *analysis.Result, key string) *analysis.Conflict {
	for i := range res.Conflicts {
		if res.Conflicts[i].Key() == key {
			return &res.Conflicts[i]
		}
	}
	return nil
}

// conflictKeys returns the set of the keys of res's conflicts.
func conflictKeys(res *analysis.Result) map[string]bool {
	keys := make(map[string]bool, len(res.Conflicts))
	for i := range res.Conflicts {
		keys[res.Conflicts[i].Key()] = true
	}
	return keys
}

// conflictDiff is how the conflicts of two analyses differ, by key:
// indexes of after's conflicts that before lacks (added) or that only
// after accepts (accepted), and of before's that after lacks (removed,
// with their keys sorted and unique).
type conflictDiff struct {
	added, accepted, removed []int
	removedKeys              []string
}

// diffConflicts compares the conflicts of before and after, making each
// key once. Cost: O(C log C) for C conflicts.
func diffConflicts(before, after *analysis.Result) conflictDiff {
	was := make(map[string]int, len(before.Conflicts))
	for i := range before.Conflicts {
		was[before.Conflicts[i].Key()] = i
	}
	var d conflictDiff
	seen := make([]bool, len(before.Conflicts))
	for i := range after.Conflicts {
		c := &after.Conflicts[i]
		j, ok := was[c.Key()]
		switch {
		case !ok:
			d.added = append(d.added, i)
		case c.Accepted && !before.Conflicts[j].Accepted:
			d.accepted = append(d.accepted, i)
		}
		if ok {
			seen[j] = true
		}
	}
	for j, ok := range seen {
		if !ok {
			d.removed = append(d.removed, j)
			d.removedKeys = append(d.removedKeys, before.Conflicts[j].Key())
		}
	}
	slices.Sort(d.removedKeys)
	d.removedKeys = slices.Compact(d.removedKeys)
	return d
}

// shorten cuts s to at most n bytes.
func shorten(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// require fails when v is empty, naming what the decision misses; a draft
// (a preview) may leave it empty.
func (d *decision) require(v, what string) error {
	if v == "" && !d.draft {
		return invalidf("a %s decision needs %s", d.rec.Kind, what)
	}
	return nil
}
