package layout

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestPack(t *testing.T) {
	tests := []struct {
		name     string
		lanes    []string
		items    []Item
		wantRows map[string]int
		wantLane []Lane
	}{
		{"empty lanes keep one row", []string{"a", "b"}, nil, map[string]int{}, []Lane{{"a", 1}, {"b", 1}}},
		{"back to back share a row", []string{"a"},
			[]Item{{"x", "a", 0, 4, false}, {"y", "a", 5, 9, false}},
			map[string]int{"x": 0, "y": 0}, []Lane{{"a", 1}}},
		{"one shared day splits", []string{"a"},
			[]Item{{"x", "a", 0, 5, false}, {"y", "a", 5, 9, false}},
			map[string]int{"x": 0, "y": 1}, []Lane{{"a", 2}}},
		{"a freed row is reused, lowest first", []string{"a"},
			[]Item{{"long", "a", 0, 20, false}, {"s1", "a", 1, 3, false}, {"s2", "a", 2, 6, false}, {"s3", "a", 7, 8, false}},
			map[string]int{"long": 0, "s1": 1, "s2": 2, "s3": 1}, []Lane{{"a", 3}}},
		{"milestones keep a day each side", []string{"a"},
			[]Item{{"bar", "a", 0, 4, false}, {"ms", "a", 5, 5, true}, {"ms2", "a", 7, 7, true}},
			map[string]int{"bar": 0, "ms": 1, "ms2": 0}, []Lane{{"a", 2}}},
		{"a one-day effort is no milestone", []string{"a"},
			[]Item{{"bar", "a", 0, 4, false}, {"day", "a", 5, 5, false}},
			map[string]int{"bar": 0, "day": 0}, []Lane{{"a", 1}}},
		{"lanes pack apart; unknown lanes are left out", []string{"b", "a"},
			[]Item{{"x", "a", 0, 9, false}, {"y", "b", 0, 9, false}, {"z", "gone", 0, 9, false}},
			map[string]int{"x": 0, "y": 0}, []Lane{{"b", 1}, {"a", 1}}},
		{"rows follow the order given, not the dates", []string{"a"},
			[]Item{{"c", "a", 3, 4, false}, {"b", "a", 0, 9, false}, {"a", "a", 0, 9, false}},
			map[string]int{"c": 0, "b": 1, "a": 2}, []Lane{{"a", 3}}},
		{"an item takes a gap in a lower row", []string{"a"},
			[]Item{{"x", "a", 0, 3, false}, {"y", "a", 10, 12, false}, {"z", "a", 2, 11, false}, {"gap", "a", 5, 8, false}},
			map[string]int{"x": 0, "y": 0, "z": 1, "gap": 0}, []Lane{{"a", 2}}},
		{"an item before a row's first day takes that row", []string{"a"},
			[]Item{{"late", "a", 20, 25, false}, {"early", "a", 1, 4, false}},
			map[string]int{"late": 0, "early": 0}, []Lane{{"a", 1}}},
		// The case that made rows jump: b follows a, c starts the day after a ends.
		{"a bar moved by a day moves only what it now overlaps", []string{"a"},
			[]Item{{"a", "a", 0, 5, false}, {"b", "a", 0, 2, false}, {"c", "a", 7, 9, false}, {"d", "a", 7, 12, false}},
			map[string]int{"a": 0, "b": 1, "c": 0, "d": 1}, []Lane{{"a", 2}}},
		{"the same, a moved by a day", []string{"a"},
			[]Item{{"a", "a", 1, 6, false}, {"b", "a", 0, 2, false}, {"c", "a", 7, 9, false}, {"d", "a", 7, 12, false}},
			map[string]int{"a": 0, "b": 1, "c": 0, "d": 1}, []Lane{{"a", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Pack(tc.lanes, tc.items)
			if !reflect.DeepEqual(got.Rows, tc.wantRows) || !reflect.DeepEqual(got.Lanes, tc.wantLane) {
				t.Fatalf("got %v %v; want %v %v", got.Lanes, got.Rows, tc.wantLane, tc.wantRows)
			}
		})
	}
}

// TestPackProperties checks on random lanes that no two items of a row
// overlap, that each item is in the lowest row free of the items before it
// in its lane, that a lane has at least as many rows as its deepest overlap
// and that moving one item leaves the rows of the items before it alone.
func TestPackProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lanes := []string{"a", "b", "c"}
	for round := 0; round < 200; round++ {
		items := randomItems(rng, 1+rng.IntN(60), lanes)
		l := Pack(lanes, items)
		for i, x := range items {
			blocked := map[int]bool{}
			for _, y := range items[:i] {
				if x.Lane == y.Lane && overlap(span(x), span(y)) {
					blocked[l.Rows[y.ID]] = true
				}
			}
			if blocked[l.Rows[x.ID]] {
				t.Fatalf("round %d: %v shares row %d with an item it overlaps", round, x, l.Rows[x.ID])
			}
			for r := 0; r < l.Rows[x.ID]; r++ {
				if !blocked[r] {
					t.Fatalf("round %d: %v is in row %d; row %d is free", round, x, l.Rows[x.ID], r)
				}
			}
		}
		for _, lane := range l.Lanes {
			if min := max(1, depth(items, lane.ID)); lane.Rows < min {
				t.Fatalf("round %d: lane %s has %d rows; its deepest overlap is %d", round, lane.ID, lane.Rows, min)
			}
		}
		k := rng.IntN(len(items))
		moved := slices.Clone(items)
		moved[k].From, moved[k].To = moved[k].From+1, moved[k].To+1
		m := Pack(lanes, moved)
		for _, x := range items[:k] {
			if m.Rows[x.ID] != l.Rows[x.ID] {
				t.Fatalf("round %d: moving %s moved %s, before it, from row %d to %d", round, items[k].ID, x.ID, l.Rows[x.ID], m.Rows[x.ID])
			}
		}
	}
}

// TestPackLaneAllocs checks that packing a lane allocates per row, not per
// bar: a lane's rows and their days are reused from lane to lane.
func TestPackLaneAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	items := randomItems(rng, 2000, []string{"l0"})
	rows := make(map[string]int, len(items))
	var l laneRows
	n := l.pack(items, rows)
	allocs := testing.AllocsPerRun(5, func() { l.pack(items, rows) })
	if allocs > 0 {
		t.Fatalf("packing a lane of 2,000 bars (%d rows) again allocates %.0f times; want none", n, allocs)
	}
}

func randomItems(rng *rand.Rand, n int, lanes []string) []Item {
	items := make([]Item, n)
	for i := range items {
		from := rng.IntN(100)
		to, milestone := from, rng.IntN(5) == 0
		if !milestone {
			to += rng.IntN(30)
		}
		items[i] = Item{ID: fmt.Sprint("e", i), Lane: lanes[rng.IntN(len(lanes))], From: from, To: to, Milestone: milestone}
	}
	return items
}

func overlap(a, b interval) bool { return a.from <= b.to && b.from <= a.to }

// depth is the most items of lane that share one day (margins included).
func depth(items []Item, lane string) int {
	best := 0
	for d := -2; d < 140; d++ {
		n := 0
		for _, it := range items {
			if s := span(it); it.Lane == lane && s.from <= d && d <= s.to {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}

func BenchmarkPack20k(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 7))
	lanes := []string{"l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7"}
	items := randomItems(rng, 20000, lanes)
	for i := range items {
		items[i].From *= 7 // spread over ~2 years
		items[i].To = items[i].From + (items[i].To-items[i].From/7)%40
	}
	b.ResetTimer()
	for b.Loop() {
		Pack(lanes, items)
	}
}
