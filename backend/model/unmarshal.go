package model

// UnmarshalJSON methods let encoding/json (Wails bindings, the HTTP server)
// decode the model with the same rules as Parse: unknown keys kept in Extra,
// exact key names, errors with line and column (relative to the value given).
// Each replaces the receiver with the decoded value; on an error or a null
// the receiver is left as it is.

// into decodes data with read and stores the result in *p.
func into[T any](p *T, data []byte, read func(*decoder, *T) error) error {
	if isNull(data) {
		return nil
	}
	var v T
	if err := unmarshal(data, func(d *decoder) error { return read(d, &v) }); err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalJSON decodes a whole roadmap object; it does not validate.
func (r *Roadmap) UnmarshalJSON(data []byte) error { return into(r, data, (*decoder).roadmap) }

// UnmarshalJSON decodes a calendar object.
func (c *Calendar) UnmarshalJSON(data []byte) error { return into(c, data, (*decoder).calendar) }

// UnmarshalJSON decodes a lane object.
func (l *Lane) UnmarshalJSON(data []byte) error { return into(l, data, (*decoder).lane) }

// UnmarshalJSON decodes a surface object.
func (s *Surface) UnmarshalJSON(data []byte) error { return into(s, data, (*decoder).surface) }

// UnmarshalJSON decodes a metric object.
func (m *Metric) UnmarshalJSON(data []byte) error { return into(m, data, (*decoder).metric) }

// UnmarshalJSON decodes an effort object.
func (e *Effort) UnmarshalJSON(data []byte) error { return into(e, data, (*decoder).effort) }

// UnmarshalJSON decodes a touch object (unknown keys are dropped).
func (t *Touch) UnmarshalJSON(data []byte) error { return into(t, data, (*decoder).touch) }

// UnmarshalJSON decodes a move object (unknown keys are dropped).
func (m *Move) UnmarshalJSON(data []byte) error { return into(m, data, (*decoder).move) }

// UnmarshalJSON decodes a dependency object.
func (x *Dependency) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).dependency) }

// UnmarshalJSON decodes a link object.
func (x *Link) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).link) }

// UnmarshalJSON decodes a decision object.
func (x *Decision) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).decision) }

// UnmarshalJSON decodes a ritual object.
func (x *Ritual) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).ritual) }

// UnmarshalJSON decodes an event object.
func (x *Event) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).event) }

// UnmarshalJSON decodes a snapshot object with its frozen roadmap.
func (x *Snapshot) UnmarshalJSON(data []byte) error { return into(x, data, (*decoder).snapshot) }
