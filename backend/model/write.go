package model

import "io"

// Marshal writes r as a roadmap file (SPEC §2): 2-space indented JSON, known
// keys in struct order (empty optional keys left out), then unknown keys
// sorted by name, a trailing newline. The top-level lists, Decision.Efforts
// and Calendar.Workdays are written as [] when nil. The output depends only on
// r's contents (same roadmap, same bytes), and Parse(Marshal(r)) equals r for
// a parsed r (Parse reads an empty list as nil). Strings are written as
// UTF-8 without HTML escaping. It fails only when an Extra value is not valid
// JSON. It does not validate: a roadmap in progress can be saved.
func (r *Roadmap) Marshal() ([]byte, error) {
	e := encoder{indent: true, buf: make([]byte, 0, sizeHint(r))}
	e.roadmap(r)
	if e.err != nil {
		return nil, e.err
	}
	return append(e.buf, '\n'), nil
}

// Write writes Marshal's output to w.
func (r *Roadmap) Write(w io.Writer) error {
	b, err := r.Marshal()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// WriteCompact writes r to w as MarshalJSON does (compact, one line, no
// newline), streamed: it holds at most about 64 KiB of output at a time,
// however large r is. It returns the first error, MarshalJSON's or w's;
// what it wrote before that stays written.
func (r *Roadmap) WriteCompact(w io.Writer) error {
	e := encoder{w: w, buf: make([]byte, 0, 2*spillAt)}
	e.roadmap(r)
	if e.err == nil && len(e.buf) > 0 {
		_, e.err = w.Write(e.buf)
	}
	return e.err
}

// sizeHint guesses the size of r's file, to allocate the buffer once.
func sizeHint(r *Roadmap) int {
	return 1024 + 400*len(r.Efforts) + 100*(len(r.Lanes)+len(r.Surfaces)+len(r.Metrics)+
		len(r.Dependencies)+len(r.Links)+len(r.Rituals)+len(r.Events)) + 300*len(r.Decisions)
}

// compact runs write in compact mode, for the MarshalJSON methods.
func compact[T any](v *T, write func(*encoder, *T)) ([]byte, error) {
	e := encoder{}
	write(&e, v)
	return e.buf, e.err
}

// MarshalJSON methods let encoding/json (Wails bindings, the HTTP server)
// write the model as the file does, compact, unknown keys included. They
// have value receivers so that values and pointers both use them.

// MarshalJSON writes r compact, as Marshal does indented.
func (r Roadmap) MarshalJSON() ([]byte, error) { return compact(&r, (*encoder).roadmap) }

// MarshalJSON writes c with its unknown keys.
func (c Calendar) MarshalJSON() ([]byte, error) { return compact(&c, (*encoder).calendar) }

// MarshalJSON writes l with its unknown keys.
func (l Lane) MarshalJSON() ([]byte, error) { return compact(&l, (*encoder).lane) }

// MarshalJSON writes s with its unknown keys.
func (s Surface) MarshalJSON() ([]byte, error) { return compact(&s, (*encoder).surface) }

// MarshalJSON writes m with its unknown keys.
func (m Metric) MarshalJSON() ([]byte, error) { return compact(&m, (*encoder).metric) }

// MarshalJSON writes x with its unknown keys.
func (x Effort) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).effort) }

// MarshalJSON writes x with its unknown keys.
func (x Dependency) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).dependency) }

// MarshalJSON writes x with its unknown keys.
func (x Link) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).link) }

// MarshalJSON writes x with its unknown keys.
func (x Decision) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).decision) }

// MarshalJSON writes x with its unknown keys.
func (x Ritual) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).ritual) }

// MarshalJSON writes x with its unknown keys.
func (x Event) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).event) }

// MarshalJSON writes x with its frozen roadmap and unknown keys.
func (x Snapshot) MarshalJSON() ([]byte, error) { return compact(&x, (*encoder).snapshot) }
