package formats

import (
	"slices"

	"tandem/backend/model"
)

// decisionIndex finds the decisions a briefing cites: the accept decision
// of an accepted conflict and the kill decision of a killed effort.
type decisionIndex struct {
	r      *model.Roadmap
	accept map[string][]int // effort id -> indexes of the accept decisions naming it
	kill   map[string][]int // effort id -> indexes of the kill decisions naming it
}

// indexDecisions indexes r's accept and kill decisions by effort. It runs
// in O(the efforts those decisions name).
func indexDecisions(r *model.Roadmap) *decisionIndex {
	x := &decisionIndex{r: r, accept: map[string][]int{}, kill: map[string][]int{}}
	for i := range r.Decisions {
		d := &r.Decisions[i]
		var by map[string][]int
		switch d.Kind {
		case model.DecisionAccept:
			by = x.accept
		case model.DecisionKill:
			by = x.kill
		default:
			continue
		}
		for _, id := range d.Efforts {
			by[id] = append(by[id], i)
		}
	}
	return x
}

// accepting returns the accept decision that names both a and b (the
// latest by date, the last in the file among equals), or nil. The analysis
// accepts a conflict when one accept decision names both its efforts.
func (x *decisionIndex) accepting(a, b string) *model.Decision {
	return x.latest(x.accept[a], func(d *model.Decision) bool { return slices.Contains(d.Efforts, b) })
}

// killing returns the kill decision that names effort id (the latest by
// date, the last in the file among equals), or nil.
func (x *decisionIndex) killing(id string) *model.Decision {
	return x.latest(x.kill[id], func(*model.Decision) bool { return true })
}

// latest returns the latest decision among idx that ok accepts, or nil.
// Dates are YYYY-MM-DD, so they compare as strings.
func (x *decisionIndex) latest(idx []int, ok func(*model.Decision) bool) *model.Decision {
	var best *model.Decision
	for _, i := range idx {
		if d := &x.r.Decisions[i]; ok(d) && (best == nil || d.Date >= best.Date) {
			best = d
		}
	}
	return best
}
