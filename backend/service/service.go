// Package service holds Tandem's use cases: open, edit, undo, import and
// export roadmaps. It is the one API that both the desktop window (app.go)
// and serve mode (backend/server) expose; every exported method of *Service
// is a call the UI can make (docs/contracts.md).
package service

import (
	"errors"
	"sync"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/layout"
	"tandem/backend/model"
	"tandem/backend/store"
)

// RoadmapInfo describes a roadmap in the store without its contents.
type RoadmapInfo struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Lanes     int    `json:"lanes"`
	Efforts   int    `json:"efforts"`
	UpdatedAt string `json:"updatedAt"`
}

// Snapshot is an open roadmap as the UI sees it after any call: its info,
// its contents, its analysis (SPEC §3, recomputed after every edit), the
// lane rows of its efforts on the timeline, and whether undo and redo are
// possible. Revision names this state of the roadmap (it changes with
// every edit, and differs across runs of the app). An edit's snapshot also
// carries Delta, what it changed since the state the edit started from:
// its JSON is then that delta instead of the whole snapshot (MarshalJSON).
// Roadmap comes without its snapshots (their frozen roadmaps
// would double what the UI gets per snapshot): Snapshots lists them,
// each with its conflict keys. Calendar is the working calendar the
// analysis counted days with (model.WorkCalendar's reading of the roadmap's
// calendar: its known workdays Monday first, the holidays on them sorted,
// null when every day is worked); the UI counts working days with it
// instead of reading the roadmap's calendar itself. It changes only with
// the roadmap's calendar, which a Delta never patches (a whole snapshot is
// sent then).
type Snapshot struct {
	Info      RoadmapInfo      `json:"info"`
	Roadmap   *model.Roadmap   `json:"roadmap"`
	Calendar  *model.Calendar  `json:"calendar"`
	Analysis  *analysis.Result `json:"analysis"`
	Layout    *layout.Layout   `json:"layout"`
	Snapshots []SnapshotInfo   `json:"snapshots"`
	CanUndo   bool             `json:"canUndo"`
	CanRedo   bool             `json:"canRedo"`
	Revision  int64            `json:"revision"`
	Delta     *Delta           `json:"delta,omitempty"`
}

// Service carries out the use cases over one store. It is safe for
// concurrent use: calls are serialised, since each edit must see the
// result of the one before.
type Service struct {
	mu    sync.Mutex
	store *store.Store
	now   func() time.Time
	// open caches roadmaps by id as last loaded or edited, with their
	// analysis, so that an edit does not reload the whole roadmap from the
	// store and a view does not recompute the analysis.
	open map[string]*opened
	// baselines holds, per roadmap, the keys of the conflicts it had when
	// first opened in this session: what the conflict board calls "new"
	// is measured against them while a roadmap has no ritual snapshot.
	baselines map[string]map[string]bool
	// frozen caches the analyses of snapshots' frozen roadmaps by hash.
	frozen map[string]*frozen
	// revision is the last Snapshot.Revision given out. It starts from
	// the clock, so that a UI left open across a restart of the backend
	// never takes a new state for the one it holds.
	revision int64
}

// opened is a roadmap as last loaded or edited and, once computed, its
// analysis and layout.
type opened struct {
	rev int64 // Snapshot.Revision
	r   *model.Roadmap
	res *analysis.Result
	// comp, when an edit or the open (openEntry) kept it, is res as a
	// Compact: the next edit's analysis starts from it (see analyzeAfter).
	comp *analysis.Compact
	// rowsFrom, while an edit makes its reply, tells where res's rows are
	// in the analysis before it (see analysisPatch).
	rowsFrom *rowsFrom
	lay      *layout.Layout
	items    []layout.Item      // the bars lay packed (layOut)
	measures *analysis.Measures // CoordinationReport, once asked
	// mx is r's model index when the open or an edit made or kept one
	// (see openEntry, validateAndAnalyze), else nil.
	mx *model.Index
	// valid is true when r validated whole: at the open (openEntry), else
	// by the first edit.
	valid bool
	// spare, when not nil, gets a Clone of r, made in the background
	// for the next edit (see takeSpare).
	spare chan *model.Roadmap
	hurry chan struct{} // closed when an edit wants the spare now
}

// New returns a Service over st. The caller keeps ownership of st.
func New(st *store.Store) *Service {
	return &Service{store: st, now: time.Now, open: map[string]*opened{},
		baselines: map[string]map[string]bool{}, frozen: map[string]*frozen{},
		revision: time.Now().UnixMicro()}
}

// remember caches r (and its analysis, if known) as roadmap id, under a new
// revision, and returns the entry.
func (s *Service) remember(id string, r *model.Roadmap, res *analysis.Result) *opened {
	o := &opened{r: r, res: res}
	s.keep(id, o)
	return o
}

