package store

// Change is one entity write of an Apply step.
//
// Value is a model value or a pointer to one (model.Lane, *model.Effort, ...;
// for KindMeta a *model.Roadmap whose header fields Format, Version, Name,
// Start, AsOf, Calendar and Extra are stored and whose lists are ignored).
// A nil Value deletes the entity (Kind, Key); the meta entity cannot be deleted.
// For a put, Kind and Key may be left empty: they default to the value's kind
// and KeyOf(Value); when given they must match.
//
// Load lists each kind in position order: a new entity goes last and an
// update keeps its place, unless Last is set, which moves the put entity
// after every other. Reordering is thus a put of each entity, in the new
// order, with Last set (e.g. MoveLane).
type Change struct {
	Kind  Kind
	Key   string
	Value any
	Last  bool
}

// Put returns the Change that creates or updates v.
func Put(v any) Change { return Change{Value: v} }

// Del returns the Change that deletes the entity (k, key).
func Del(k Kind, key string) Change { return Change{Kind: k, Key: key} }

// resolve checks c and returns its kind, key and, for a put, the encoder.
func (c Change) resolve() (Kind, string, func(*encoder), error) {
	if c.Value == nil {
		if !c.Kind.known() {
			return "", "", nil, invalidf("delete of unknown kind %q", c.Kind)
		}
		if c.Kind == KindMeta {
			return "", "", nil, invalidf("the meta entity cannot be deleted")
		}
		return c.Kind, c.Key, nil, nil
	}
	k, key, enc, ok := entityOf(c.Value)
	if !ok {
		return "", "", nil, invalidf("value of type %T is no entity", c.Value)
	}
	if c.Kind != "" && c.Kind != k {
		return "", "", nil, invalidf("change of kind %q holds a %s", c.Kind, k)
	}
	if c.Key != "" && c.Key != key {
		return "", "", nil, invalidf("%s change under key %q holds key %q", k, c.Key, key)
	}
	return k, key, enc, nil
}
