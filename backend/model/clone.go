package model

import "slices"

// Clone returns a deep copy of r: no slice, map, pointer or Extra value is
// shared, so the copy can be edited and validated while r stays as it is.
// The one exception is a snapshot's frozen roadmap, which is immutable by
// contract (Snapshot) and shared by the copy: cloning a roadmap costs the
// same with or without snapshots.
// Nil stays nil and empty stays empty. The efforts' touches, moves and
// durations are copied into a few shared backing arrays (each effort's
// slices have their capacity cut, so appending to one never touches another).
// Clone of nil is nil.
func (r *Roadmap) Clone() *Roadmap {
	if r == nil {
		return nil
	}
	c := *r
	c.Extra = r.Extra.Clone()
	if r.Calendar != nil {
		cal := *r.Calendar
		cal.Workdays = slices.Clone(cal.Workdays)
		cal.Holidays = slices.Clone(cal.Holidays)
		cal.Extra = cal.Extra.Clone()
		c.Calendar = &cal
	}
	c.Lanes = cloneWith(r.Lanes, func(x *Lane) { x.Extra = x.Extra.Clone() })
	c.Surfaces = cloneWith(r.Surfaces, func(x *Surface) { x.Extra = x.Extra.Clone() })
	c.Metrics = cloneWith(r.Metrics, func(x *Metric) { x.Extra = x.Extra.Clone() })
	c.Efforts = cloneEfforts(r.Efforts)
	c.Dependencies = cloneWith(r.Dependencies, func(x *Dependency) { x.Extra = x.Extra.Clone() })
	c.Links = cloneWith(r.Links, func(x *Link) { x.Extra = x.Extra.Clone() })
	c.Decisions = cloneWith(r.Decisions, func(x *Decision) {
		x.Efforts = slices.Clone(x.Efforts)
		x.Removed = slices.Clone(x.Removed)
		if x.Window != nil {
			w := *x.Window
			w.Extra = w.Extra.Clone()
			x.Window = &w
		}
		x.Extra = x.Extra.Clone()
	})
	c.Rituals = cloneWith(r.Rituals, func(x *Ritual) {
		x.Lanes = slices.Clone(x.Lanes)
		x.Extra = x.Extra.Clone()
	})
	c.Events = cloneWith(r.Events, func(x *Event) { x.Extra = x.Extra.Clone() })
	c.Snapshots = cloneWith(r.Snapshots, func(x *Snapshot) { x.Extra = x.Extra.Clone() })
	return &c
}

// Clone returns a copy of x whose values share no bytes with x's.
func (x Extra) Clone() Extra {
	if x == nil {
		return nil
	}
	c := make(Extra, len(x))
	for k, v := range x {
		c[k] = slices.Clone(v)
	}
	return c
}

// cloneWith copies list and then deepens each element with deep.
func cloneWith[T any](list []T, deep func(*T)) []T {
	c := slices.Clone(list)
	for i := range c {
		deep(&c[i])
	}
	return c
}

// cloneEfforts copies efforts, their touches, moves and durations.
func cloneEfforts(list []Effort) []Effort {
	c := slices.Clone(list)
	var nt, nm, nd int
	for i := range list {
		nt += len(list[i].Touches)
		nm += len(list[i].Moves)
		if list[i].DurationDays != nil {
			nd++
		}
	}
	touches := make([]Touch, 0, nt)
	moves := make([]Move, 0, nm)
	durs := make([]int, 0, nd)
	for i := range c {
		e := &c[i]
		if e.Touches != nil {
			n := len(touches)
			touches = append(touches, e.Touches...)
			e.Touches = touches[n:len(touches):len(touches)]
		}
		if e.Moves != nil {
			n := len(moves)
			moves = append(moves, e.Moves...)
			e.Moves = moves[n:len(moves):len(moves)]
		}
		if e.DurationDays != nil {
			durs = append(durs, *e.DurationDays)
			e.DurationDays = &durs[len(durs)-1]
		}
		e.Extra = e.Extra.Clone()
	}
	return c
}
