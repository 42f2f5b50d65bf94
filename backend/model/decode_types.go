package model

// One decoder per type of the file format. Each reads an object (null leaves
// the value as it is), stores known keys in their fields with one pass over
// the bytes, and keeps every other key in Extra (Touch and Move have no Extra:
// their unknown keys are dropped). A known key with a value of the wrong type
// is a *DecodeError.

func (d *decoder) roadmap(r *Roadmap) error {
	_, err := d.indexedRoadmap(r)
	return err
}

// indexedRoadmap reads a roadmap into r and returns its Index. A roadmap
// inside this one (a snapshot's) has an index of its own.
func (d *decoder) indexedRoadmap(r *Roadmap) (*Index, error) {
	null, err := d.open('{', "a roadmap object")
	if err != nil {
		return nil, err
	}
	if null {
		return nil, d.fail(d.pos-4, "want a roadmap object, got null")
	}
	outer := d.ix
	defer func() { d.ix = outer }()
	ix := &readIndex{}
	d.ix = ix
	for n := 0; ; n++ {
		key, ok, err := d.key(n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return ix.finish(r), nil
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
			ix.listAfterEfforts()
			if err = objects(d, &r.Lanes, (*decoder).lane); err == nil {
				ix.lanes = indexOwnIDs(len(r.Lanes), func(i int) *string { return &r.Lanes[i].ID })
			}
		case "surfaces":
			ix.listAfterEfforts()
			if err = objects(d, &r.Surfaces, (*decoder).surface); err == nil {
				ix.surfaces = indexOwnIDs(len(r.Surfaces), func(i int) *string { return &r.Surfaces[i].ID })
			}
		case "metrics":
			ix.listAfterEfforts()
			if err = objects(d, &r.Metrics, (*decoder).metric); err == nil {
				ix.metrics = indexOwnIDs(len(r.Metrics), func(i int) *string { return &r.Metrics[i].ID })
			}
		case "efforts":
			if err = objectsSplit(d, &r.Efforts, nil, effortAt); err == nil {
				ix.efforts = indexOwnIDs(len(r.Efforts), func(i int) *string { return &r.Efforts[i].ID })
				ix.relook = ix.relook || ix.ends != nil
			}
		case "dependencies":
			err = d.dependencies(&r.Dependencies)
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
			return nil, withPath(err, "."+string(key))
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
			l.ID, err = d.str()
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
			s.ID, err = d.str()
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
			m.ID, err = d.str()
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
