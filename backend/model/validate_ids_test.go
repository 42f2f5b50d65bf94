package model

import (
	"strings"
	"testing"
)

// TestCheckerIDs: each id maps to the list index of its first holder, also
// after a missing id or a repeated one has shifted the table's keys; the
// missing and repeated ones are problems naming the first holder; unknown
// ids and "" map to -1. The same holds when the checker is handed the
// list's index (as the reader makes it) instead of making one.
func TestCheckerIDs(t *testing.T) {
	for _, c := range []struct {
		list     []string
		want     map[string]int32
		problems []string
	}{
		{[]string{"a", "b", "c"}, map[string]int32{"a": 0, "b": 1, "c": 2, "d": -1, "": -1}, nil},
		{[]string{"a", "", "b", "c"}, map[string]int32{"a": 0, "b": 2, "c": 3, "": -1},
			[]string{"efforts[1].id: missing"}},
		{[]string{"a", "b", "a", "c", "b", "d"}, map[string]int32{"a": 0, "b": 1, "c": 3, "d": 5},
			[]string{`efforts[2] (id "a").id: duplicate id (also efforts[0])`, `efforts[4] (id "b").id: duplicate id (also efforts[1])`}},
		{[]string{"", "x", "x", ""}, map[string]int32{"x": 1, "y": -1},
			[]string{"efforts[0].id: missing", `efforts[2] (id "x").id: duplicate id (also efforts[1])`, "efforts[3].id: missing"}},
	} {
		for _, given := range []bool{false, true} {
			id := func(i int) string { return c.list[i] }
			var ch checker
			var x *idIndex
			if given {
				x = ch.ids("efforts", len(c.list), id, indexIDs(len(c.list), id))
			} else {
				x = ch.ids("efforts", len(c.list), id, nil)
			}
			for id, want := range c.want {
				if got := x.lookup(id); got != want {
					t.Errorf("%q: lookup(%q) = %d, want %d", c.list, id, got, want)
				}
			}
			var got []string
			for _, p := range ch.problems {
				got = append(got, p.Path+": "+p.Message)
			}
			if strings.Join(got, "\n") != strings.Join(c.problems, "\n") {
				t.Errorf("%q (index given %v): problems\n%s\nwant\n%s", c.list, given, strings.Join(got, "\n"), strings.Join(c.problems, "\n"))
			}
		}
	}
}
