package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// Problem is one inconsistency Check found: the roadmap it is in (its id;
// "" for the store as a whole) and what is wrong, in words a user can act on.
type Problem struct {
	Roadmap string
	Message string
}

// String returns `roadmap "ID": MESSAGE`, or MESSAGE for the whole store.
func (p Problem) String() string {
	if p.Roadmap == "" {
		return p.Message
	}
	return fmt.Sprintf("roadmap %q: %s", p.Roadmap, p.Message)
}

// Check reads the whole store in one consistent snapshot and returns every
// inconsistency it finds, nil when there is none. The error is for a store
// that cannot be read at all. Check writes nothing. Per roadmap it checks:
//
//   - the header decodes; its lane and effort counts and its name match the
//     stored entities; every entity's position is unique in the roadmap and
//     below the header's next position;
//   - every entity is of a known kind, decodes, and sits under the key its
//     value gives (KeyOf); the meta entity exists;
//   - the roadmap as loaded is valid (model Validate and CheckSnapshots):
//     every reference resolves (an effort's lane, dependency and link
//     ends, events, decisions' efforts, rituals' lanes), ids are unique,
//     there is no dependency cycle;
//   - the undo log is intact: base <= cursor <= top, a step for every
//     sequence number in [base, top) and none outside it, every step
//     decodes with known kinds and decodable images; and it fits the
//     current state: undoing the steps [base, cursor) one by one, in
//     memory, finds each step's after-images in place, and so does redoing
//     the steps [cursor, top) with their before-images.
//
// Store-wide, it reports data of a roadmap that has no header and pending
// markers (an interrupted import or delete; Open finishes those).
//
// Cost: one read of every key and value of the store.
func (s *Store) Check() ([]Problem, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	defer s.mu.RUnlock()
	var out []Problem
	err := s.db.View(func(txn *badger.Txn) error {
		rids, problems, err := checkKeySpace(txn)
		if err != nil {
			return err
		}
		out = problems
		for _, rid := range rids {
			c := &roadmapCheck{txn: txn, rid: rid}
			if err := c.run(); err != nil {
				return err
			}
			out = append(out, c.problems...)
		}
		return nil
	})
	return out, err
}

// checkKeySpace returns the ids of the roadmaps with a header, and the
// problems of the store as a whole: pending markers and headerless data.
func checkKeySpace(txn *badger.Txn) ([]string, []Problem, error) {
	var rids []string
	var out []Problem
	has := map[string]bool{}
	eachKey(txn, headerPre, func(k []byte) {
		rid := string(k[len(headerPre):])
		rids = append(rids, rid)
		has[rid] = true
	})
	pending := map[string]bool{}
	eachKey(txn, pendingPre, func(k []byte) {
		rid := string(k[len(pendingPre):])
		pending[rid] = true
		out = append(out, Problem{Message: fmt.Sprintf("an import or delete of roadmap %q was interrupted and not cleaned up (opening the store again finishes it)", rid)})
	})
	orphan := map[string]bool{}
	eachKey(txn, roadmapPre, func(k []byte) {
		rest := k[len(roadmapPre):]
		i := bytes.IndexByte(rest, '/')
		if i < 0 {
			out = append(out, Problem{Message: fmt.Sprintf("stray key %q", k)})
			return
		}
		rid := string(rest[:i])
		if !has[rid] && !pending[rid] && !orphan[rid] {
			orphan[rid] = true
			out = append(out, Problem{Message: fmt.Sprintf("data of roadmap %q is stored without its header (the roadmap is invisible)", rid)})
		}
	})
	return rids, out, nil
}

// eachKey calls fn with every key under prefix (valid during the call only).
func eachKey(txn *badger.Txn, prefix []byte, fn func(k []byte)) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		fn(it.Item().Key())
	}
}

// roadmapCheck checks one roadmap; problems collects what it finds.
type roadmapCheck struct {
	txn      *badger.Txn
	rid      string
	h        header
	problems []Problem
}

func (c *roadmapCheck) addf(format string, a ...any) {
	c.problems = append(c.problems, Problem{Roadmap: c.rid, Message: fmt.Sprintf(format, a...)})
}

