package store

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// Load returns roadmap id, read from one consistent snapshot; ErrNotFound
// when it does not exist. Every list is non-nil and in creation order (the
// entity's position; see the package comment). Cost: one ordered scan of the
// roadmap's keys, one allocation per entity plus its slices.
func (s *Store) Load(id string) (*model.Roadmap, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	defer s.mu.RUnlock()
	var r *model.Roadmap
	err := s.db.View(func(txn *badger.Txn) error {
		h, err := getHeader(txn, id)
		if err != nil {
			return err
		}
		l := newLoader(&h)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: entityPrefix(id)})
		defer it.Close()
		p := len(entityPrefix(id))
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			kind := kindOfEntityKey(item.Key(), p)
			if err := item.Value(func(v []byte) error { return l.add(kind, v) }); err != nil {
				return fmt.Errorf("store: roadmap %q: %s: %w", id, item.Key()[p:], err)
			}
		}
		r = l.roadmap()
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// at is a loaded value with its position.
type at[T any] struct {
	pos uint64
	v   T
}

// loader collects decoded entities by kind.
type loader struct {
	meta         model.Roadmap
	lanes        []at[model.Lane]
	surfaces     []at[model.Surface]
	metrics      []at[model.Metric]
	efforts      []at[model.Effort]
	dependencies []at[model.Dependency]
	links        []at[model.Link]
	decisions    []at[model.Decision]
	rituals      []at[model.Ritual]
	events       []at[model.Event]
	snapshots    []at[model.Snapshot]
}

func newLoader(h *header) *loader {
	return &loader{
		lanes:   make([]at[model.Lane], 0, h.lanes),
		efforts: make([]at[model.Effort], 0, h.efforts),
	}
}

func (l *loader) add(kind []byte, v []byte) error {
	d := decoder{s: string(v)}
	pos := d.uvarint()
	switch string(kind) {
	case string(KindMeta):
		decMeta(&d, &l.meta)
	case string(KindLane):
		l.lanes = append(l.lanes, at[model.Lane]{pos, decLane(&d)})
	case string(KindSurface):
		l.surfaces = append(l.surfaces, at[model.Surface]{pos, decSurface(&d)})
	case string(KindMetric):
		l.metrics = append(l.metrics, at[model.Metric]{pos, decMetric(&d)})
	case string(KindEffort):
		l.efforts = append(l.efforts, at[model.Effort]{pos, decEffort(&d)})
	case string(KindDependency):
		l.dependencies = append(l.dependencies, at[model.Dependency]{pos, decDependency(&d)})
	case string(KindLink):
		l.links = append(l.links, at[model.Link]{pos, decLink(&d)})
	case string(KindDecision):
		l.decisions = append(l.decisions, at[model.Decision]{pos, decDecision(&d)})
	case string(KindRitual):
		l.rituals = append(l.rituals, at[model.Ritual]{pos, decRitual(&d)})
	case string(KindEvent):
		l.events = append(l.events, at[model.Event]{pos, decEvent(&d)})
	case string(KindSnapshot):
		l.snapshots = append(l.snapshots, at[model.Snapshot]{pos, decSnapshot(&d)})
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return d.done()
}

func (l *loader) roadmap() *model.Roadmap {
	r := l.meta
	r.Lanes = inOrder(l.lanes)
	r.Surfaces = inOrder(l.surfaces)
	r.Metrics = inOrder(l.metrics)
	r.Efforts = inOrder(l.efforts)
	r.Dependencies = inOrder(l.dependencies)
	r.Links = inOrder(l.links)
	r.Decisions = inOrder(l.decisions)
	r.Rituals = inOrder(l.rituals)
	r.Events = inOrder(l.events)
	if len(l.snapshots) > 0 { // a roadmap without snapshots has none (nil), as Parse gives
		r.Snapshots = inOrder(l.snapshots)
	}
	return &r
}

// inOrder sorts xs by position and returns the values; never nil.
func inOrder[T any](xs []at[T]) []T {
	slices.SortFunc(xs, func(a, b at[T]) int { return cmp.Compare(a.pos, b.pos) })
	out := make([]T, len(xs))
	for i := range xs {
		out[i] = xs[i].v
	}
	return out
}
