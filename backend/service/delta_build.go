package service

import (
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// snapshotPatch returns the Patch that turns the snapshot of prev into the
// one of next (both analysed and laid out; infos are their SnapshotInfos),
// or nil when a patch cannot say it (the roadmap's own fields changed: its
// name, dates, calendar or unknown keys), in which case the whole snapshot
// is sent. It compares values, never JSON; when next.rowsFrom was made
// against prev, only what it does not say is the same.
func snapshotPatch(prev, next *opened, prevInfos, nextInfos []SnapshotInfo) *Patch {
	// The analysis's lists on one core, the rest on the other.
	analysisDone := make(chan *Patch, 1)
	from := next.rowsFrom
	if from != nil && from.base != prev.res {
		from = nil
	}
	go func() { analysisDone <- analysisPatch(prev.res, next.res, from) }()
	rm, ok := roadmapPatch(prev.r, next.r, from)
	lp := layoutPatch(prev.lay, next.lay)
	ap := <-analysisDone
	if !ok {
		return nil
	}
	p := &Patch{}
	p.part("roadmap", rm)
	p.part("analysis", ap)
	p.part("layout", lp)
	p.list("snapshots", diffList(prevInfos, nextInfos, func(x *SnapshotInfo) string { return x.ID }, sameSnapshotInfo))
	return p
}

// roadmapPatch patches the roadmap's lists (written as [] when nil, so never
// set whole); ok is false when a field outside them changed. from, when
// not nil, may say that only some efforts changed (rowsFrom.edited).
func roadmapPatch(a, b *model.Roadmap, from *rowsFrom) (p *Patch, ok bool) {
	if a.Format != b.Format || a.Version != b.Version || a.Name != b.Name || a.Start != b.Start || a.AsOf != b.AsOf ||
		!sameDeep(a.Calendar, b.Calendar) || !sameExtra(a.Extra, b.Extra) {
		return nil, false
	}
	p = &Patch{}
	if from != nil && from.edited != nil && len(a.Efforts) == len(b.Efforts) {
		p.list("efforts", diffListFrom(a.Efforts, b.Efforts, effortsFrom(len(b.Efforts), from.edited), sameEffort))
		return p, true
	}
	p.list("lanes", diffList(a.Lanes, b.Lanes, func(x *model.Lane) string { return x.ID }, sameDeep))
	p.list("surfaces", diffList(a.Surfaces, b.Surfaces, func(x *model.Surface) string { return x.ID }, sameDeep))
	p.list("metrics", diffList(a.Metrics, b.Metrics, func(x *model.Metric) string { return x.ID }, sameDeep))
	p.list("efforts", diffList(a.Efforts, b.Efforts, func(x *model.Effort) string { return x.ID }, sameEffort))
	p.list("dependencies", diffList(a.Dependencies, b.Dependencies,
		func(x *model.Dependency) [2]string { return [2]string{x.From, x.To} }, sameDependency))
	p.list("links", diffList(a.Links, b.Links, func(x *model.Link) [3]string { return [3]string{x.A, x.B, x.Kind} }, sameDeep))
	p.list("decisions", diffList(a.Decisions, b.Decisions, func(x *model.Decision) string { return x.ID }, sameDeep))
	p.list("rituals", diffList(a.Rituals, b.Rituals, func(x *model.Ritual) string { return x.ID }, sameDeep))
	p.list("events", diffList(a.Events, b.Events,
		func(x *model.Event) [3]string { return [3]string{x.Effort, string(x.Date), x.Status} }, sameEvent))
	return p, true
}

// analysisPatch patches analysis.Result field by field. from, when not nil
// (made against a), tells where b's rows are in a (the delta is the
// same, made comparing only the rows it does not say are the same).
func analysisPatch(a, b *analysis.Result, from *rowsFrom) *Patch {
	var f rowsFrom // every list unknown when from is nil
	if from != nil {
		f = *from
	}
	p := &Patch{}
	if a.Start != b.Start {
		p.set("start", b.Start)
	}
	if a.Finish != b.Finish {
		p.set("finish", b.Finish)
	}
	if a.DurationDays != b.DurationDays {
		p.set("durationDays", b.DurationDays)
	}
	if a.Coordination != b.Coordination {
		p.set("coordination", b.Coordination)
	}
	diffNullable(p, "critical", a.Critical, b.Critical, func(x *string) string { return *x }, sameEqual)
	diffNullableFrom(p, "schedule", a.Schedule, b.Schedule, f.schedule, func(x *analysis.Scheduled) string { return x.ID }, sameEqual)
	diffNullableFrom(p, "conflicts", a.Conflicts, b.Conflicts, f.conflicts, conflictKey, sameEqual)
	diffNullableFrom(p, "reinforcing", a.Reinforcing, b.Reinforcing, f.reinforcing, func(x *analysis.Reinforcing) [2]string { return x.Efforts }, sameReinforcing)
	diffNullable(p, "flywheels", a.Flywheels, b.Flywheels, func(x *[]string) string { return strings.Join(*x, "+") }, sameFlywheel)
	diffNullableFrom(p, "opportunities", a.Opportunities, b.Opportunities, f.opportunities, func(x *analysis.Opportunity) [2]string { return x.Efforts }, sameOpportunity)
	diffNullable(p, "sharedMetrics", a.SharedMetrics, b.SharedMetrics, func(x *analysis.SharedMetric) string { return x.Metric }, sameSharedMetric)
	return p
}

// layoutPatch patches the lane packing: lanes as a list, rows key by key.
func layoutPatch(a, b *layout.Layout) *Patch {
	p := &Patch{}
	diffNullable(p, "lanes", a.Lanes, b.Lanes, func(x *layout.Lane) string { return x.ID }, sameEqual)
	if (a.Rows == nil) != (b.Rows == nil) {
		p.set("rows", b.Rows)
	} else if mp := diffRows(a.Rows, b.Rows); mp != nil {
		p.Maps = map[string]*MapPatch{"rows": mp}
	}
	return p
}

// conflictKey is what tells one conflict from another (Conflict.Key without
// building a string).
func conflictKey(c *analysis.Conflict) [5]string {
	return [5]string{c.Kind, c.Efforts[0], c.Efforts[1], c.Surface, c.Metric}
}
