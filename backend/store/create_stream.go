package store

import (
	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// Creation is a Create whose entities come one by one, so that a large
// import need not hold its whole roadmap (see BeginCreate). It is all or
// nothing as Create is: the entities are written under the new roadmap's
// pending marker and become visible with the header, in Commit's final
// commit; Abort, or a failed Commit, removes what was written, and a crash
// leaves it to the next Open.
type Creation struct {
	s       *Store
	rid     string
	wb      *badger.WriteBatch
	puts    int   // entities put
	release bool  // Commit and Abort let the store go (BeginCreate's)
	unsized int64 // bytes put since the disk's room was last checked
	done    bool
}

// roomEvery is how many bytes of entities a Creation writes between two
// checks of the disk's room (each for three times as many, as
// roomForRoadmap counts).
const roomEvery = 4 << 20

// BeginCreate starts a Creation: a new roadmap whose entities the caller
// then Puts and Commits, or Aborts. The store is held (as by any other
// call) until then, so one of the two must follow. Unlike Create, a
// Creation does not check that the entities' keys differ: two of one kind
// with one key leave the last one.
func (s *Store) BeginCreate() (*Creation, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	var err error
	if s.readOnly != nil {
		err = s.stillFull()
	} else {
		err = s.room(3 * roomEvery)
	}
	var c *Creation
	if err == nil {
		c, err = s.beginCreate()
	}
	if err != nil {
		s.mu.RUnlock()
		return nil, err
	}
	c.release = true
	return c, nil
}

// beginCreate writes a new roadmap's pending marker; the caller holds s.mu
// and has checked the disk's room.
func (s *Store) beginCreate() (*Creation, error) {
	rid := newID()
	err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(pendingKey(rid), []byte("create"))
	})
	if err != nil {
		return nil, err
	}
	return &Creation{s: s, rid: rid, wb: s.db.NewWriteBatch()}, nil
}

// Put writes v, a pointer to a lane, surface, metric, effort, dependency,
// link, decision, ritual, event or snapshot, at position pos: Load returns
// each list in the order of its positions, which need not be consecutive
// (no two entities may share one). On an error the Creation is to be
// Aborted.
func (c *Creation) Put(pos uint64, v any) error {
	if n := c.s.hooks.failCreateAfter; n > 0 && c.puts >= n {
		return errInjected
	}
	k, key, enc, _ := entityOf(v)
	e := encoder{b: make([]byte, 0, 96)}
	e.uvarint(pos)
	enc(&e)
	c.puts++
	if c.unsized += int64(len(e.b)); c.unsized >= roomEvery {
		if err := c.s.room(3 * c.unsized); err != nil {
			return err
		}
		c.unsized = 0
	}
	return c.wb.Set(entityKey(c.rid, k, key), e.b)
}

// Commit writes meta (its name and other roadmap-wide fields at position
// 0; its lists are not read) and makes the roadmap visible, with lanes and
// efforts as its Info's counts and nextPos, past every position put, as
// the next free one. A failure removes what was written, as Abort does.
func (c *Creation) Commit(meta *model.Roadmap, lanes, efforts int, nextPos uint64) (Info, error) {
	h := header{name: meta.Name, lanes: lanes, efforts: efforts, nextPos: nextPos}
	h.created = c.s.now().UnixNano()
	h.updated = h.created
	err := c.Put(0, meta)
	if err == nil {
		err = c.wb.Flush()
	}
	if err == nil {
		err = c.s.db.Update(func(txn *badger.Txn) error {
			if err := putHeader(txn, c.rid, &h); err != nil {
				return err
			}
			if err := countChange(txn); err != nil {
				return err
			}
			return txn.Delete(pendingKey(c.rid))
		})
	}
	if err != nil {
		c.Abort()
		return Info{}, err
	}
	c.done = true
	c.unlock()
	c.s.noteChange()
	return h.info(c.rid), nil
}

// Abort removes what was written (best effort; Open finishes it otherwise)
// and lets the store go. It does nothing after Commit or Abort, so that it
// can be deferred.
func (c *Creation) Abort() {
	if c.done {
		return
	}
	c.done = true
	c.wb.Cancel()
	if !c.s.hooks.crash {
		c.s.purge(c.rid)
	}
	c.unlock()
}

func (c *Creation) unlock() {
	if c.release {
		c.s.mu.RUnlock()
	}
}
