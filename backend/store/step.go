package store

import (
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// image is one entity's stored value before and after an undo step; nil
// means absent. Values are the raw stored bytes (position + encoding), so
// undo and redo write them back without decoding.
type image struct {
	kind          Kind
	key           string
	before, after []byte
}

// step is one entry of the change log (r/<rid>/u/<seq>).
type step struct {
	label  string
	images []image
}

func (st *step) encode() []byte {
	n := 16 + len(st.label)
	for _, im := range st.images {
		n += 16 + len(im.kind) + len(im.key) + len(im.before) + len(im.after)
	}
	e := encoder{b: make([]byte, 0, n)}
	e.str(st.label)
	e.uvarint(uint64(len(st.images)))
	for _, im := range st.images {
		e.str(string(im.kind))
		e.str(im.key)
		e.count(len(im.before), im.before == nil)
		e.b = append(e.b, im.before...)
		e.count(len(im.after), im.after == nil)
		e.b = append(e.b, im.after...)
	}
	return e.b
}

func decodeStep(b []byte) (step, error) {
	d := decoder{s: string(b)}
	st := step{label: d.str()}
	n := d.uvarint()
	if n > uint64(len(b)) {
		return step{}, errCorrupt
	}
	st.images = make([]image, n)
	for i := range st.images {
		im := &st.images[i]
		im.kind, im.key = Kind(d.str()), d.str()
		im.before, im.after = d.optBytes(), d.optBytes()
	}
	return st, d.done()
}

// optBytes reads bytes written as count + raw bytes; nil when absent.
func (d *decoder) optBytes() []byte {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	p := []byte(d.s[d.i : d.i+n])
	d.i += n
	return p
}

func readStep(txn *badger.Txn, rid string, seq uint64) (step, error) {
	item, err := txn.Get(undoKey(rid, seq))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return step{}, fmt.Errorf("store: roadmap %q: undo step %d is missing", rid, seq)
	}
	if err != nil {
		return step{}, err
	}
	var st step
	err = item.Value(func(v []byte) error {
		st, err = decodeStep(v)
		return err
	})
	if err != nil {
		return step{}, fmt.Errorf("store: roadmap %q: undo step %d: %w", rid, seq, err)
	}
	return st, nil
}
