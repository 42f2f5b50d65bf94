package store

import (
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// Meta returns the app setting key (e.g. "lastOpened"), "" when unset.
// Settings are strings outside every roadmap and its undo log: small, but
// for the service's memory of each roadmap's last calendar export (some 100
// bytes an effort).
func (s *Store) Meta(key string) (string, error) {
	if err := s.enter(); err != nil {
		return "", err
	}
	defer s.mu.RUnlock()
	return s.meta(key)
}

// meta is Meta for a caller that entered the store.
func (s *Store) meta(key string) (string, error) {
	var v string
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(settingKey(key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(b []byte) error { v = string(b); return nil })
	})
	return v, err
}

// SetMeta sets the app setting key to value, durably; "" removes it. A
// setting that already has value is left as it is, without a write (the
// service sets lastOpened on every reply: a second synced commit per edit
// otherwise).
func (s *Store) SetMeta(key, value string) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	if cur, err := s.meta(key); err == nil && cur == value {
		return nil
	}
	return s.update(func(txn *badger.Txn) error {
		if value == "" {
			return txn.Delete(settingKey(key))
		}
		s.extra += int64(len(value))
		return txn.Set(settingKey(key), []byte(value))
	})
}
