package analysis

import (
	"fmt"
	"testing"
)

func TestIDTable(t *testing.T) {
	tab := newIDTable(3)
	for round := 0; round < 2; round++ {
		for i := 0; i < 5000; i++ {
			k := fmt.Sprint("id-", i)
			got, added := tab.add(k, int32(i%7*1000-1)) // hints near and far
			if got != int32(i) || added != (round == 0) {
				t.Fatalf("round %d: add(%q) = %d, %v", round, k, got, added)
			}
		}
	}
	if tab.get("id-5000") != -1 || tab.get("") != -1 || tab.len() != 5000 || tab.dups {
		t.Fatal("unknown key found, or wrong length")
	}
	if i, _ := tab.add("", 4999); tab.get("") != i {
		t.Fatal("empty string")
	}
}

// TestIDTableNear checks near around and far from its hint, at both ends,
// and that with repeated keys the first wins whatever the hint.
func TestIDTableNear(t *testing.T) {
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprint("e", i)
	}
	tab := tableOf(ids)
	for want := range ids {
		for _, hint := range []int{-1, 0, 99, want, want - nearby, want + nearby, want - nearby - 1, want + 40, 150} {
			if got := tab.near(ids[want], int32(hint)); got != int32(want) {
				t.Fatalf("near(%q, %d) = %d", ids[want], hint, got)
			}
		}
	}
	if tab.near("x", 50) != -1 || tab.dups {
		t.Fatal("unknown key found, or dups")
	}
	ids[60], ids[62] = "e5", "e61"
	tab = tableOf(ids)
	if !tab.dups || tab.near("e5", 61) != 5 || tab.near("e61", 62) != 61 {
		t.Fatalf("repeated keys: dups %v, e5 at %d, e61 at %d", tab.dups, tab.near("e5", 61), tab.near("e61", 62))
	}
}
