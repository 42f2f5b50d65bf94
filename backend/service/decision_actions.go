package service

import (
	"fmt"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// The actions of sequence, reschedule, accept and the record-only kinds
// (see DecisionRequest).

func sequence(d *decision) error {
	c, err := d.needConflict()
	if err != nil {
		return err
	}
	if c.Kind == analysis.KindSequence {
		return invalidf("%s and %s are already sequenced by a dependency that the plan breaks: reschedule one instead", c.Efforts[0], c.Efforts[1])
	}
	first, err := d.pick(c, d.req.Effort, defaultFirst(d.ed.r, d.before, c))
	if err != nil {
		return err
	}
	second := other(c, first)
	for _, dep := range d.ed.r.Dependencies {
		if dep.From == first && dep.To == second || dep.From == second && dep.To == first {
			return invalidf("a dependency %s -> %s already joins them", dep.From, dep.To)
		}
	}
	if err := dependencies.add(d.ed, model.Dependency{From: first, To: second, Type: model.DepFS}); err != nil {
		return err
	}
	d.changes = append(d.changes, fmt.Sprintf("adds the dependency %s -> %s: the second starts after the first finishes",
		d.title(first), d.title(second)))
	if start, ok := startAfter(scheduled(d.before, first)); ok {
		i := find(d.ed.r.Efforts, second, efforts.key)
		if e := &d.ed.r.Efforts[i]; e.Start != "" && e.Start < start {
			d.changes = append(d.changes, d.title(second)+": "+moveEffort(d.ed, i, start, scheduled(d.before, second)))
		}
	}
	d.rec.Efforts = []string{first, second}
	d.defaultTitle(fmt.Sprintf("%s before %s", d.title(first), d.title(second)))
	return nil
}

func reschedule(d *decision) error {
	c, err := d.needConflict()
	if err != nil {
		return err
	}
	if c.Days == 0 {
		return invalidf("%s and %s do not overlap in time: there is nothing to move past", c.Efforts[0], c.Efforts[1])
	}
	mover, err := d.pick(c, d.req.Effort, "")
	if err != nil {
		return err
	}
	var start model.Date
	if c.Kind == analysis.KindSequence {
		// the successor moves to the first day its dependency allows
		if !hasDependency(d.ed.r, other(c, mover), mover) {
			return invalidf("%s comes first: reschedule %s, which the dependency holds back", mover, other(c, mover))
		}
		start = scheduled(d.before, mover).Start
	} else if s, ok := startAfter(scheduled(d.before, other(c, mover))); ok {
		start = s
	}
	if start == "" {
		return invalidf("%s has no scheduled dates to move past", other(c, mover))
	}
	i := find(d.ed.r.Efforts, mover, efforts.key)
	d.changes = append(d.changes, d.title(mover)+": "+moveEffort(d.ed, i, start, scheduled(d.before, mover)))
	d.defaultTitle(fmt.Sprintf("Move %s past %s", d.title(mover), d.title(other(c, mover))))
	return nil
}

func accept(d *decision) error {
	c, err := d.needConflict()
	if err != nil {
		return err
	}
	if err := d.require(d.rec.Rationale, "a rationale"); err != nil {
		return err
	}
	d.rec.Window = windowOf(c)
	d.changes = append(d.changes, fmt.Sprintf("keeps %s and %s as they are: the conflict is accepted until its window or severity changes",
		d.title(c.Efforts[0]), d.title(c.Efforts[1])))
	d.defaultTitle(fmt.Sprintf("Accept %s and %s together", d.title(c.Efforts[0]), d.title(c.Efforts[1])))
	return nil
}

// recordOnly records an integrate or other decision without acting.
func recordOnly(d *decision) error {
	if len(d.req.Efforts) > 0 {
		d.rec.Efforts = append([]string(nil), d.req.Efforts...)
	}
	if d.rec.Efforts == nil {
		d.rec.Efforts = []string{}
	}
	return d.require(d.rec.Title, "a title")
}

// windowOf returns what a decision records of conflict c.
func windowOf(c *analysis.Conflict) *model.ConflictWindow {
	return &model.ConflictWindow{Severity: c.Severity, From: c.From, To: c.To, Days: c.Days}
}

// needConflict returns the conflict the request names, or an error.
func (d *decision) needConflict() (*analysis.Conflict, error) {
	if d.conflict == nil {
		return nil, invalidf("a %s decision names the conflict it decides", d.rec.Kind)
	}
	return d.conflict, nil
}

// pick returns id, or def when id is empty, which must be one of c's efforts.
func (d *decision) pick(c *analysis.Conflict, id, def string) (string, error) {
	if id == "" {
		id = def
	}
	if id == "" {
		return "", invalidf("say which effort of %s and %s to %s", c.Efforts[0], c.Efforts[1], d.rec.Kind)
	}
	if id != c.Efforts[0] && id != c.Efforts[1] {
		return "", invalidf("%q is not one of the conflict's efforts (%s, %s)", id, c.Efforts[0], c.Efforts[1])
	}
	return id, nil
}

// defaultTitle sets the record's title when the request gave none.
func (d *decision) defaultTitle(t string) {
	if d.rec.Title == "" {
		d.rec.Title = t
	}
}

// title returns the title of effort id (its id when it has none).
func (d *decision) title(id string) string {
	if i := find(d.ed.r.Efforts, id, efforts.key); i >= 0 && d.ed.r.Efforts[i].Title != "" {
		return d.ed.r.Efforts[i].Title
	}
	return id
}

// other returns the effort of c that is not id.
func other(c *analysis.Conflict, id string) string {
	if c.Efforts[0] == id {
		return c.Efforts[1]
	}
	return c.Efforts[0]
}

// defaultFirst is the effort a sequence puts first: the one that changes
// the surface of a disruption, else the one scheduled to start first (ties:
// the smaller id).
func defaultFirst(r *model.Roadmap, res *analysis.Result, c *analysis.Conflict) string {
	if c.Kind == analysis.KindSurface && c.Severity == analysis.SeverityDisruption {
		for _, id := range c.Efforts {
			if i := find(r.Efforts, id, efforts.key); i >= 0 && touchMode(&r.Efforts[i], c.Surface) == model.ModeChanges {
				return id
			}
		}
	}
	a, b := scheduled(res, c.Efforts[0]), scheduled(res, c.Efforts[1])
	if a != nil && b != nil && b.ES < a.ES {
		return c.Efforts[1]
	}
	return c.Efforts[0]
}

// touchMode returns how e touches surface ("" when it does not).
func touchMode(e *model.Effort, surface string) string {
	mode := ""
	for _, t := range e.Touches {
		if t.Surface == surface && mode != model.ModeChanges {
			mode = t.Mode
		}
	}
	return mode
}

// hasDependency reports whether a dependency from -> to exists.
func hasDependency(r *model.Roadmap, from, to string) bool {
	for _, dep := range r.Dependencies {
		if dep.From == from && dep.To == to {
			return true
		}
	}
	return false
}

// scheduled returns effort id's row of res.Schedule, or nil.
func scheduled(res *analysis.Result, id string) *analysis.Scheduled {
	for i := range res.Schedule {
		if res.Schedule[i].ID == id {
			return &res.Schedule[i]
		}
	}
	return nil
}
