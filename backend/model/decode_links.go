package model

// Decoders of the lists that join efforts: dependencies, links, decisions,
// rituals and events (see decode_types.go for the rules).

// dependencies reads the list of dependencies and keeps their ends (the
// places of their efforts) in d.ix. The ends are looked up in batches
// (refLater).
func (d *decoder) dependencies(out *[]Dependency) error {
	var ends [][2]int32
	sized := func(n int) { ends = make([][2]int32, n) }
	err := objectsSplit(d, out, sized, func(d *decoder, k int, x *Dependency) error {
		if k == len(ends) { // more than counted: only one decoder is reading
			d.flushRefs() // what it noted points into ends (else finish looks those up again)
			ends = append(ends, [2]int32{})
		}
		return d.dependencyAt(x, &ends[k])
	})
	d.ix.ends = ends[:len(*out)]
	return err
}

// dependency reads a dependency, and the places of its ends in d.ends (see
// ref).
func (d *decoder) dependency(x *Dependency) error {
	err := d.dependencyAt(x, &d.ends)
	d.flushRefs()
	return err
}

// dependencyAt reads a dependency, and the places of its ends in *ends;
// its ends may be looked up later (refLater): the caller flushes them.
func (d *decoder) dependencyAt(x *Dependency, ends *[2]int32) error {
	*ends = [2]int32{endLater, endLater}
	efforts := d.ix.effortIDs()
	return d.object("a dependency object", func(key []byte) (err error) {
		switch string(key) {
		case "from":
			err = d.refLater(efforts, &x.From, &ends[0])
		case "to":
			err = d.refLater(efforts, &x.To, &ends[1])
		case "type":
			x.Type, err = d.sym()
		case "lagDays":
			x.LagDays, err = d.intValue()
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}

func (d *decoder) link(x *Link) error {
	return d.object("a link object", func(key []byte) (err error) {
		switch string(key) {
		case "a":
			x.A, err = d.effortRef()
		case "b":
			x.B, err = d.effortRef()
		case "kind":
			x.Kind, err = d.sym()
		case "note":
			x.Note, err = d.str()
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}

func (d *decoder) decision(x *Decision) error {
	return d.object("a decision object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			x.ID, err = d.str()
		case "date":
			x.Date, err = d.date()
		case "kind":
			x.Kind, err = d.sym()
		case "efforts":
			x.Efforts, err = d.strings((*decoder).effortRef)
		case "title":
			x.Title, err = d.str()
		case "rationale":
			x.Rationale, err = d.str()
		case "by":
			x.By, err = d.sym()
		case "supersedes":
			x.Supersedes, err = d.str()
		case "conflict":
			x.Conflict, err = d.str()
		case "window":
			err = objectPtr(d, &x.Window, (*decoder).window)
		case "removed":
			x.Removed, err = d.strings((*decoder).str)
		case "revisit":
			x.Revisit, err = d.date()
		case "reason":
			x.Reason, err = d.sym()
		case "trigger":
			x.Trigger, err = d.str()
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}

func (d *decoder) window(w *ConflictWindow) error {
	return d.object("a conflict window object", func(key []byte) (err error) {
		switch string(key) {
		case "severity":
			w.Severity, err = d.sym()
		case "from":
			w.From, err = d.date()
		case "to":
			w.To, err = d.date()
		case "days":
			w.Days, err = d.intValue()
		default:
			err = d.extra(&w.Extra, key)
		}
		return err
	})
}

func (d *decoder) ritual(x *Ritual) error {
	return d.object("a ritual object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			x.ID, err = d.str()
		case "name":
			x.Name, err = d.str()
		case "cadence":
			x.Cadence, err = d.sym()
		case "weekday":
			x.Weekday, err = d.sym()
		case "lanes":
			x.Lanes, err = d.strings((*decoder).sym)
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}

func (d *decoder) event(x *Event) error {
	return d.object("an event object", func(key []byte) (err error) {
		switch string(key) {
		case "effort":
			x.Effort, err = d.sym()
		case "date":
			x.Date, err = d.date()
		case "status":
			x.Status, err = d.sym()
		case "blockedBy":
			x.BlockedBy, err = d.sym()
		default:
			err = d.extra(&x.Extra, key)
		}
		return err
	})
}