// keep caches o as roadmap id under a new revision.
func (s *Service) keep(id string, o *opened) {
	s.revision++
	o.rev = s.revision
	s.open[id] = o
}

// roadmap returns the roadmap id from the cache or the store. The result is
// shared: callers must not modify it (edits work on a Clone).
func (s *Service) roadmap(id string) (*model.Roadmap, error) {
	o, err := s.opened(id)
	if err != nil {
		return nil, err
	}
	return o.r, nil
}

// opened returns the cache entry of roadmap id, loading it on a miss.
func (s *Service) opened(id string) (*opened, error) {
	if o, ok := s.open[id]; ok {
		return o, nil
	}
	r, err := s.store.Load(id)
	if err != nil {
		return nil, err
	}
	return s.remember(id, r, nil), nil
}

// analyzed returns the cache entry of roadmap id with its analysis and
// layout, computing them once.
func (s *Service) analyzed(id string) (*opened, error) {
	o, err := s.opened(id)
	if err != nil {
		return nil, err
	}
	if err := s.complete(id, o, nil); err != nil {
		return nil, err
	}
	return o, nil
}

// snapshot builds the Snapshot of roadmap id, loading it if needed, and
// remembers id as the last opened roadmap.
func (s *Service) snapshot(id string) (*Snapshot, error) {
	return s.reply(id, nil)
}

// reply is snapshot for the reply to an edit of roadmap id that started from
// prev (its cache entry then; nil: unknown): the snapshot carries the Delta
// from prev's snapshot when prev was analysed and a patch can say it.
func (s *Service) reply(id string, prev *opened) (*Snapshot, error) {
	o, err := s.opened(id)
	if err != nil {
		return nil, err
	}
	if err := s.complete(id, o, prev); err != nil {
		return nil, err
	}
	info, err := s.info(id)
	if err != nil {
		return nil, err
	}
	canUndo, canRedo, err := s.store.History(id)
	if err != nil {
		return nil, err
	}
	if err := s.store.SetMeta(metaLastOpened, id); err != nil && !errors.Is(err, store.ErrDiskFull) {
		return nil, err // on a full disk the roadmap still opens; Tandem just does not remember it
	}
	infos, err := s.snapshotInfos(o.r)
	if err != nil {
		return nil, err
	}
	shown := o.r
	if len(o.r.Snapshots) > 0 {
		bare := *o.r // a shallow copy: the lists stay shared and unchanged
		bare.Snapshots = nil
		shown = &bare
	}
	snap := &Snapshot{Info: info, Roadmap: shown, Calendar: model.NewWorkCalendar(o.r.Calendar).Calendar(), Analysis: o.res, Layout: o.lay, Snapshots: infos,
		CanUndo: canUndo, CanRedo: canRedo, Revision: o.rev}
	if prev != nil && prev.res != nil && prev.lay != nil {
		prevInfos, err := s.snapshotInfos(prev.r)
		if err != nil {
			return nil, err
		}
		if p := snapshotPatch(prev, o, prevInfos, infos); p != nil {
			snap.Delta = &Delta{Base: prev.rev, Patch: *p}
		}
	}
	return snap, nil
}

// complete computes, unless known, the analysis and layout of o (roadmap
// id; the layout from prev's, when given: see layOut), and remembers its
// conflicts as the board's baseline the first time.
func (s *Service) complete(id string, o, prev *opened) error {
	if o.res == nil {
		a, err := openEntry(o.r, s.now())
		if err != nil {
			return err
		}
		o.res, o.comp, o.mx, o.valid = a.res, a.comp, a.mx, a.valid
	}
	if o.lay == nil {
		layOut(o, prev, nil)
	}
	if _, ok := s.baselines[id]; !ok {
		s.baselines[id] = conflictKeys(o.res)
	}
	o.prepareSpare()
	return nil
}

// info returns the RoadmapInfo of roadmap id.
func (s *Service) info(id string) (RoadmapInfo, error) {
	list, err := s.store.List()
	if err != nil {
		return RoadmapInfo{}, err
	}
	for _, in := range list {
		if in.ID == id {
			return toInfo(in), nil
		}
	}
	return RoadmapInfo{}, notFoundf("no roadmap with id %q", id)
}

func toInfo(in store.Info) RoadmapInfo {
	return RoadmapInfo{ID: in.ID, Name: in.Name, Lanes: in.Lanes, Efforts: in.Efforts,
		UpdatedAt: in.UpdatedAt.UTC().Format(time.RFC3339)}
}

// metaLastOpened is the store setting that remembers the last open roadmap.
const metaLastOpened = "lastOpened"
