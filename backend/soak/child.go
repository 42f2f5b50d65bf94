package soak

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"tandem/backend/service"
	"tandem/backend/store"
)

// The child reports each call on its own line, written in one write after
// the event it reports, so that a line the parent reads is a fact:
//
//	begin KIND NAME       the call is about to be made (it may or may not land)
//	ack KIND DIGEST       the service returned nil: the edit is acknowledged
//	refused KIND DIGEST   the service returned an error; DIGEST is the state after it
//
// A line cut short by the kill has no newline and is not a fact.

// RunChild opens the store in dir, edits roadmap id at random (seed) through
// the service, and reports every call on out, until ops calls are made or
// the process is killed. The store is closed on return.
func RunChild(dir, id string, seed uint64, ops int, out io.Writer) error {
	st, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	ed, err := NewEditor(service.New(st), id, rand.New(rand.NewPCG(seed, seed>>1|1)))
	if err != nil {
		return err
	}
	for range ops {
		c, digest, err := ed.Do(func(c Call) { fmt.Fprintf(out, "begin %s %s\n", c.Kind, strings.ReplaceAll(c.Name, " ", "_")) })
		switch {
		case digest == "":
			return err
		case err != nil:
			fmt.Fprintf(out, "refused %s %s\n", c.Kind, digest)
		default:
			fmt.Fprintf(out, "ack %s %s\n", c.Kind, digest)
		}
	}
	return nil
}

// Line is one parsed line of the child's report.
type Line struct {
	Verb   string // begin, ack, refused
	Kind   Kind
	Digest string // ack and refused
	Name   string // begin
}

// ParseLine reads one complete line of the child's report (without its newline).
func ParseLine(s string) (Line, error) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return Line{}, fmt.Errorf("child wrote %q", s)
	}
	l := Line{Verb: f[0], Kind: Kind(f[1])}
	switch l.Verb {
	case "begin":
		l.Name = f[2]
	case "ack", "refused":
		l.Digest = f[2]
	default:
		return Line{}, fmt.Errorf("child wrote %q", s)
	}
	return l, nil
}
