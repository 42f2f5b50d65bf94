package soak

import (
	"fmt"
	"strings"

	"tandem/backend/store"
)

// Verify checks a store reopened after a kill against the ledger of its
// roadmap rid, exactly:
//
//   - store.Check finds no problem;
//   - the roadmap is in the state the ledger holds, or, when a call of
//     kind pending was begun but not acknowledged, in the state that call
//     leads to: an unacknowledged edit may have landed (then undoing it in
//     the store must give the ledger's state back, and the ledger takes the
//     new state), an unacknowledged undo or redo must have reached the
//     ledger's state before or after;
//   - the undo log holds the ledger's history: undoing up to depth steps
//     reaches the ledger's states one by one, and so does redoing the redo
//     tail (up to depth steps); the walk is reversed after, so the store
//     ends as it was; whether undo and redo are possible matches the ledger.
//
// landed reports that the pending call had landed. pending is "" when no
// call was under way.
func Verify(st *store.Store, rid string, led *Ledger, pending Kind, depth int) (landed bool, err error) {
	problems, err := st.Check()
	if err != nil {
		return false, fmt.Errorf("check: %w", err)
	}
	if len(problems) > 0 {
		var b strings.Builder
		for _, p := range problems {
			b.WriteString("\n  " + p.String())
		}
		return false, fmt.Errorf("the store has %d problems:%s", len(problems), b.String())
	}
	got, err := digestOf(st, rid)
	if err != nil {
		return false, err
	}
	if got != led.Current() {
		if err := landPending(st, rid, led, pending, got); err != nil {
			return false, err
		}
		landed = true
	}
	return landed, walk(st, rid, led, depth)
}

// landPending accepts state got when the unacknowledged call pending
// explains it, and records it in led.
func landPending(st *store.Store, rid string, led *Ledger, pending Kind, got string) error {
	lost := fmt.Errorf("acknowledged edits lost: the roadmap is at %.12s, the last acknowledged state is %.12s (call under way: %q)",
		got, led.Current(), pending)
	switch pending {
	case KindEdit:
		// The edit landed if undoing it in the store gives the acknowledged state.
		if err := move(st, rid, true, led.Current()); err != nil {
			return fmt.Errorf("%w; undoing the unacknowledged edit: %v", lost, err)
		}
		if err := move(st, rid, false, got); err != nil {
			return err
		}
		return led.Ack(KindEdit, got)
	case KindUndo, KindRedo:
		if err := led.Ack(pending, got); err != nil {
			return fmt.Errorf("%w: %v", lost, err)
		}
		return nil
	}
	return lost
}

// walk undoes up to depth steps and redoes them, then redoes up to depth
// steps of the redo tail and undoes them, checking each state against led.
func walk(st *store.Store, rid string, led *Ledger, depth int) error {
	canUndo, canRedo, err := st.History(rid)
	if err != nil {
		return err
	}
	if canUndo != led.CanUndo() || canRedo != led.CanRedo() {
		return fmt.Errorf("the store can undo %v and redo %v; the history says %v and %v", canUndo, canRedo, led.CanUndo(), led.CanRedo())
	}
	back := min(depth, led.Cursor)
	fwd := min(depth, len(led.States)-1-led.Cursor)
	for i := 1; i <= back; i++ {
		if err := move(st, rid, true, led.States[led.Cursor-i]); err != nil {
			return fmt.Errorf("undo %d of %d: %w", i, back, err)
		}
	}
	for i := back - 1; i >= -fwd; i-- {
		if err := move(st, rid, false, led.States[led.Cursor-i]); err != nil {
			return fmt.Errorf("redo to %d: %w", -i, err)
		}
	}
	for i := fwd - 1; i >= 0; i-- {
		if err := move(st, rid, true, led.States[led.Cursor+i]); err != nil {
			return fmt.Errorf("undo back to %d: %w", i, err)
		}
	}
	return nil
}

// move undoes (back) or redoes one step of rid in the store and checks the
// state reached is want.
func move(st *store.Store, rid string, back bool, want string) error {
	travel := st.Redo
	if back {
		travel = st.Undo
	}
	_, ok, err := travel(rid)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("nothing to move to")
	}
	got, err := digestOf(st, rid)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("reached %.12s, want %.12s", got, want)
	}
	return nil
}

func digestOf(st *store.Store, rid string) (string, error) {
	r, err := st.Load(rid)
	if err != nil {
		return "", err
	}
	return Digest(r)
}
