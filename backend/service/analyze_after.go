package service

import (
	"slices"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// priorState is the state before an edit that changed only the efforts at
// places edited, keeping their ids, lanes, statuses, touches and moves
// (sameShape): the analysis after it starts from o's (analyzeAfter).
type priorState struct {
	o      *opened // with comp and res
	edited []int
}

// analyzed is an analysis as the service keeps it: the Result, and the
// Compact it was made from when there is one (for the next edit). rest,
// when not nil, waits for res's conflicts, reinforcing pairs and
// opportunities, made meanwhile (analysis.Compact.ResultAfterThen): only
// the schedule and the figures may be read before it returns.
type analyzed struct {
	res  *analysis.Result
	comp *analysis.Compact
	rest func()
}

// analyzeAfter is analyzeIndexed, keeping the Compact; with after, the
// analysis of the roadmap after an edit starts from the one before
// (analysis.AnalyzeCompactAfter): the same answer. mx must not be nil when
// after is not. With mx, the answer's rest must be called before its
// conflicts, reinforcing pairs or opportunities are read. checked, when not nil, is analysis.Options.Checked (with
// mx only).
func analyzeAfter(r *model.Roadmap, mx *model.Index, now time.Time, after *priorState, checked func()) (analyzed, error) {
	if mx == nil {
		res, err := analyze(r, now)
		return analyzed{res: res}, err
	}
	opt := analysis.Options{Today: now, Checked: checked}
	if after == nil {
		c, err := analysis.AnalyzeCompactIndexed(r, mx, opt)
		if err != nil {
			return analyzed{}, err
		}
		res, rest := c.ResultAfterThen(nil)
		return analyzed{res: res, comp: c, rest: rest}, nil
	}
	c, err := analysis.AnalyzeCompactAfter(r, mx, opt, after.o.comp, after.edited)
	if err != nil {
		return analyzed{}, err
	}
	res, rest := c.ResultAfterThen(after.o.res)
	return analyzed{res: res, comp: c, rest: rest}, nil
}

// sameShape reports whether the efforts at places edited (nil: not known)
// have in b the ids, lanes, statuses, touches and moves they have in a:
// what AnalyzeCompactAfter needs of an edit that changed only them.
func sameShape(a, b *model.Roadmap, edited []int) bool {
	if edited == nil {
		return false
	}
	for _, i := range edited {
		x, y := &a.Efforts[i], &b.Efforts[i]
		if x.ID != y.ID || x.Lane != y.Lane || x.Status != y.Status ||
			!slices.Equal(x.Touches, y.Touches) || !slices.Equal(x.Moves, y.Moves) {
			return false
		}
	}
	return true
}
