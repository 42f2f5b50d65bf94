package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/dgraph-io/badger/v4"
)

// A backup body is every live key of the store with its value, in key
// order, read from one snapshot: for each, uvarint key length, key, uvarint
// value length, value. It is Tandem's own: one sequential read, no Badger
// versions or metadata, so that a restore writes a plain new store.

// maxBodyRecord bounds one key or value read back (Badger's own limits are
// lower), so that a garbled length cannot ask for gigabytes.
const maxBodyRecord = 1 << 30

// writeBody writes every key and value of db to w and returns how many
// keys it wrote.
func writeBody(db *badger.DB, w io.Writer) (n int, err error) {
	var buf [binary.MaxVarintLen64]byte
	put := func(b []byte) error {
		if _, err := w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(b)))]); err != nil {
			return err
		}
		_, err := w.Write(b)
		return err
	}
	err = db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if err := put(item.Key()); err != nil {
				return err
			}
			if err := item.Value(put); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// loadBody writes the keys and values of a backup body into db, which
// should be empty, in batches; it fails on a body that does not decode.
func loadBody(db *badger.DB, r io.Reader) error {
	br := bufio.NewReaderSize(r, 256<<10)
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	read := func() ([]byte, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if n > maxBodyRecord {
			return nil, fmt.Errorf("a record of %d bytes", n)
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return b, err
	}
	for {
		k, err := read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("the backup does not decode: %w", err)
		}
		v, err := read()
		if err != nil {
			return fmt.Errorf("the backup does not decode: %w", unexpected(err))
		}
		if err := wb.Set(k, v); err != nil {
			return err
		}
	}
	return wb.Flush()
}

// unexpected turns io.EOF in the middle of a record into io.ErrUnexpectedEOF.
func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
