package layout

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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
		{"input order does not matter", []string{"a"},
			[]Item{{"c", "a", 3, 4, false}, {"b", "a", 0, 9, false}, {"a", "a", 0, 9, false}},
			map[string]int{"a": 0, "b": 1, "c": 2}, []Lane{{"a", 3}}},
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
// overlap and that each lane uses exactly as many rows as its deepest overlap.
func TestPackProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		items := randomItems(rng, 1+rng.IntN(60), []string{"a", "b", "c"})
		l := Pack([]string{"a", "b", "c"}, items)
		for i, x := range items {
			for _, y := range items[i+1:] {
				if x.Lane == y.Lane && l.Rows[x.ID] == l.Rows[y.ID] && overlap(span(x), span(y)) {
					t.Fatalf("round %d: %v and %v share row %d", round, x, y, l.Rows[x.ID])
				}
			}
		}
		for _, lane := range l.Lanes {
			if want := max(1, depth(items, lane.ID)); lane.Rows != want {
				t.Fatalf("round %d: lane %s has %d rows; its deepest overlap is %d", round, lane.ID, lane.Rows, want)
			}
		}
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
