// Package scope checks what an export is narrowed to (the lanes and the
// time window of formats.ExportOptions) once for every writer that takes
// them, so that the drawn exports, the web page and the briefing refuse the
// same input with the same words. It imports only the model.
package scope

import (
	"fmt"
	"strings"

	"tandem/backend/model"
)

// Lanes returns the set of lane ids to show: ids (spaces around an id are
// ignored), or every lane of r when ids is empty. An id that is not a lane
// of r is an error naming it and the lanes there are. O(lanes + ids).
func Lanes(r *model.Roadmap, ids []string) (map[string]bool, error) {
	all := make(map[string]bool, len(r.Lanes))
	for _, l := range r.Lanes {
		all[l.ID] = true
	}
	if len(ids) == 0 {
		return all, nil
	}
	shown := make(map[string]bool, len(ids))
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if !all[id] {
			known := make([]string, len(r.Lanes))
			for i, l := range r.Lanes {
				known[i] = l.ID
			}
			return nil, fmt.Errorf("lanes: unknown lane %q (lanes: %s)", id, strings.Join(known, ", "))
		}
		shown[id] = true
	}
	return shown, nil
}

// Window returns the days shown, lo..hi (inclusive day numbers): from and
// to where given, else defLo and defHi. A date that does not parse, or a
// window that ends before it starts, is an error naming it.
func Window(from, to model.Date, defLo, defHi int) (lo, hi int, err error) {
	lo, hi = defLo, defHi
	if from != "" {
		if lo, err = model.ParseDate(from); err != nil {
			return 0, 0, fmt.Errorf("from: %w", err)
		}
	}
	if to != "" {
		if hi, err = model.ParseDate(to); err != nil {
			return 0, 0, fmt.Errorf("to: %w", err)
		}
	}
	if hi < lo {
		return 0, 0, fmt.Errorf("window: to %s is before from %s", model.DateFromDays(hi), model.DateFromDays(lo))
	}
	return lo, hi, nil
}
