package soak

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"tandem/backend/model"
	"tandem/backend/service"
)

// Editor makes random edits to one roadmap through the real service, as a
// user would: add, move and delete efforts, add dependencies and links,
// change statuses, decide (kill, revive, record), move lanes, undo and
// redo. Each call it makes changes the roadmap when it succeeds (an edit
// never re-sets what is already there), so that every acknowledged edit
// has a state of its own (Ledger).
type Editor struct {
	svc  *service.Service
	id   string
	rng  *rand.Rand
	snap *service.Snapshot
	n    int // calls made, for fresh titles
}

// Call is one service call the editor chose: its kind for the history,
// a name for messages, and the call itself.
type Call struct {
	Kind Kind
	Name string
	Run  func() (*service.Snapshot, error)
}

// NewEditor opens roadmap id of svc for random edits drawn from rng.
func NewEditor(svc *service.Service, id string, rng *rand.Rand) (*Editor, error) {
	snap, err := svc.OpenRoadmap(id)
	if err != nil {
		return nil, err
	}
	return &Editor{svc: svc, id: id, rng: rng, snap: snap}, nil
}

// Do chooses and runs one call. It returns the call and the roadmap's
// digest after it: the new state when err is nil, else the state the
// service reports after the refusal (which must be the state before).
func (ed *Editor) Do(begin func(c Call)) (Call, string, error) {
	c := ed.next()
	begin(c)
	snap, err := c.Run()
	if err != nil {
		var rerr error
		if snap, rerr = ed.svc.OpenRoadmap(ed.id); rerr != nil {
			return c, "", fmt.Errorf("%s refused (%v), then open: %w", c.Name, err, rerr)
		}
	}
	ed.snap = snap
	d, derr := Digest(snap.Roadmap)
	if derr != nil {
		return c, "", derr
	}
	return c, d, err
}

// next draws a call that applies to the roadmap as it is.
func (ed *Editor) next() Call {
	r := ed.snap.Roadmap
	ed.n++
	for {
		var c *Call
		switch w := ed.rng.IntN(20); {
		case w < 3:
			c = ed.addEffort(r)
		case w < 7:
			c = ed.moveEffort(r)
		case w < 8:
			c = ed.deleteEffort(r)
		case w < 10:
			c = ed.addDependency(r)
		case w < 11:
			c = ed.addLink(r)
		case w < 13:
			c = ed.setStatus(r)
		case w < 14:
			c = ed.decide(r)
		case w < 15:
			c = ed.recordDecision(r)
		case w < 16:
			c = ed.moveLane(r)
		case w < 19:
			if ed.snap.CanUndo {
				c = &Call{KindUndo, "undo", func() (*service.Snapshot, error) { return ed.svc.Undo(ed.id) }}
			}
		default:
			if ed.snap.CanRedo {
				c = &Call{KindRedo, "redo", func() (*service.Snapshot, error) { return ed.svc.Redo(ed.id) }}
			}
		}
		if c != nil {
			return *c
		}
	}
}

func (ed *Editor) edit(name string, run func() (*service.Snapshot, error)) *Call {
	return &Call{KindEdit, name, run}
}

// effort picks a random effort, nil when there is none.
func (ed *Editor) effort(r *model.Roadmap) *model.Effort {
	if len(r.Efforts) == 0 {
		return nil
	}
	return &r.Efforts[ed.rng.IntN(len(r.Efforts))]
}

// pair picks two different efforts, ok false when there are fewer than two.
func (ed *Editor) pair(r *model.Roadmap) (a, b string, ok bool) {
	if len(r.Efforts) < 2 {
		return "", "", false
	}
	i, j := ed.rng.IntN(len(r.Efforts)), ed.rng.IntN(len(r.Efforts)-1)
	if j >= i {
		j++
	}
	return r.Efforts[i].ID, r.Efforts[j].ID, true
}

func (ed *Editor) addEffort(r *model.Roadmap) *Call {
	start, _ := model.Date("2026-01-05").Days()
	days := 1 + ed.rng.IntN(15)
	e := model.Effort{Lane: r.Lanes[ed.rng.IntN(len(r.Lanes))].ID, Title: fmt.Sprintf("Effort %d-%d", ed.n, ed.rng.IntN(1000)),
		Start: model.DateFromDays(start + ed.rng.IntN(120)), DurationDays: &days}
	return ed.edit("add effort", func() (*service.Snapshot, error) { return ed.svc.AddEffort(ed.id, e) })
}

