package analysis

import (
	"cmp"
	"slices"

	"tandem/backend/model"
)

// finish returns the project's finish date, the last day of the effort that
// ends last (a milestone's own day), and its duration: the project finish
// offset max(ef), counted from the earliest start when an effort starts
// before day 0 (so it is never negative). Without efforts the finish is the
// start and the duration 0.
func finish(x *index, s *schedule) (model.Date, int) {
	last, any := 0, false
	for i := int32(0); int(i) < x.n; i++ {
		if !x.live(i) {
			continue
		}
		d := s.ef[i] - 1
		if x.dur[i] == 0 {
			d = s.es[i]
		}
		if !any || d > last {
			last, any = d, true
		}
	}
	if !any {
		return x.cal.date(0), 0
	}
	return x.cal.date(last), s.finish - s.first
}

// criticalPath returns the critical efforts ordered by es, then id.
func criticalPath(x *index, s *schedule, rank []int32) []string {
	var crit []int32
	for _, i := range s.order {
		if s.critical(x, i) {
			crit = append(crit, i)
		}
	}
	slices.SortFunc(crit, func(p, q int32) int {
		if s.es[p] != s.es[q] {
			return cmp.Compare(s.es[p], s.es[q])
		}
		return int(rank[p] - rank[q])
	})
	out := make([]string, len(crit))
	for k, i := range crit {
		out[k] = x.ids[i]
	}
	return out
}

// scheduleRows returns one row per live effort, in file order, each core
// writing the rows of a range of efforts.
func scheduleRows(x *index, s *schedule) []Scheduled {
	rows := make([]Scheduled, len(s.order))
	parts := chunks(x.n)
	first := make([]int, parts+1) // the first row of each part
	parallel(parts, x.n, func(part, lo, hi int) {
		live := 0
		for i := lo; i < hi; i++ {
			if x.live(int32(i)) {
				live++
			}
		}
		first[part+1] = live
	})
	for p := range parts {
		first[p+1] += first[p]
	}
	parallel(parts, x.n, func(part, lo, hi int) {
		k := first[part]
		for i := int32(lo); int(i) < hi; i++ {
			if !x.live(i) {
				continue
			}
			scheduleRow(&rows[k], x, s, i)
			k++
		}
	})
	return rows
}

// scheduleRow writes the row of live effort i, field by field: a whole
// struct stored while the garbage collector marks goes through a slower
// write barrier.
func scheduleRow(row *Scheduled, x *index, s *schedule, i int32) {
	end := s.ef[i] - 1
	if x.dur[i] == 0 {
		end = s.es[i]
	}
	row.ID, row.Lane = x.ids[i], x.laneIDs[x.lane[i]]
	row.Start, row.End = x.cal.date(s.es[i]), x.cal.date(end)
	row.ES, row.EF, row.LS, row.LF = s.es[i], s.ef[i], s.ls[i], s.lf[i]
	row.Float, row.SlipDays = s.ls[i]-s.es[i], s.slip(x, i)
	row.Critical = s.critical(x, i)
}
