package model

// effortAt is effort for objectsSplit.
func effortAt(d *decoder, _ int, e *Effort) error { return d.effort(e) }

// effort is the hot path: a large roadmap is mostly efforts.
func (d *decoder) effort(e *Effort) error {
	return d.object("an effort object", func(key []byte) (err error) {
		switch string(key) {
		case "id":
			e.ID, err = d.str()
		case "lane":
			e.Lane, err = d.laneRef()
		case "title":
			e.Title, err = d.str()
		case "start":
			e.Start, err = d.date()
		case "end":
			e.End, err = d.date()
		case "durationDays":
			e.DurationDays, err = d.intPtr()
		case "status":
			e.Status, err = d.sym()
		case "owner":
			e.Owner, err = d.sym()
		case "notes":
			e.Notes, err = d.str()
		case "touches":
			e.Touches, err = d.touchList()
		case "moves":
			e.Moves, err = d.moveList()
		default:
			err = d.extra(&e.Extra, key)
		}
		return err
	})
}

// touchList reads an effort's touches into the shared slab.
func (d *decoder) touchList() ([]Touch, error) {
	buf := d.tbuf
	err := list(d, &d.tbuf, (*decoder).touch)
	if d.tbuf == nil {
		d.tbuf = buf[:0] // list drops an empty array's buffer; keep it for the next
	}
	if err != nil || len(d.tbuf) == 0 {
		return nil, err
	}
	return d.touches.take(d.tbuf), nil
}

// moveList reads an effort's moves into the shared slab.
func (d *decoder) moveList() ([]Move, error) {
	buf := d.mbuf
	err := list(d, &d.mbuf, (*decoder).move)
	if d.mbuf == nil {
		d.mbuf = buf[:0] // list drops an empty array's buffer; keep it for the next
	}
	if err != nil || len(d.mbuf) == 0 {
		return nil, err
	}
	return d.moves.take(d.mbuf), nil
}

func (d *decoder) touch(t *Touch) error {
	return d.object("a touch object", func(key []byte) (err error) {
		switch string(key) {
		case "surface":
			t.Surface, err = d.surfaceRef()
		case "mode":
			t.Mode, err = d.sym()
		default:
			err = d.skipValue()
		}
		return err
	})
}

func (d *decoder) move(m *Move) error {
	return d.object("a move object", func(key []byte) (err error) {
		switch string(key) {
		case "metric":
			m.Metric, err = d.metricRef()
		case "direction":
			m.Direction, err = d.sym()
		default:
			err = d.skipValue()
		}
		return err
	})
}
