package store

import "bytes"

// rewriteKind applies fn to every stored value of kind k that the value v
// of key holds: v itself when key is an entity of kind k, or each before
// and after image of kind k when key is an undo step. It returns the new
// value and whether anything changed; any other key is left as it is. A
// schema migration that changes one kind's encoding runs it over every key
// of the roadmaps, so that undoing an old step writes the new encoding.
func rewriteKind(key, v []byte, k Kind, fn func([]byte) ([]byte, bool, error)) (next []byte, changed bool, err error) {
	rest := key[len(roadmapPre):]
	slash := bytes.IndexByte(rest, '/')
	if slash < 0 {
		return v, false, nil
	}
	rest = rest[slash:]
	switch {
	case bytes.HasPrefix(rest, []byte(entitySuffix+string(k)+"/")):
		return fn(v)
	case bytes.HasPrefix(rest, []byte(undoSuffix)):
		st, err := decodeStep(v)
		if err != nil {
			return v, false, err
		}
		for i := range st.images {
			im := &st.images[i]
			if im.kind != k {
				continue
			}
			var b, a bool
			if im.before, b, err = fn(im.before); err != nil {
				return v, false, err
			}
			if im.after, a, err = fn(im.after); err != nil {
				return v, false, err
			}
			changed = changed || b || a
		}
		if changed {
			return st.encode(), true, nil
		}
	}
	return v, false, nil
}
