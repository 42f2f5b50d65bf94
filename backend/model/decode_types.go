package model

// One decoder per type of the file format. Each reads an object (null leaves
// the value as it is), stores known keys in their fields with one pass over
// the bytes, and keeps every other key in Extra (Touch and Move have no Extra:
// their unknown keys are dropped). A known key with a value of the wrong type
// is a *DecodeError.

func (d *decoder) roadmap(r *Roadmap) error {
	null, err := d.open('{', "a roadmap object")
	if err != nil {
		return err
	}
	if null {
		return d.fail(d.pos-4, "want a roadmap object, got null")
	}
	for n := 0; ; n++ {
		key, ok, err := d.key(n)
		if err != nil || !ok {
			return err
		}
		switch string(key) {
		case "format":
			r.Format, err = d.str()
		case "version":
			r.Version, err = d.intValue()
		case "name":
			r.Name, err = d.str()
		case "start":
			r.Start, err = d.date()
		case "asOf":
			r.AsOf, err = d.date()
		case "calendar":
			err = objectPtr(d, &r.Calendar, (*decoder).calendar)
		case "lanes":
			err = objects(d, &r.Lanes, true, (*decoder).lane)
		case "surfaces":
			err = objects(d, &r.Surfaces, true, (*decoder).surface)
		case "metrics":
			err = objects(d, &r.Metrics, true, (*decoder).metric)
		case "efforts":
			err = objects(d, &r.Efforts, true, (*decoder).effort)
		case "dependencies":
			err = objects(d, &r.Dependencies, false, (*decoder).dependency)
		case "links":
			err = list(d, &r.Links, (*decoder).link)
		case "decisions":
			err = list(d, &r.Decisions, (*decoder).decision)
		case "rituals":
			err = list(d, &r.Rituals, (*decoder).ritual)
		case "events":
			err = list(d, &r.Events, (*decoder).event)
		case "snapshots":
			err = list(d, &r.Snapshots, (*decoder).snapshot)
		default:
			err = d.extra(&r.Extra, key)
		}
		if err != nil {
			return withPath(err, "."+string(key))
		}
	}
}

// objectPtr reads an object into a new T with read and stores it in *p;
// null sets *p to nil.
func objectPtr[T any](d *decoder, p **T, read func(*decoder, *T) error) error {
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == 'n' {
		*p = nil
		return d.literal("null")
	}
	v := new(T)
	if err := read(d, v); err != nil {
		return err
	}
	*p = v
	return nil
}

func (d *decoder) calendar(c *Calendar) error {
	return d.object("a calendar object", func(key []byte) (err error) {
		switch string(key) {
		case "workdays":
			c.Workdays, err = d.strings((*decoder).sym)
		case "holidays":
			c.Holidays, err = d.dates()
		default:
			err = d.extra(&c.Extra, key)
		}
		return err
	})
}

func (d *decoder) lane(l *Lane) error {
	return d.object("a lane object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			l.ID, err = d.id()
		case "name":
			l.Name, err = d.str()
		case "color":
			l.Color, err = d.sym()
		default:
			err = d.extra(&l.Extra, key)
		}
		return err
	})
}

func (d *decoder) surface(s *Surface) error {
	return d.object("a surface object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			s.ID, err = d.id()
		case "name":
			s.Name, err = d.str()
		case "kind":
			s.Kind, err = d.sym()
		default:
			err = d.extra(&s.Extra, key)
		}
		return err
	})
}

func (d *decoder) metric(m *Metric) error {
	return d.object("a metric object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			m.ID, err = d.id()
		case "name":
			m.Name, err = d.str()
		case "unit":
			m.Unit, err = d.sym()
		default:
			err = d.extra(&m.Extra, key)
		}
		return err
	})
}
