package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// header is the visible key of a roadmap (h/<rid>): what List shows, the
// next free position and the undo cursor. Undo steps are numbered: steps
// [base, cursor) can be undone, [cursor, top) redone.
type header struct {
	name              string
	created, updated  int64 // unix nanoseconds
	lanes, efforts    int
	nextPos           uint64
	base, cursor, top uint64
}

func (h *header) encode() []byte {
	e := encoder{b: make([]byte, 0, 32+len(h.name))}
	e.str(h.name)
	e.varint(h.created)
	e.varint(h.updated)
	e.uvarint(uint64(h.lanes))
	e.uvarint(uint64(h.efforts))
	e.uvarint(h.nextPos)
	e.uvarint(h.base)
	e.uvarint(h.cursor)
	e.uvarint(h.top)
	return e.b
}

func decodeHeader(b []byte) (h header, err error) {
	d := decoder{s: string(b)}
	h.name = d.str()
	h.created, h.updated = d.varint(), d.varint()
	h.lanes, h.efforts = int(d.uvarint()), int(d.uvarint())
	h.nextPos = d.uvarint()
	h.base, h.cursor, h.top = d.uvarint(), d.uvarint(), d.uvarint()
	return h, d.done()
}

func (h *header) info(rid string) Info {
	return Info{ID: rid, Name: h.name, Lanes: h.lanes, Efforts: h.efforts,
		UpdatedAt: time.Unix(0, h.updated).UTC()}
}

// getHeader reads the header of rid; ErrNotFound when the roadmap does not exist.
func getHeader(txn *badger.Txn, rid string) (header, error) {
	if !validID(rid) {
		return header{}, notFoundf("roadmap %q", rid)
	}
	item, err := txn.Get(headerKey(rid))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return header{}, notFoundf("roadmap %q", rid)
	}
	if err != nil {
		return header{}, err
	}
	var h header
	err = item.Value(func(v []byte) error {
		h, err = decodeHeader(v)
		return err
	})
	if err != nil {
		return header{}, fmt.Errorf("store: header of roadmap %q: %w", rid, err)
	}
	return h, nil
}

func putHeader(txn *badger.Txn, rid string, h *header) error {
	return txn.Set(headerKey(rid), h.encode())
}
