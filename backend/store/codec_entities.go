package store

import "tandem/backend/model"

// Per-type field order of the stored encoding. TestCodecCoversModelFields
// fails when a model type gains a field that is not listed here.

func encLane(e *encoder, v *model.Lane) {
	e.str(v.ID)
	e.str(v.Name)
	e.str(v.Color)
	e.extra(v.Extra)
}

func decLane(d *decoder) (v model.Lane) {
	v.ID, v.Name, v.Color = d.str(), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

func encSurface(e *encoder, v *model.Surface) {
	e.str(v.ID)
	e.str(v.Name)
	e.str(v.Kind)
	e.extra(v.Extra)
}

func decSurface(d *decoder) (v model.Surface) {
	v.ID, v.Name, v.Kind = d.str(), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

func encMetric(e *encoder, v *model.Metric) {
	e.str(v.ID)
	e.str(v.Name)
	e.str(v.Unit)
	e.extra(v.Extra)
}

func decMetric(d *decoder) (v model.Metric) {
	v.ID, v.Name, v.Unit = d.str(), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

func encEffort(e *encoder, v *model.Effort) {
	e.str(v.ID)
	e.str(v.Lane)
	e.str(v.Title)
	e.str(string(v.Start))
	e.str(string(v.End))
	e.bool(v.DurationDays != nil)
	if v.DurationDays != nil {
		e.varint(int64(*v.DurationDays))
	}
	e.str(v.Status)
	e.str(v.Owner)
	e.str(v.Notes)
	e.count(len(v.Touches), v.Touches == nil)
	for _, t := range v.Touches {
		e.str(t.Surface)
		e.str(t.Mode)
	}
	e.count(len(v.Moves), v.Moves == nil)
	for _, m := range v.Moves {
		e.str(m.Metric)
		e.str(m.Direction)
	}
	e.extra(v.Extra)
}

func decEffort(d *decoder) (v model.Effort) {
	v.ID, v.Lane, v.Title = d.str(), d.str(), d.str()
	v.Start, v.End = model.Date(d.str()), model.Date(d.str())
	if d.bool() {
		n := d.int()
		v.DurationDays = &n
	}
	v.Status, v.Owner, v.Notes = d.str(), d.str(), d.str()
	if n, isNil := d.count(); !isNil {
		v.Touches = make([]model.Touch, n)
		for i := range v.Touches {
			v.Touches[i] = model.Touch{Surface: d.str(), Mode: d.str()}
		}
	}
	if n, isNil := d.count(); !isNil {
		v.Moves = make([]model.Move, n)
		for i := range v.Moves {
			v.Moves[i] = model.Move{Metric: d.str(), Direction: d.str()}
		}
	}
	v.Extra = d.extra()
	return v
}

func encDependency(e *encoder, v *model.Dependency) {
	e.str(v.From)
	e.str(v.To)
	e.str(v.Type)
	e.varint(int64(v.LagDays))
	e.extra(v.Extra)
}

func decDependency(d *decoder) (v model.Dependency) {
	v.From, v.To, v.Type = d.str(), d.str(), d.str()
	v.LagDays = d.int()
	v.Extra = d.extra()
	return v
}

func encLink(e *encoder, v *model.Link) {
	e.str(v.A)
	e.str(v.B)
	e.str(v.Kind)
	e.str(v.Note)
	e.extra(v.Extra)
}

func decLink(d *decoder) (v model.Link) {
	v.A, v.B, v.Kind, v.Note = d.str(), d.str(), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

// A decision is stored as its schema-1 fields (up to Extra) followed by the
// fields schema 2 added (encDecisionTail), so that migrating a schema-1
// value appends the tail of a decision without them (migrate_decisions.go).

func encDecision(e *encoder, v *model.Decision) {
	e.str(v.ID)
	e.str(string(v.Date))
	e.str(v.Kind)
	e.strs(v.Efforts)
	e.str(v.Title)
	e.str(v.Rationale)
	e.str(v.By)
	e.extra(v.Extra)
	encDecisionTail(e, v)
}

func encDecisionTail(e *encoder, v *model.Decision) {
	e.str(v.Supersedes)
	e.str(v.Conflict)
	e.bool(v.Window != nil)
	if w := v.Window; w != nil {
		e.str(w.Severity)
		e.str(string(w.From))
		e.str(string(w.To))
		e.varint(int64(w.Days))
		e.extra(w.Extra)
	}
	e.strs(v.Removed)
	e.str(string(v.Revisit))
	e.str(v.Reason)
	e.str(v.Trigger)
}

func decDecision(d *decoder) (v model.Decision) {
	v = decDecisionV1(d)
	v.Supersedes, v.Conflict = d.str(), d.str()
	if d.bool() {
		w := &model.ConflictWindow{Severity: d.str(), From: model.Date(d.str()), To: model.Date(d.str())}
		w.Days = d.int()
		w.Extra = d.extra()
		v.Window = w
	}
	v.Removed = d.strs()
	v.Revisit, v.Reason, v.Trigger = model.Date(d.str()), d.str(), d.str()
	return v
}

// decDecisionV1 reads the fields a decision had in schema 1.
func decDecisionV1(d *decoder) (v model.Decision) {
	v.ID, v.Date, v.Kind = d.str(), model.Date(d.str()), d.str()
	v.Efforts = d.strs()
	v.Title, v.Rationale, v.By = d.str(), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

func encRitual(e *encoder, v *model.Ritual) {
	e.str(v.ID)
	e.str(v.Name)
	e.str(v.Cadence)
	e.str(v.Weekday)
	e.strs(v.Lanes) // since schema 2 (migrateRitualLanes)
	e.extra(v.Extra)
}

func decRitual(d *decoder) (v model.Ritual) {
	v.ID, v.Name, v.Cadence, v.Weekday = d.str(), d.str(), d.str(), d.str()
	v.Lanes = d.strs()
	v.Extra = d.extra()
	return v
}

func encEvent(e *encoder, v *model.Event) {
	e.str(v.Effort)
	e.str(string(v.Date))
	e.str(v.Status)
	e.str(v.BlockedBy)
	e.extra(v.Extra)
}

func decEvent(d *decoder) (v model.Event) {
	v.Effort, v.Date, v.Status, v.BlockedBy = d.str(), model.Date(d.str()), d.str(), d.str()
	v.Extra = d.extra()
	return v
}

// encMeta writes the roadmap's header fields; its lists are not part of it.
func encMeta(e *encoder, v *model.Roadmap) {
	e.str(v.Format)
	e.varint(int64(v.Version))
	e.str(v.Name)
	e.str(string(v.Start))
	e.str(string(v.AsOf))
	e.bool(v.Calendar != nil)
	if c := v.Calendar; c != nil {
		e.strs(c.Workdays)
		e.dates(c.Holidays)
		e.extra(c.Extra)
	}
	e.extra(v.Extra)
}

// decMeta reads the header fields into r, leaving its lists alone.
func decMeta(d *decoder, r *model.Roadmap) {
	r.Format = d.str()
	r.Version = d.int()
	r.Name = d.str()
	r.Start, r.AsOf = model.Date(d.str()), model.Date(d.str())
	r.Calendar = nil
	if d.bool() {
		c := &model.Calendar{Workdays: d.strs(), Holidays: d.dates()}
		c.Extra = d.extra()
		r.Calendar = c
	}
	r.Extra = d.extra()
}
