package service

import (
	"sync/atomic"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/store"
)

// editor is one tentative edit of a roadmap: it changes a clone and records
// the entity changes that the store must persist. Nothing reaches the store
// unless the whole edited roadmap validates.
type editor struct {
	r       *model.Roadmap
	changes []store.Change
	// res, when an edit set it, is the analysis of r as edited: the
	// service keeps it instead of analysing r again.
	res *analysis.Result
	// comp, when set, is res as a Compact, for the next edit's analysis.
	comp *analysis.Compact
	// rest, when set, waits for res's lists but the schedule (see
	// analyzed): the edit lays the bars out meanwhile.
	rest func()
}

// record notes that the entity v of kind k under key changed (v nil: deleted).
func (ed *editor) record(k store.Kind, key string, v any) {
	ed.changes = append(ed.changes, store.Change{Kind: k, Key: key, Value: v})
}

// edit applies fn to a clone of roadmap id, validates the result and, if it
// is valid, stores the recorded changes as one undoable step named label.
// On any error nothing changes. The snapshot carries the Delta from the
// roadmap as it was.
func (s *Service) edit(id, label string, fn func(ed *editor) error) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, err := s.opened(id)
	if err != nil {
		return nil, err
	}
	ed := &editor{r: prev.takeSpare()}
	defer func() {
		if s.open[id] == prev { // refused, or changed nothing: a spare for the next edit
			prev.prepareSpare()
		}
	}()
	if err := fn(ed); err != nil {
		return nil, err
	}
	if len(ed.changes) == 0 {
		return s.reply(id, prev)
	}
	var mx *model.Index   // prev's index, when it describes the edited roadmap
	var only []int        // the efforts to validate, when not all
	var after *priorState // prev, when the analysis can start from it
	if prev.mx != nil && sameIDs(prev.r, ed.r) {
		mx = prev.mx
		edited := changedEfforts(ed.changes, mx)
		if prev.valid {
			only = edited
		}
		if prev.comp != nil && sameShape(prev.r, ed.r, edited) {
			after = &priorState{o: prev, edited: edited}
		}
	}
	// The durable write (a sync) starts as soon as the validation and the
	// analysis can no longer refuse the edit (see validateAndAnalyze): the
	// rest of the analysis and the layout, which only read, run beside it.
	// The reply waits for both, and a failed write drops them.
	applied := make(chan error, 1)
	var writing atomic.Bool
	write := func() {
		if writing.CompareAndSwap(false, true) {
			go func() { applied <- s.store.Apply(id, label, ed.changes...) }()
		}
	}
	waited := false
	defer func() {
		if writing.Load() && !waited { // written, then refused or panicked (a bug)
			<-applied
			delete(s.open, id) // the store is the truth; reload on next use
		}
	}()
	mx, err = s.validateAndAnalyze(ed, mx, only, after, write)
	if err != nil {
		return nil, err
	}
	write() // unless it started
	next := &opened{r: ed.r, res: ed.res, comp: ed.comp, mx: mx, valid: true}
	if after != nil && ed.comp != nil {
		next.rowsFrom = rowsFromOf(prev.res, ed.comp, after.edited)
	}
	layOut(next, prev, changedIDs(ed.changes)) // it reads only the schedule
	if ed.rest != nil {
		ed.rest()
	}
	waited = true
	if err := <-applied; err != nil {
		delete(s.open, id) // the store is the truth; reload on next use
		return nil, err
	}
	s.keep(id, next)
	defer func() { next.rowsFrom = nil }() // it keeps prev's rows alive
	return s.reply(id, prev)
}

// find returns the index of the element of list whose key is key, or -1.
func find[T any](list []T, key string, keyOf func(*T) string) int {
	for i := range list {
		if keyOf(&list[i]) == key {
			return i
		}
	}
	return -1
}

// validateAndAnalyze validates ed's roadmap and, unless an edit already
// did, analyses it into ed.res. The snapshot of the reply needs the
// analysis anyway: computing it before anything is written refuses an edit
// the analysis cannot take (a schedule past year 9999). Both only read the
// roadmap, so the analysis runs beside the validation and is dropped when
// the validation fails (the analysis takes any roadmap: references it
// cannot resolve are left out, a cycle is an error): the error is the
// validation's, as if they ran in turn.
//
// mx, when not nil, is the model index of ed's roadmap (the one before the
// edit, which sameIDs found still describes it): the validation and the
// analysis then look up no id. Without it the validation makes one. The
// index used is returned, for the next edit. only, when not nil, lists the
// places of the efforts the edit changed, the only changes it made to a
// roadmap that validated: only they are validated (model.ValidateEfforts).
// after, when not nil, is the state before an edit the analysis can start
// from (see analyzeAfter); mx is then not nil.
//
// sure is called (at most once, on either goroutine) when the validation
// has passed and the analysis can no longer fail (analysis.Options.Checked),
// while the analysis goes on: validateAndAnalyze then returns no error.
// An analysis without that point (with no mx, or one an edit made) never
// calls it.
func (s *Service) validateAndAnalyze(ed *editor, mx *model.Index, only []int, after *priorState, sure func()) (*model.Index, error) {
	given := mx
	var passed atomic.Int32 // the validation and the analysis each pass once; the second calls sure
	pass := func() {
		if passed.Add(1) == 2 {
			sure()
		}
	}
	validate := func() error {
		if only != nil && mx != nil {
			return ed.r.ValidateEfforts(mx, only)
		}
		if mx == nil {
			mx = model.NewIndex(ed.r)
		}
		return ed.r.ValidateIndexed(mx)
	}
	if ed.res != nil {
		return mx, validate()
	}
	now := s.now()
	a, err := besideCheck(func() error {
		err := validate()
		if err == nil {
			pass()
		}
		return err
	}, func() (analyzed, error) {
		a, err := analyzeAfter(ed.r, given, now, after, pass)
		if err != nil {
			return a, &Error{Code: CodeInvalid, Message: err.Error()}
		}
		return a, nil
	})
	if err != nil {
		return nil, err
	}
	ed.res, ed.comp, ed.rest = a.res, a.comp, a.rest
	return mx, nil
}

// changedEfforts returns the places (in mx, the index of the edited
// roadmap) of the efforts that changes update, or nil when a change is of
// anything else: another kind, or an effort deleted or not in mx.
func changedEfforts(changes []store.Change, mx *model.Index) []int {
	only := make([]int, 0, len(changes))
	for _, c := range changes {
		if c.Kind != store.KindEffort || c.Value == nil {
			return nil
		}
		i := mx.Effort(c.Key)
		if i < 0 {
			return nil
		}
		only = append(only, i)
	}
	return only
}

// changedIDs names the efforts that changes create, update or delete.
func changedIDs(changes []store.Change) map[string]bool {
	ids := map[string]bool{}
	for _, c := range changes {
		if c.Kind == store.KindEffort {
			ids[c.Key] = true
		}
	}
	return ids
}
