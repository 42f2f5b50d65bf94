package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

func TestClone(t *testing.T) {
	r := mustParse(t, readFile(t, "full.tandem"))
	before := mustMarshal(t, r)
	c := r.Clone()
	if !reflect.DeepEqual(c, r) {
		t.Fatal("clone differs")
	}

	// Change everything the clone holds by reference.
	c.Name = "changed"
	c.Extra["zz-top"][0] = 'X'
	c.Extra["new"] = json.RawMessage(`1`)
	c.Calendar.Workdays[0] = "sun"
	c.Calendar.Holidays[0] = "2000-01-01"
	c.Calendar.Extra["timezone"] = nil
	c.Lanes[0].Extra["order"][0] = '9'
	c.Surfaces[0].Name = "x"
	c.Metrics[0].Extra["target"] = nil
	e := &c.Efforts[1]
	e.Touches[0].Mode = "x"
	e.Touches = append(e.Touches, Touch{"s", "m"}) // must not spill into a neighbour
	c.Efforts[0].Moves[0].Direction = "x"
	*c.Efforts[1].DurationDays = 99
	c.Efforts[0].Extra["jira"] = nil
	c.Dependencies[0].Extra["why"] = nil
	c.Links[0].Extra["strength"] = nil
	c.Decisions[0].Efforts[0] = "x"
	c.Decisions[0].Extra["meeting"] = nil
	c.Rituals[0].Extra["room"] = nil
	c.Events[0].Extra["source"] = nil

	if after := mustMarshal(t, r); !bytes.Equal(before, after) {
		t.Errorf("changing the clone changed the original")
	}
	if (*Roadmap)(nil).Clone() != nil {
		t.Errorf("Clone of nil")
	}
	empty := &Roadmap{Lanes: []Lane{}}
	if got := empty.Clone(); got.Lanes == nil || got.Efforts != nil {
		t.Errorf("Clone does not keep nil and empty apart: %#v", got)
	}
}

func TestCloneSlabsDoNotSpill(t *testing.T) {
	r := &Roadmap{Efforts: []Effort{
		{ID: "a", Touches: []Touch{{"s1", "changes"}}, DurationDays: ip(1)},
		{ID: "b", Touches: []Touch{{"s2", "relies"}}, DurationDays: ip(2)},
	}}
	c := r.Clone()
	c.Efforts[0].Touches = append(c.Efforts[0].Touches, Touch{"x", "x"})
	*c.Efforts[0].DurationDays = 5
	if c.Efforts[1].Touches[0].Surface != "s2" || *c.Efforts[1].DurationDays != 2 || *r.Efforts[0].DurationDays != 1 {
		t.Errorf("an edit of one effort reached another")
	}
}

func TestNormalize(t *testing.T) {
	r := base(t)
	if r.Efforts[0].EffectiveStatus() != StatusPlanned || r.Dependencies[1].EffectiveType() != DepFS {
		t.Errorf("defaults")
	}
	r.Efforts[1].Status = StatusDone
	r.Normalize()
	if r.Efforts[0].Status != StatusPlanned || r.Efforts[1].Status != StatusDone ||
		r.Dependencies[1].Type != DepFS || r.Dependencies[0].Type != DepFS {
		t.Errorf("Normalize: %+v %+v", r.Efforts, r.Dependencies)
	}
	if err := r.Validate(); err != nil {
		t.Error(err)
	}
	n := New("x")
	if n.Format != Format || n.Version != Version || n.Name != "x" {
		t.Errorf("New: %+v", n)
	}
	if err := n.Validate(); err != nil {
		t.Errorf("New roadmap is invalid: %v", err)
	}
}
