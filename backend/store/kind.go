package store

import "tandem/backend/model"

// Kind names an entity type of a roadmap.
type Kind string

// The kinds of entities. KindMeta is the roadmap's header fields (one per roadmap).
const (
	KindMeta       Kind = "meta"
	KindLane       Kind = "lane"
	KindSurface    Kind = "surface"
	KindMetric     Kind = "metric"
	KindEffort     Kind = "effort"
	KindDependency Kind = "dependency"
	KindLink       Kind = "link"
	KindDecision   Kind = "decision"
	KindRitual     Kind = "ritual"
	KindEvent      Kind = "event"
	KindSnapshot   Kind = "snapshot"
)

func (k Kind) known() bool {
	switch k {
	case KindMeta, KindLane, KindSurface, KindMetric, KindEffort,
		KindDependency, KindLink, KindDecision, KindRitual, KindEvent, KindSnapshot:
		return true
	}
	return false
}

// sep joins the parts of a compound key.
const sep = "\x1f"

// KeyOf returns the canonical key of an entity value (a model value or a
// pointer to one), unique per kind within a roadmap:
//
//	meta (model.Roadmap)  ""
//	lane, surface, metric, effort, decision, ritual, snapshot  the id
//	dependency            From + "\x1f" + To
//	link                  the smaller of A, B + "\x1f" + the larger (a link is an unordered pair)
//	event                 Effort + "\x1f" + Date + "\x1f" + Status + "\x1f" + BlockedBy
//
// It returns "" for a value of no known kind.
func KeyOf(v any) string {
	_, key, _, _ := entityOf(v)
	return key
}

func pairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + sep + b
}

// entityOf returns the kind and key of v and a function that encodes it.
func entityOf(v any) (k Kind, key string, enc func(*encoder), ok bool) {
	switch x := v.(type) {
	case model.Roadmap:
		return entityOf(&x)
	case *model.Roadmap:
		if x != nil {
			return KindMeta, "", func(e *encoder) { encMeta(e, x) }, true
		}
	case model.Lane:
		return entityOf(&x)
	case *model.Lane:
		if x != nil {
			return KindLane, x.ID, func(e *encoder) { encLane(e, x) }, true
		}
	case model.Surface:
		return entityOf(&x)
	case *model.Surface:
		if x != nil {
			return KindSurface, x.ID, func(e *encoder) { encSurface(e, x) }, true
		}
	case model.Metric:
		return entityOf(&x)
	case *model.Metric:
		if x != nil {
			return KindMetric, x.ID, func(e *encoder) { encMetric(e, x) }, true
		}
	case model.Effort:
		return entityOf(&x)
	case *model.Effort:
		if x != nil {
			return KindEffort, x.ID, func(e *encoder) { encEffort(e, x) }, true
		}
	case model.Dependency:
		return entityOf(&x)
	case *model.Dependency:
		if x != nil {
			return KindDependency, x.From + sep + x.To, func(e *encoder) { encDependency(e, x) }, true
		}
	case model.Link:
		return entityOf(&x)
	case *model.Link:
		if x != nil {
			return KindLink, pairKey(x.A, x.B), func(e *encoder) { encLink(e, x) }, true
		}
	case model.Decision:
		return entityOf(&x)
	case *model.Decision:
		if x != nil {
			return KindDecision, x.ID, func(e *encoder) { encDecision(e, x) }, true
		}
	case model.Ritual:
		return entityOf(&x)
	case *model.Ritual:
		if x != nil {
			return KindRitual, x.ID, func(e *encoder) { encRitual(e, x) }, true
		}
	case model.Event:
		return entityOf(&x)
	case *model.Event:
		if x != nil {
			return KindEvent, x.Effort + sep + string(x.Date) + sep + x.Status + sep + x.BlockedBy,
				func(e *encoder) { encEvent(e, x) }, true
		}
	case model.Snapshot:
		return entityOf(&x)
	case *model.Snapshot:
		if x != nil {
			return KindSnapshot, x.ID, func(e *encoder) { encSnapshot(e, x) }, true
		}
	}
	return "", "", nil, false
}