func (ed *Editor) moveEffort(r *model.Roadmap) *Call {
	e := ed.effort(r)
	if e == nil || e.Start == "" || e.End != "" {
		return nil
	}
	moved := *e
	day, _ := e.Start.Days()
	shift := 1 + ed.rng.IntN(10)
	if ed.rng.IntN(2) == 0 {
		shift = -shift
	}
	moved.Start = model.DateFromDays(day + shift)
	return ed.edit("move effort "+e.ID, func() (*service.Snapshot, error) { return ed.svc.UpdateEffort(ed.id, moved) })
}

func (ed *Editor) deleteEffort(r *model.Roadmap) *Call {
	e := ed.effort(r)
	if e == nil || len(r.Efforts) < 4 {
		return nil
	}
	id := e.ID
	return ed.edit("delete effort "+id, func() (*service.Snapshot, error) { return ed.svc.DeleteEffort(ed.id, id) })
}

func (ed *Editor) addDependency(r *model.Roadmap) *Call {
	a, b, ok := ed.pair(r)
	if !ok || slices.ContainsFunc(r.Dependencies, func(d model.Dependency) bool { return d.From == a && d.To == b }) {
		return nil
	}
	d := model.Dependency{From: a, To: b, LagDays: ed.rng.IntN(3)}
	return ed.edit("link "+a+" -> "+b, func() (*service.Snapshot, error) { return ed.svc.AddDependency(ed.id, d) })
}

func (ed *Editor) addLink(r *model.Roadmap) *Call {
	a, b, ok := ed.pair(r)
	if !ok || slices.ContainsFunc(r.Links, func(l model.Link) bool { return l.A == a && l.B == b || l.A == b && l.B == a }) {
		return nil
	}
	l := model.Link{A: a, B: b, Kind: []string{model.LinkConflicts, model.LinkReinforces}[ed.rng.IntN(2)]}
	return ed.edit("pair "+a+" and "+b, func() (*service.Snapshot, error) { return ed.svc.AddLink(ed.id, l) })
}

func (ed *Editor) setStatus(r *model.Roadmap) *Call {
	e := ed.effort(r)
	if e == nil || e.Status == model.StatusKilled {
		return nil
	}
	status := []string{model.StatusPlanned, model.StatusActive, model.StatusBlocked, model.StatusDone, model.StatusPaused}[ed.rng.IntN(5)]
	if status == e.EffectiveStatus() {
		return nil
	}
	blockedBy := ""
	if status == model.StatusBlocked {
		other := ed.effort(r)
		if other.ID == e.ID {
			return nil
		}
		blockedBy = other.ID
	}
	id := e.ID
	return ed.edit("set "+id+" "+status, func() (*service.Snapshot, error) {
		return ed.svc.SetEffortStatus(ed.id, id, status, blockedBy)
	})
}

func (ed *Editor) decide(r *model.Roadmap) *Call {
	e := ed.effort(r)
	if e == nil {
		return nil
	}
	req := service.DecisionRequest{Kind: model.DecisionKill, Effort: e.ID, Rationale: "soak", By: "soak", Reason: model.ReasonStrategy}
	if e.Status == model.StatusKilled {
		req = service.DecisionRequest{Kind: model.DecisionRevive, Effort: e.ID, Rationale: "back"}
	}
	return ed.edit(req.Kind+" "+e.ID, func() (*service.Snapshot, error) { return ed.svc.Decide(ed.id, req) })
}

func (ed *Editor) recordDecision(r *model.Roadmap) *Call {
	e := ed.effort(r)
	if e == nil {
		return nil
	}
	d := model.Decision{Kind: model.DecisionOther, Title: fmt.Sprintf("Note %d", ed.n), Efforts: []string{e.ID}}
	return ed.edit("record a decision", func() (*service.Snapshot, error) { return ed.svc.AddDecision(ed.id, d) })
}

func (ed *Editor) moveLane(r *model.Roadmap) *Call {
	if len(r.Lanes) < 2 {
		return nil
	}
	i, j := ed.rng.IntN(len(r.Lanes)), ed.rng.IntN(len(r.Lanes)-1)
	if j >= i {
		j++
	}
	id := r.Lanes[i].ID
	return ed.edit("move lane "+id, func() (*service.Snapshot, error) { return ed.svc.MoveLane(ed.id, id, j) })
}
