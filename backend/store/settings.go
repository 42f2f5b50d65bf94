package store

import (
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// Meta returns the app setting key (e.g. "lastOpened"), "" when unset.
// Settings are small strings outside every roadmap and its undo log.
func (s *Store) Meta(key string) (string, error) {
	if err := s.enter(); err != nil {
		return "", err
	}
	defer s.mu.RUnlock()
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

// SetMeta sets the app setting key to value, durably; "" removes it.
func (s *Store) SetMeta(key, value string) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	return s.update(func(txn *badger.Txn) error {
		if value == "" {
			return txn.Delete(settingKey(key))
		}
		s.extra += int64(len(value))
		return txn.Set(settingKey(key), []byte(value))
	})
}
