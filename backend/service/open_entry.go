package service

import (
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// openEntry is the cache entry of roadmap r (valid: stored or just
// imported) with its analysis, with now as "today". Up to spareUpTo
// efforts (the roadmaps edited live) the entry also keeps r's model index
// and the analysis as a Compact, as an edit's entry does: the first edit
// after opening then validates, analyses and diffs from them as every
// later edit does, instead of making the index on the first edit and the
// Compact on the second (at 20,000 efforts those two took 31-43 and 24-28
// ms, the edits after them 7-12). The roadmap is validated whole beside
// the analysis, so that an edit validates only what it changed (valid; a
// roadmap that does not validate still opens, and every edit of it is
// refused, as before). Past spareUpTo, the plain analysis:
// an index and a Compact of a million efforts are memory no edit there
// waits on. A variable only so that a test can count the calls.
var openEntry = func(r *model.Roadmap, now time.Time) (*opened, error) {
	if len(r.Efforts) > spareUpTo {
		res, err := analyze(r, now)
		if err != nil {
			return nil, err
		}
		return &opened{r: r, res: res}, nil
	}
	mx := model.NewIndex(r)
	valid := false
	c, err := besideCheck(func() error {
		valid = r.ValidateIndexed(mx) == nil
		return nil // an entry that does not validate still opens; its edits are refused
	}, func() (*analysis.Compact, error) {
		return analysis.AnalyzeCompactIndexed(r, mx, analysis.Options{Today: now})
	})
	if err != nil {
		return nil, err
	}
	return &opened{r: r, res: c.Result(), comp: c, mx: mx, valid: valid}, nil
}
