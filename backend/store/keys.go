package store

import "encoding/binary"

// Key layout: see the package comment.

var (
	schemaKey    = []byte("schema")
	settingsPre  = []byte("m/")
	headerPre    = []byte("h/")
	pendingPre   = []byte("p/")
	roadmapPre   = []byte("r/")
	entitySuffix = "/e/"
	undoSuffix   = "/u/"
)

func join(parts ...string) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func settingKey(name string) []byte { return join(string(settingsPre), name) }
func headerKey(rid string) []byte   { return join(string(headerPre), rid) }
func pendingKey(rid string) []byte  { return join(string(pendingPre), rid) }

// dataPrefix covers every key of roadmap rid except its header and marker.
func dataPrefix(rid string) []byte { return join(string(roadmapPre), rid, "/") }

// entityPrefix covers all entities of roadmap rid.
func entityPrefix(rid string) []byte { return join(string(roadmapPre), rid, entitySuffix) }

func entityKey(rid string, k Kind, key string) []byte {
	return join(string(roadmapPre), rid, entitySuffix, string(k), "/", key)
}

// kindOfEntityKey returns the kind part of an entity key under prefix p.
func kindOfEntityKey(key []byte, p int) []byte {
	for i := p; i < len(key); i++ {
		if key[i] == '/' {
			return key[p:i]
		}
	}
	return nil
}

func undoKey(rid string, seq uint64) []byte {
	b := join(string(roadmapPre), rid, undoSuffix)
	return binary.BigEndian.AppendUint64(b, seq)
}

// validID reports whether rid can be a roadmap id: 1-64 of [A-Za-z0-9_-].
// Ids are made by Create; the check keeps a caller's id from reaching
// another key's prefix.
func validID(rid string) bool {
	if len(rid) == 0 || len(rid) > 64 {
		return false
	}
	for i := 0; i < len(rid); i++ {
		c := rid[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
