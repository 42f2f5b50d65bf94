package soak

import "fmt"

// Kind is what an acknowledged call did to a roadmap's history.
type Kind string

// The kinds of calls: an edit adds an undo step (and drops the redo tail),
// undo and redo move along the steps.
const (
	KindEdit Kind = "edit"
	KindUndo Kind = "undo"
	KindRedo Kind = "redo"
)

// Ledger is the expected history of one roadmap: the digest of every state
// the undo log can reach, in order, and the current one. States[0] is the
// oldest state undo can go back to, States[Cursor] the current state, and
// the states after it are the redo tail. Every acknowledged call must fit
// it exactly: an edit moves to a new state, an undo to the one before, a
// redo to the one after.
type Ledger struct {
	States []string
	Cursor int
	limit  int // how many steps the store keeps (store.UndoLimit)
}

// NewLedger starts a ledger at state initial, with no step to undo or
// redo, for a store that keeps limit undo steps.
func NewLedger(initial string, limit int) *Ledger {
	return &Ledger{States: []string{initial}, limit: limit}
}

// Current returns the digest the roadmap must have now.
func (l *Ledger) Current() string { return l.States[l.Cursor] }

// CanUndo and CanRedo say whether a step can be undone or redone.
func (l *Ledger) CanUndo() bool { return l.Cursor > 0 }
func (l *Ledger) CanRedo() bool { return l.Cursor < len(l.States)-1 }

// Ack records an acknowledged call of kind k that left the roadmap at
// digest. It fails, changing nothing, when the call does not fit: an edit
// that left the state as it was, an undo or redo with nothing to move to
// or that reached another state than the history holds.
func (l *Ledger) Ack(k Kind, digest string) error {
	switch k {
	case KindEdit:
		if digest == l.Current() {
			return fmt.Errorf("an edit left the roadmap as it was (%.12s)", digest)
		}
		l.States = append(l.States[:l.Cursor+1], digest)
		l.Cursor++
		if l.Cursor > l.limit { // the store drops its oldest step
			l.States = l.States[1:]
			l.Cursor--
		}
	case KindUndo:
		if !l.CanUndo() || l.States[l.Cursor-1] != digest {
			return fmt.Errorf("undo reached %.12s; the history says %s", digest, l.around(-1))
		}
		l.Cursor--
	case KindRedo:
		if !l.CanRedo() || l.States[l.Cursor+1] != digest {
			return fmt.Errorf("redo reached %.12s; the history says %s", digest, l.around(+1))
		}
		l.Cursor++
	default:
		return fmt.Errorf("unknown kind %q", k)
	}
	return nil
}

// around describes the state at offset from the cursor for a message.
func (l *Ledger) around(offset int) string {
	i := l.Cursor + offset
	if i < 0 || i >= len(l.States) {
		return "there is none"
	}
	return fmt.Sprintf("%.12s", l.States[i])
}
