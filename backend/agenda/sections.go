package agenda

import (
	"cmp"
	"slices"

	"tandem/backend/model"
)

// Handoff is a cross-lane dependency coming due: From's owner hands over to
// To's owner on Date, the day the predecessor finishes (FS, FF) or starts
// (SS, SF) in the schedule. Handoffs from done efforts are left out.
type Handoff struct {
	From EffortRef  `json:"from"`
	To   EffortRef  `json:"to"`
	Type string     `json:"type"`
	Date model.Date `json:"date"`
}

// handoffs lists the cross-lane handoffs of live efforts due in
// [asOf, asOf+HandoffDays), by date, then from, then to.
func handoffs(v *view, sc scope, asOf model.Date) []Handoff {
	today, err := model.ParseDate(asOf)
	if err != nil {
		return nil
	}
	var out []Handoff
	for i := range v.r.Dependencies {
		d := &v.r.Dependencies[i]
		from, to := v.sched[d.From], v.sched[d.To]
		if from == nil || to == nil || from.Lane == to.Lane || !sc.has(from.Lane, to.Lane) {
			continue
		}
		if e := v.efforts[d.From]; e == nil || e.EffectiveStatus() == model.StatusDone {
			continue
		}
		due := from.End
		if t := d.EffectiveType(); t == model.DepSS || t == model.DepSF {
			due = from.Start
		}
		day, err := model.ParseDate(due)
		if err != nil || day < today || day >= today+HandoffDays {
			continue
		}
		out = append(out, Handoff{From: v.ref(d.From), To: v.ref(d.To), Type: d.EffectiveType(), Date: due})
	}
	slices.SortFunc(out, func(a, b Handoff) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.From.ID, b.From.ID), cmp.Compare(a.To.ID, b.To.ID))
	})
	return out
}

// openConflicts lists the conflicts not accepted, cross-lane ones first,
// then by window start (a declared conflict without one last), then key;
// only the first MaxItems are named (the rest counted in more["open"]).
func openConflicts(v *view, sc scope, more map[string]int) []ConflictItem {
	var open []keyed
	for i := range v.res.Conflicts {
		c := &v.res.Conflicts[i]
		if !c.Accepted && sc.has(c.Lanes[0], c.Lanes[1]) {
			open = append(open, keyed{c.Key(), c})
		}
	}
	slices.SortFunc(open, func(a, b keyed) int {
		if a.c.CrossLane != b.c.CrossLane {
			if a.c.CrossLane {
				return -1
			}
			return 1
		}
		if (a.c.From == "") != (b.c.From == "") {
			if a.c.From == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.c.From, b.c.From), cmp.Compare(a.key, b.key))
	})
	return v.items(capped(open, "open", more))
}

// Integration is the best opportunity (SPEC §3.3) in the agenda's lanes.
type Integration struct {
	Efforts [2]EffortRef `json:"efforts"`
	Via     []string     `json:"via"`
	Score   float64      `json:"score"`
}

// topIntegration returns the highest-ranked opportunity in scope, or nil.
func topIntegration(v *view, sc scope) *Integration {
	for _, o := range v.res.Opportunities { // ranked: highest score first
		if sc.has(o.Lanes[0], o.Lanes[1]) {
			return &Integration{Efforts: [2]EffortRef{v.ref(o.Efforts[0]), v.ref(o.Efforts[1])},
				Via: slices.Clone(o.Via), Score: o.Score}
		}
	}
	return nil
}

// BlockedItem is an effort blocked now, since its last blocked event, and
// the effort (and so the owner and lane) it waits on, when recorded.
type BlockedItem struct {
	Effort    EffortRef  `json:"effort"`
	Since     model.Date `json:"since,omitempty"`
	Days      int        `json:"days"`
	WaitsOn   *EffortRef `json:"waitsOn"`
	CrossLane bool       `json:"crossLane"`
}

// blockedNow lists the efforts whose status is blocked, longest wait first,
// then by id.
func blockedNow(v *view, sc scope, asOf model.Date) []BlockedItem {
	last := map[string]*model.Event{} // the latest blocked event on or before asOf
	for i := range v.r.Events {
		ev := &v.r.Events[i]
		if ev.Status != model.StatusBlocked || ev.Date > asOf {
			continue
		}
		if p := last[ev.Effort]; p == nil || ev.Date >= p.Date {
			last[ev.Effort] = ev
		}
	}
	var out []BlockedItem
	for i := range v.r.Efforts {
		e := &v.r.Efforts[i]
		if e.EffectiveStatus() != model.StatusBlocked || !sc.has(e.Lane) {
			continue
		}
		b := BlockedItem{Effort: v.ref(e.ID)}
		if ev := last[e.ID]; ev != nil {
			b.Since, b.Days = ev.Date, daysBetween(ev.Date, asOf)
			if ev.BlockedBy != "" {
				w := v.ref(ev.BlockedBy)
				b.WaitsOn, b.CrossLane = &w, w.Lane != e.Lane
			}
		}
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b BlockedItem) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(a.Effort.ID, b.Effort.ID))
	})
	return out
}

// nextMeeting returns the ritual's next meeting day on or after asOf: the
// next weekday of a weekly or biweekly ritual (the file does not say which
// week a biweekly one meets: the nearer one), the first such weekday of the
// month for a monthly one, asOf for a daily ritual, one without a weekday,
// or none.
func nextMeeting(r *model.Ritual, asOf model.Date) model.Date {
	today, err := model.ParseDate(asOf)
	if err != nil || r == nil || r.Cadence == model.CadenceDaily {
		return asOf
	}
	wd, ok := model.ParseWeekday(r.Weekday)
	if !ok {
		return asOf
	}
	onOrAfter := func(day int) int { return day + (int(wd)-int(model.Weekday(day))+7)%7 }
	if r.Cadence != model.CadenceMonthly {
		return model.DateFromDays(onOrAfter(today))
	}
	first := onOrAfter(firstOfMonth(today))
	if first < today {
		first = onOrAfter(firstOfMonth(firstOfMonth(today) + 31))
	}
	return model.DateFromDays(first)
}

// firstOfMonth returns the first day of day's month.
func firstOfMonth(day int) int {
	d := model.DateFromDays(day)
	first, _ := model.ParseDate(d[:8] + "01")
	return first
}
