package model

import (
	"fmt"
	"testing"
	"unsafe"
)

// TestCountObjects: the objects directly inside an array, however strings,
// escapes and nesting fall; other values count nothing.
func TestCountObjects(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{`[]`, 0},
		{`  [ ]`, 0},
		{`[{}]`, 1},
		{`[{},{"a":{"b":[{}, {}]}}, null, 1, "x", [{}]]`, 2},
		{`[{"s":"}]{"}, {"s":"\"}{"}, {"s":"\\"}, {"s":"\\\"{"}]`, 4},
		{`[{"a":1},`, 1}, // unterminated: a hint, the decoder reports the error
		{`{"a":[{}]}`, 0},
		{`null`, 0},
	} {
		d := newDecoder([]byte(c.in))
		if got := d.countObjects(); got != c.want {
			t.Errorf("countObjects(%s) = %d, want %d", c.in, got, c.want)
		}
		if d.pos > 0 && c.in[d.pos] != '[' {
			t.Errorf("countObjects(%s) moved to %d, want the '['", c.in, d.pos)
		}
	}
}

// TestRefsShareIDs: a reference to an id read before it is the id's own
// string; one to an id read later, or to none, reads as it is.
func TestRefsShareIDs(t *testing.T) {
	r, err := Parse([]byte(`{"lanes":[{"id":"l1"}],"efforts":[
		{"id":"a","lane":"l1"},{"id":"b","lane":"l2"}],
		"dependencies":[{"from":"a","to":"b"},{"from":"b","to":"zz"}],
		"links":[{"a":"a","b":"b"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	same := func(what, a, b string) {
		t.Helper()
		if a != b || unsafe.StringData(a) != unsafe.StringData(b) {
			t.Errorf("%s: %q is not the id's string %q", what, a, b)
		}
	}
	a, b := r.Efforts[0].ID, r.Efforts[1].ID
	same("lane", r.Efforts[0].Lane, r.Lanes[0].ID)
	same("from", r.Dependencies[0].From, a)
	same("to", r.Dependencies[0].To, b)
	same("link a", r.Links[0].A, a)
	if r.Efforts[1].Lane != "l2" || r.Dependencies[1].To != "zz" {
		t.Errorf("unknown references read as %q and %q", r.Efforts[1].Lane, r.Dependencies[1].To)
	}
	if len(r.Efforts) != cap(r.Efforts) || len(r.Dependencies) != cap(r.Dependencies) {
		t.Errorf("efforts %d of %d, dependencies %d of %d: lists of objects are read into arrays of their size",
			len(r.Efforts), cap(r.Efforts), len(r.Dependencies), cap(r.Dependencies))
	}
}

// TestIDTable: indexes in order of addition, the first of equal strings
// wins, and look-ups by string and by bytes agree as the table grows.
func TestIDTable(t *testing.T) {
	tab := newIDTable(0)
	const n = 5000
	for i := 0; i < n; i++ {
		if got := tab.add(fmt.Sprint("id", i)); got != i {
			t.Fatalf("add(id%d) = %d", i, got)
		}
		if i%7 == 0 {
			tab.reserve(i)
		}
	}
	if got := tab.add("id42"); got != 42 {
		t.Errorf("add of a duplicate = %d, want 42", got)
	}
	for i := 0; i < n; i++ {
		s := fmt.Sprint("id", i)
		if tab.get(s) != i || tab.getBytes([]byte(s)) != i {
			t.Fatalf("get(%s) = %d, getBytes = %d, want %d", s, tab.get(s), tab.getBytes([]byte(s)), i)
		}
	}
	if tab.get("id-1") != -1 || tab.getBytes([]byte("")) != -1 {
		t.Error("absent strings found")
	}
}

// TestIDTableShortKeys: strings of up to 7 bytes, held in the slots, are
// told apart from each other however alike (trailing NULs, one byte more)
// and from longer ones that begin the same.
func TestIDTableShortKeys(t *testing.T) {
	keys := []string{"a", "a\x00", "\x00", "\x00\x00", "abcdefg", "abcdefgh", "abcdefg\x00", "ab", "b", "é", "\xff\xff\xff\xff\xff\xff\xff"}
	tab := newIDTable(2)
	for i, k := range keys {
		if got := tab.add(k); got != i {
			t.Fatalf("add(%q) = %d, want %d", k, got, i)
		}
	}
	for i, k := range keys {
		if tab.get(k) != i || tab.getBytes([]byte(k)) != i || tab.add(k) != i {
			t.Errorf("%q: get %d, getBytes %d, want %d", k, tab.get(k), tab.getBytes([]byte(k)), i)
		}
	}
	for _, k := range []string{"", "c", "a\x00\x00", "abcdef", "abcdefgi", "abcdefgh\x00"} {
		if tab.get(k) != -1 || tab.getBytes([]byte(k)) != -1 {
			t.Errorf("absent %q found", k)
		}
	}
	if shortKey("abcdefg") == 0 || shortKey("abcdefgh") != 0 || shortKey("") != 0 || shortKey("a") == shortKey("a\x00") {
		t.Error("shortKey packs 1 to 7 bytes and their length")
	}
}

// TestOwnedIDTable: a table that owns its short keys gives each key's
// string from its index alone (key), the very string keys holds, and the
// reader's lists then hold those strings as their ids.
func TestOwnedIDTable(t *testing.T) {
	ids := []string{"e1", "lane-number-one", "e1", "", "abcdefg", "abcdefgh", "x"}
	x := indexOwnIDs(len(ids), func(i int) *string { return &ids[i] })
	for k, s := range x.t.keys {
		got := x.t.key(k, len(s))
		if got != s || unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("key %d: %q, want keys' own %q", k, got, s)
		}
		if owned := len(s) <= 7; owned != (unsafe.StringData(s) == &x.t.owned[8*k]) {
			t.Errorf("key %d %q: owned %v", k, s, !owned)
		}
		if p := x.at(k); unsafe.StringData(ids[p]) != unsafe.StringData(s) {
			t.Errorf("id at %d is not the table's string %q", p, s)
		}
	}
	if len(x.t.keys) != 5 || x.lookup("e1") != 0 || x.lookup("abcdefgh") != 5 || x.lookup("x") != 6 {
		t.Errorf("keys %q, e1 at %d", x.t.keys, x.lookup("e1"))
	}
}
