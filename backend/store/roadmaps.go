package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"tandem/backend/model"
)

// List returns every roadmap, sorted by name (case-insensitively, then
// exactly) and then id. It reads only the headers.
func (s *Store) List() ([]Info, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	defer s.mu.RUnlock()
	out := []Info{}
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: headerPre})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			rid := string(item.Key()[len(headerPre):])
			err := item.Value(func(v []byte) error {
				h, err := decodeHeader(v)
				if err != nil {
					return fmt.Errorf("store: header of roadmap %q: %w", rid, err)
				}
				out = append(out, h.info(rid))
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b Info) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
			cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// Rename sets the name of roadmap id, as an undoable step labelled
// "Rename roadmap". ErrNotFound when the roadmap does not exist.
func (s *Store) Rename(id, name string) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	return s.update(func(txn *badger.Txn) error {
		h, err := getHeader(txn, id)
		if err != nil {
			return err
		}
		var meta model.Roadmap
		cur, err := getValue(txn, entityKey(id, KindMeta, ""))
		if err != nil {
			return err
		}
		if cur != nil {
			if err := decodeEntity(cur, func(d *decoder) { decMeta(d, &meta) }); err != nil {
				return fmt.Errorf("store: roadmap %q meta: %w", id, err)
			}
		}
		meta.Name = name
		return s.applyTxn(txn, id, &h, "Rename roadmap", []Change{Put(&meta)})
	})
}

// Delete removes roadmap id with its change log; ErrNotFound when it does
// not exist. The roadmap disappears in one durable commit; its entities are
// then removed in batches (an interrupted removal is finished by Open).
func (s *Store) Delete(id string) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	err := s.update(func(txn *badger.Txn) error {
		if _, err := getHeader(txn, id); err != nil {
			return err
		}
		if err := txn.Set(pendingKey(id), []byte("delete")); err != nil {
			return err
		}
		return txn.Delete(headerKey(id))
	})
	if err != nil {
		return err
	}
	if err := s.purge(id); !errors.Is(err, ErrDiskFull) {
		return err
	}
	return nil // the roadmap is gone; the next Open with room removes its entities
}

// purge removes every data key of rid, then its pending marker.
func (s *Store) purge(rid string) error {
	var keys [][]byte
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: dataPrefix(rid)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := s.roomForBatch(keys); err != nil {
		return err
	}
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	for _, k := range keys {
		if err := wb.Delete(k); err != nil {
			return err
		}
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	return s.db.Update(func(txn *badger.Txn) error { return txn.Delete(pendingKey(rid)) })
}

// purgePending finishes every interrupted Create or Delete.
func (s *Store) purgePending() error {
	var rids []string
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: pendingPre})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			rids = append(rids, string(it.Item().Key()[len(pendingPre):]))
		}
		return nil
	})
	for _, rid := range rids {
		if err == nil {
			err = s.purge(rid)
		}
	}
	if errors.Is(err, ErrDiskFull) {
		return nil // hidden meanwhile; the next Open with room finishes it
	}
	return err
}