// run checks the header, the entities, the loaded roadmap and the undo log.
// Its error is a read error; what is wrong is in c.problems.
func (c *roadmapCheck) run() error {
	h, err := getHeader(c.txn, c.rid)
	if err != nil {
		if errors.Is(err, errCorrupt) {
			c.addf("its header is damaged (%v)", err)
			return nil
		}
		return err
	}
	c.h = h
	r, err := c.entities()
	if err != nil {
		return err
	}
	if r != nil {
		c.roadmap(r)
	}
	return c.undoLog()
}

// entities checks every stored entity and returns the roadmap they make,
// nil when one does not decode.
func (c *roadmapCheck) entities() (*model.Roadmap, error) {
	all := newLoader(&c.h)
	positions := map[uint64]string{} // position -> kind/key that holds it
	counts := map[Kind]int{}
	ok := true
	p := len(entityPrefix(c.rid))
	it := c.txn.NewIterator(badger.IteratorOptions{Prefix: entityPrefix(c.rid)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		ek := item.Key()
		kind := Kind(kindOfEntityKey(ek, p))
		key := string(ek[min(p+len(kind)+1, len(ek)):])
		name := entityName(kind, key)
		v, err := item.ValueCopy(nil)
		if err != nil {
			return nil, err
		}
		if !kind.known() {
			c.addf("%s is of an unknown kind", name)
			ok = false
			continue
		}
		gotKey, err := decodedKey(kind, v)
		if err != nil {
			c.addf("%s is damaged (%v)", name, err)
			ok = false
			continue
		}
		if gotKey != key {
			c.addf("%s holds the %s %s", name, kind, keyWords(gotKey))
		}
		pos, _ := binary.Uvarint(v)
		if other, dup := positions[pos]; dup {
			c.addf("%s and %s share position %d (lists would load in no fixed order)", other, name, pos)
		}
		positions[pos] = name
		if pos >= c.h.nextPos {
			c.addf("%s has position %d, not below the next free position %d (a new entity would share it)", name, pos, c.h.nextPos)
		}
		counts[kind]++
		if err := all.add([]byte(kind), v); err != nil {
			return nil, err // decodedKey decoded it already
		}
	}
	if n := counts[KindLane]; n != c.h.lanes {
		c.addf("its header counts %d lanes, but %d are stored", c.h.lanes, n)
	}
	if n := counts[KindEffort]; n != c.h.efforts {
		c.addf("its header counts %d efforts, but %d are stored", c.h.efforts, n)
	}
	if counts[KindMeta] == 0 {
		c.addf("its name, dates and calendar (the meta entity) are missing")
	} else if all.meta.Name != c.h.name {
		c.addf("its header names it %q, but its meta entity %q", c.h.name, all.meta.Name)
	}
	if !ok {
		return nil, nil
	}
	return all.roadmap(), nil
}

// roadmap reports what makes the loaded roadmap invalid: dangling
// references, duplicate ids, cycles, bad frozen snapshots.
func (c *roadmapCheck) roadmap(r *model.Roadmap) {
	err := r.Validate()
	var ve *model.ValidationError
	switch {
	case errors.As(err, &ve):
		for _, p := range ve.Problems {
			c.addf("%s", p)
		}
		if ve.Omitted > 0 {
			c.addf("and %d more problems", ve.Omitted)
		}
	case err != nil:
		c.addf("%v", err)
	}
	if err := r.CheckSnapshots(); err != nil {
		c.addf("%v", err)
	}
}

// undoLog checks the change log's numbering, that every step decodes, and
// replays it in memory against the current state.
func (c *roadmapCheck) undoLog() error {
	h := &c.h
	if !(h.base <= h.cursor && h.cursor <= h.top) {
		c.addf("its undo cursor %d is outside its change log [%d, %d]", h.cursor, h.base, h.top)
		return nil
	}
	prefix := join(string(roadmapPre), c.rid, undoSuffix)
	steps := map[uint64]step{}
	it := c.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		tail := item.Key()[len(prefix):]
		if len(tail) != 8 {
			c.addf("its change log holds a stray key %q", item.Key())
			continue
		}
		seq := binary.BigEndian.Uint64(tail)
		if seq < h.base || seq >= h.top {
			c.addf("undo step %d lies outside its change log [%d, %d)", seq, h.base, h.top)
			continue
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		st, err := decodeStep(v)
		if err == nil {
			err = checkImages(&st)
		}
		if err != nil {
			c.addf("undo step %d is damaged (%v)", seq, err)
			continue
		}
		steps[seq] = st
	}
	missing := false
	for seq := h.base; seq < h.top; seq++ {
		if _, ok := steps[seq]; !ok {
			c.addf("undo step %d is missing (the change log runs from %d to %d)", seq, h.base, h.top)
			missing = true
		}
	}
	if missing {
		return nil
	}
	return c.replay(steps)
}

// checkImages checks that every image of st names a known kind and holds
// values that decode under their key.
func checkImages(st *step) error {
	for _, im := range st.images {
		if !im.kind.known() {
			return fmt.Errorf("unknown kind %q", im.kind)
		}
		for _, v := range [][]byte{im.before, im.after} {
			if v == nil {
				continue
			}
			key, err := decodedKey(im.kind, v)
			if err != nil {
				return fmt.Errorf("%s: %w", entityName(im.kind, im.key), err)
			}
			if key != im.key {
				return fmt.Errorf("%s holds %s", entityName(im.kind, im.key), keyWords(key))
			}
		}
	}
	return nil
}

// replay undoes the steps [base, cursor) from the newest and redoes the
// steps [cursor, top) from the oldest, each in memory from the current
// state, and reports the first step whose images do not fit.
func (c *roadmapCheck) replay(steps map[uint64]step) error {
	h := &c.h
	walk := func(seqs []uint64, back bool) error {
		overlay := map[string][]byte{} // entity key -> value as replayed; nil = absent
		for _, seq := range seqs {
			st := steps[seq]
			for i := range st.images {
				im := st.images[i]
				want, next := im.before, im.after
				if back {
					im = st.images[len(st.images)-1-i]
					want, next = im.after, im.before
				}
				ek := string(entityKey(c.rid, im.kind, im.key))
				cur, seen := overlay[ek]
				if !seen {
					var err error
					if cur, err = getValue(c.txn, []byte(ek)); err != nil {
						return err
					}
				}
				if !sameImage(cur, want) {
					verb := "redoing"
					if back {
						verb = "undoing"
					}
					c.addf("%s step %d (%q) would not fit: %s is not as the step left it", verb, seq, st.label, entityName(im.kind, im.key))
					return nil
				}
				overlay[ek] = next
				if next != nil {
					if pos, _ := binary.Uvarint(next); pos >= h.nextPos {
						c.addf("step %d (%q) would give %s position %d, not below the next free position %d", seq, st.label, entityName(im.kind, im.key), pos, h.nextPos)
					}
				}
			}
		}
		return nil
	}
	var back, fwd []uint64
	for seq := h.cursor; seq > h.base; seq-- {
		back = append(back, seq-1)
	}
	for seq := h.cursor; seq < h.top; seq++ {
		fwd = append(fwd, seq)
	}
	if err := walk(back, true); err != nil {
		return err
	}
	return walk(fwd, false)
}

// decodedKey decodes the stored value v of kind k and returns the key its
// value gives (KeyOf).
func decodedKey(k Kind, v []byte) (string, error) {
	l := &loader{}
	if err := l.add([]byte(k), v); err != nil {
		return "", err
	}
	r := l.roadmap()
	if k == KindMeta {
		return KeyOf(r), nil
	}
	lists := map[Kind]any{KindLane: r.Lanes, KindSurface: r.Surfaces, KindMetric: r.Metrics,
		KindEffort: r.Efforts, KindDependency: r.Dependencies, KindLink: r.Links,
		KindDecision: r.Decisions, KindRitual: r.Rituals, KindEvent: r.Events, KindSnapshot: r.Snapshots}
	return KeyOf(reflect.ValueOf(lists[k]).Index(0).Addr().Interface()), nil
}

// entityName names an entity for a message: `effort "spring-ads"`,
// `dependency "a -> b"`.
func entityName(k Kind, key string) string {
	if k == KindMeta {
		return "the meta entity"
	}
	return string(k) + " " + keyWords(key)
}

// keyWords quotes a key, writing a compound key's parts joined by " -> "
// (dependency, link, event) instead of the separator byte.
func keyWords(key string) string {
	return strconv.Quote(string(bytes.ReplaceAll([]byte(key), []byte(sep), []byte(" -> "))))
}
