package layout

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestRepackEqualsPack: over random edit sequences (an item moved, made a
// milestone, moved to another lane, deleted, added; lanes added, removed,
// reordered; items reordered), Repack from the previous packing gives
// exactly Pack's layout, repacks only the lanes whose items changed, and
// leaves the previous layout as it was.
func TestRepackEqualsPack(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 5))
		lanes := []string{"a", "b", "c", "d"}
		items := randomItems(rng, 40+rng.IntN(40), lanes)
		prev := Pack(lanes, items)
		next := 1000
		for step := range 60 {
			nextLanes, nextItems, what := randomLayoutEdit(rng, lanes, items, &next)
			before := copyLayout(prev)
			got, repacked := Repack(prev, items, nextLanes, nextItems)
			want := Pack(nextLanes, nextItems)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d (%s): Repack gives\n%v\nPack gives\n%v", seed, step, what, got, want)
			}
			if !reflect.DeepEqual(prev, before) {
				t.Fatalf("seed %d step %d (%s): Repack changed the previous layout", seed, step, what)
			}
			for _, id := range nextLanes {
				same := slices.Contains(lanes, id) && slices.Equal(ofLane(items, id), ofLane(nextItems, id))
				if same && slices.Contains(repacked, id) {
					t.Fatalf("seed %d step %d (%s): lane %s repacked, its items unchanged", seed, step, what, id)
				}
			}
			lanes, items, prev = nextLanes, nextItems, got
		}
	}
}

// randomLayoutEdit returns lanes and items after one random edit, and what it was.
func randomLayoutEdit(rng *rand.Rand, lanes []string, items []Item, next *int) ([]string, []Item, string) {
	lanes, items = slices.Clone(lanes), slices.Clone(items)
	pick := func() int { return rng.IntN(len(items)) }
	switch k := rng.IntN(9); {
	case k <= 2 && len(items) > 0:
		i := pick()
		d := rng.IntN(7) - 3
		items[i].From += d
		items[i].To += d
		return lanes, items, "move " + items[i].ID
	case k == 3 && len(items) > 0:
		i := pick()
		items[i].Milestone, items[i].To = true, items[i].From
		return lanes, items, "milestone " + items[i].ID
	case k == 4 && len(items) > 0:
		i := pick()
		items[i].Lane = lanes[rng.IntN(len(lanes))]
		return lanes, items, "relane " + items[i].ID
	case k == 5 && len(items) > 0:
		i := pick()
		what := "delete " + items[i].ID
		return lanes, slices.Delete(items, i, i+1), what
	case k == 6:
		*next++
		from := rng.IntN(100)
		it := Item{ID: fmt.Sprint("n", *next), Lane: lanes[rng.IntN(len(lanes))], From: from, To: from + rng.IntN(20)}
		i := rng.IntN(len(items) + 1)
		return lanes, slices.Insert(items, i, it), "add " + it.ID
	case k == 7:
		if len(lanes) > 2 && rng.IntN(2) == 0 {
			i := rng.IntN(len(lanes))
			what := "drop lane " + lanes[i]
			return slices.Delete(lanes, i, i+1), items, what
		}
		*next++
		return append(lanes, fmt.Sprint("L", *next)), items, "add lane"
	default:
		rng.Shuffle(len(lanes), func(i, j int) { lanes[i], lanes[j] = lanes[j], lanes[i] })
		if len(items) > 1 {
			i, j := pick(), pick()
			items[i], items[j] = items[j], items[i]
		}
		return lanes, items, "reorder"
	}
}

func ofLane(items []Item, lane string) []Item {
	var out []Item
	for _, it := range items {
		if it.Lane == lane {
			out = append(out, it)
		}
	}
	return out
}

func copyLayout(l *Layout) *Layout {
	c := &Layout{Lanes: slices.Clone(l.Lanes), Rows: map[string]int{}}
	for k, v := range l.Rows {
		c.Rows[k] = v
	}
	return c
}

// TestPackAgainEqualsPack: in deep lanes (up to ~100 rows), after moving,
// stretching or making milestones of one to three items at a time,
// packAgain from the packing before gives exactly pack's rows.
func TestPackAgainEqualsPack(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	var again, fresh laneRows
	for round := range 40 {
		items := randomItems(rng, 50+rng.IntN(250), []string{"a"})
		for i := range items { // squeeze the days: deeper lanes
			d := rng.IntN(1 + round%4*10)
			items[i].From, items[i].To = items[i].From/3, items[i].To/3+d
		}
		rows := map[string]int{}
		fresh.pack(items, rows)
		for step := range 30 {
			next := slices.Clone(items)
			for range 1 + rng.IntN(3) {
				i := rng.IntN(len(next))
				switch rng.IntN(3) {
				case 0:
					d := rng.IntN(9) - 4
					next[i].From, next[i].To = next[i].From+d, next[i].To+d
				case 1:
					next[i].To += rng.IntN(9) - 4
					next[i].To = max(next[i].To, next[i].From)
				default:
					next[i].Milestone = !next[i].Milestone
				}
			}
			want := map[string]int{}
			wantN := fresh.pack(next, want)
			got := maps.Clone(rows) // as Repack's copy
			gotN := again.packAgain(next, items, rows, got)
			if gotN != wantN || !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d step %d: packAgain gives %d rows %v; pack %d rows %v", round, step, gotN, got, wantN, want)
			}
			items, rows = next, got
		}
	}
}
