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
			got, added := tab.add(k)
			if got != int32(i) || added != (round == 0) {
				t.Fatalf("round %d: add(%q) = %d, %v", round, k, got, added)
			}
		}
	}
	if tab.get("id-5000") != -1 || tab.get("") != -1 || tab.len() != 5000 {
		t.Fatal("unknown key found, or wrong length")
	}
	if i, _ := tab.add(""); tab.get("") != i {
		t.Fatal("empty string")
	}
}
