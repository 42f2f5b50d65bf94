package soak

import (
	"math/rand/v2"
	"strings"
	"testing"

	"tandem/backend/service"
	"tandem/backend/store"
)

// ledgered opens a seeded store and makes n acknowledged random calls
// through the service, recorded in a ledger.
func ledgered(t *testing.T, n int) (*store.Store, string, *Ledger, *Editor) {
	t.Helper()
	dir := t.TempDir()
	rid, initial, err := seedStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ed, err := NewEditor(service.New(st), rid, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	led := NewLedger(initial, store.UndoLimit)
	for len(led.States) < n+1 {
		c, d, err := ed.Do(func(Call) {})
		if err != nil {
			continue
		}
		if err := led.Ack(c.Kind, d); err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
	}
	return st, rid, led, ed
}

func TestVerifyPassesAHealthyStore(t *testing.T) {
	st, rid, led, _ := ledgered(t, 12)
	cursor := led.Cursor
	if landed, err := Verify(st, rid, led, "", 5); err != nil || landed {
		t.Fatalf("Verify = %v, %v; want no landed call, nil", landed, err)
	}
	if led.Cursor != cursor {
		t.Fatalf("Verify moved the ledger from %d to %d", cursor, led.Cursor)
	}
}

// TestVerifyFindsALostEdit: an acknowledged edit that is not in the store
// fails the check, whatever call was under way.
func TestVerifyFindsALostEdit(t *testing.T) {
	for _, pending := range []Kind{"", KindEdit, KindRedo} {
		st, rid, led, _ := ledgered(t, 6)
		led.States = append(led.States[:led.Cursor+1], "f00d")
		led.Cursor++ // the ledger holds an edit the store never got
		_, err := Verify(st, rid, led, pending, 3)
		if err == nil || !strings.Contains(err.Error(), "acknowledged edits lost") {
			t.Fatalf("pending %q: Verify = %v, want acknowledged edits lost", pending, err)
		}
	}
}

// TestVerifyAcceptsAnUnacknowledgedCallThatLanded: a call begun but not
// acknowledged may have landed; the ledger takes its state.
func TestVerifyAcceptsAnUnacknowledgedCallThatLanded(t *testing.T) {
	st, rid, led, ed := ledgered(t, 6)
	for { // one more edit, never acknowledged; other calls are
		c, d, err := ed.Do(func(Call) {})
		if err == nil && c.Kind == KindEdit {
			break
		}
		if err == nil {
			if err := led.Ack(c.Kind, d); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := Verify(st, rid, led, "", 3); err == nil {
		t.Fatal("Verify without a pending call passed an unacknowledged edit")
	}
	landed, err := Verify(st, rid, led, KindEdit, 3)
	if err != nil || !landed {
		t.Fatalf("Verify = %v, %v; want the pending edit landed", landed, err)
	}
	if _, _, err := st.Undo(rid); err != nil {
		t.Fatal(err)
	}
	if landed, err := Verify(st, rid, led, KindUndo, 3); err != nil || !landed {
		t.Fatalf("after an unacknowledged undo: Verify = %v, %v", landed, err)
	}
}

// TestVerifyFindsAWrongHistory: a store whose undo log leads elsewhere
// than the ledger fails the walk.
func TestVerifyFindsAWrongHistory(t *testing.T) {
	st, rid, led, _ := ledgered(t, 6)
	led.States[led.Cursor-1] = "beef"
	if _, err := Verify(st, rid, led, "", 3); err == nil || !strings.Contains(err.Error(), "undo 1 of 3") {
		t.Fatalf("Verify = %v, want the first undo to fail", err)
	}
}

func TestLedger(t *testing.T) {
	l := NewLedger("a", 2)
	steps := []struct {
		k      Kind
		d      string
		ok     bool
		states string
	}{
		{KindUndo, "a", false, "a"},
		{KindEdit, "a", false, "a"}, // an edit must change the state
		{KindEdit, "b", true, "a b"},
		{KindEdit, "c", true, "a b c"},
		{KindEdit, "d", true, "b c d"}, // the store keeps 2 steps
		{KindUndo, "b", false, "b c d"},
		{KindUndo, "c", true, "b c d"},
		{KindRedo, "b", false, "b c d"},
		{KindRedo, "d", true, "b c d"},
		{KindUndo, "c", true, "b c d"},
		{KindEdit, "e", true, "b c e"}, // drops the redo tail
		{KindRedo, "d", false, "b c e"},
	}
	for i, s := range steps {
		err := l.Ack(s.k, s.d)
		if (err == nil) != s.ok || strings.Join(l.States, " ") != s.states {
			t.Fatalf("step %d %s %s: err %v, states %v; want ok %v, %s", i, s.k, s.d, err, l.States, s.ok, s.states)
		}
	}
}
