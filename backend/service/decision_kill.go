package service

import (
	"cmp"
	"fmt"
	"slices"

	"tandem/backend/model"
)

// kill stops an effort: its status becomes killed, with a status event, so
// that it leaves the timeline and every analysis.
func kill(d *decision) error {
	i, err := d.effort()
	if err != nil {
		return err
	}
	e := d.ed.r.Efforts[i]
	if e.Status == model.StatusKilled {
		return invalidf("%s is already killed", e.ID)
	}
	for _, f := range []struct{ v, what string }{{d.rec.Rationale, "a rationale"}, {d.rec.By, "who decided"}, {d.req.Reason, "a reason"}} {
		if err := d.require(f.v, f.what); err != nil {
			return err
		}
	}
	if d.req.Reason != "" && !slices.Contains(killReasons, d.req.Reason) {
		return invalidf("unknown kill reason %q (want wrong-time, conflict, strategy or evidence)", d.req.Reason)
	}
	d.rec.Reason = d.req.Reason
	if err := d.setStatus(i, model.StatusKilled, ""); err != nil {
		return err
	}
	d.changes = append(d.changes, fmt.Sprintf("stops %s: it leaves the timeline and every analysis", d.title(e.ID)))
	d.defaultTitle("Kill " + d.title(e.ID))
	return nil
}

// revive brings a killed effort back to the status it had before its kill
// (from its events; planned when they do not tell).
func revive(d *decision) error {
	i, err := d.effort()
	if err != nil {
		return err
	}
	e := d.ed.r.Efforts[i]
	if e.Status != model.StatusKilled {
		return invalidf("%s is not killed", e.ID)
	}
	if err := d.require(d.rec.Rationale, "a rationale (why revive it)"); err != nil {
		return err
	}
	status, blockedBy := statusBeforeKill(d.ed.r, e.ID)
	if err := d.setStatus(i, status, blockedBy); err != nil {
		return err
	}
	d.changes = append(d.changes, fmt.Sprintf("brings %s back as %s: it returns to the timeline and the analyses", d.title(e.ID), status))
	d.defaultTitle("Revive " + d.title(e.ID))
	return nil
}

var killReasons = []string{model.ReasonWrongTime, model.ReasonConflict, model.ReasonStrategy, model.ReasonEvidence}

// effort returns the index of the request's effort and makes it the
// record's one effort.
func (d *decision) effort() (int, error) {
	if d.req.Effort == "" {
		return 0, invalidf("a %s decision names its effort", d.rec.Kind)
	}
	i := find(d.ed.r.Efforts, d.req.Effort, efforts.key)
	if i < 0 {
		return 0, notFoundf("no effort %q", d.req.Effort)
	}
	d.rec.Efforts = []string{d.req.Effort}
	return i, nil
}

// setStatus sets effort i's status and records the status event dated like
// the decision (once: the same event on the same day is not repeated).
func (d *decision) setStatus(i int, status, blockedBy string) error {
	e := d.ed.r.Efforts[i]
	e.Status = status
	if err := efforts.update(d.ed, e, nil); err != nil {
		return err
	}
	ev := model.Event{Effort: e.ID, Date: d.rec.Date, Status: status, BlockedBy: blockedBy}
	if find(d.ed.r.Events, events.key(&ev), events.key) >= 0 {
		return nil
	}
	return events.add(d.ed, ev)
}

// statusBeforeKill returns the status effort id had before its latest
// kill, from its events in date order (planned when no event tells), and
// the blocker when that status is blocked.
func statusBeforeKill(r *model.Roadmap, id string) (status, blockedBy string) {
	var own []model.Event
	for _, ev := range r.Events {
		if ev.Effort == id {
			own = append(own, ev)
		}
	}
	slices.SortStableFunc(own, func(a, b model.Event) int { return cmp.Compare(a.Date, b.Date) })
	k := -1
	for j := range own {
		if own[j].Status == model.StatusKilled {
			k = j
		}
	}
	for j := k - 1; j >= 0; j-- {
		if own[j].Status != model.StatusKilled {
			return own[j].Status, own[j].BlockedBy
		}
	}
	return model.StatusPlanned, ""
}
