package model

import "slices"

// ValidateEfforts is Validate for a roadmap r that differs from a valid
// roadmap only in the fields other than the id of the efforts at the places
// which (any order, repeats allowed): the same lists, ids and every other
// value. x is r's Index (the valid roadmap's describes r too, the ids being
// the same). Under that precondition it gives Validate's answer, checking
// only those efforts: every other rule holds as it did, since what an
// effort's fields must satisfy involves nothing but the effort, the ids of
// the lanes, surfaces and metrics, and the calendar. O(len(which)), where
// Validate is O(n log n): an edit of one effort of a large roadmap checks
// that effort alone.
func (r *Roadmap) ValidateEfforts(x *Index, which []int) error {
	c := checker{r: r, cal: NewWorkCalendar(r.Calendar), lanes: x.lanes, surfaces: x.surfaces, metrics: x.metrics, efforts: x.efforts}
	which = slices.Clone(which)
	slices.Sort(which)
	for k, i := range which {
		if k > 0 && which[k-1] == i {
			continue
		}
		c.effort(i, &r.Efforts[i])
	}
	if len(c.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: c.problems, Omitted: c.omitted}
}
