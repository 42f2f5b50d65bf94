package service

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/layout"
	"tandem/backend/model/modeltest"
)

// TestEditItems checks when an edit's bars are prev's: kept where the row
// and (for a slipped effort) the effort are unchanged, made again where
// not, and refused when the schedules do not line up.
func TestEditItems(t *testing.T) {
	svc, _ := newTestService(t)
	file, err := modeltest.Generate(150, 6).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snap := must(t)(svc.ImportRoadmap("items", "", string(file)))
	id := snap.Info.ID
	e := snap.Roadmap.Efforts[20]
	shift(&e, 1)
	must(t)(svc.UpdateEffort(id, e))
	prev := svc.open[id]
	slipped := -1
	for k, row := range prev.res.Schedule {
		if row.SlipDays > 0 {
			slipped = k
			break
		}
	}
	if slipped < 0 {
		t.Fatal("no effort slipped")
	}
	// A mark on prev's bars shows which ones editItems kept.
	const mark = 1 << 30
	marked := func() *opened {
		c := *prev
		c.items = append([]layout.Item(nil), prev.items...)
		for k := range c.items {
			c.items[k].To = mark
		}
		return &c
	}
	cases := []struct {
		name    string
		next    func() *opened
		changed map[string]bool
		ok      bool
		made    []int // the bars made again; every other one is kept
	}{
		{"nothing changed", func() *opened { return prev }, map[string]bool{}, true, nil},
		{"a row changed", func() *opened {
			o := *prev
			o.res = cloneResult(prev.res)
			o.res.Schedule[3].End = "2031-01-01"
			return &o
		}, map[string]bool{}, true, []int{3}},
		{"a slipped effort changed", func() *opened { return prev },
			map[string]bool{prev.res.Schedule[slipped].ID: true}, true, []int{slipped}},
		{"an unslipped effort changed", func() *opened { return prev },
			map[string]bool{prev.res.Schedule[slipped+1].ID: prev.res.Schedule[slipped+1].SlipDays > 0}, true, nil},
		{"a row fewer", func() *opened {
			o := *prev
			o.res = cloneResult(prev.res)
			o.res.Schedule = o.res.Schedule[1:]
			return &o
		}, map[string]bool{}, false, nil},
		{"rows in another order", func() *opened {
			o := *prev
			o.res = cloneResult(prev.res)
			o.res.Schedule[0], o.res.Schedule[1] = o.res.Schedule[1], o.res.Schedule[0]
			return &o
		}, map[string]bool{}, false, nil},
		{"no model index", func() *opened { o := *prev; o.mx = nil; return &o }, map[string]bool{}, false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			next := c.next()
			got, ok := editItems(marked(), next, c.changed)
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v", ok, c.ok)
			}
			if !ok {
				return
			}
			_, want := formats.ScheduleItems(next.r, next.res, true)
			made := map[int]bool{}
			for _, k := range c.made {
				made[k] = true
			}
			for k := range got {
				switch {
				case made[k] && got[k] != want[k]:
					t.Fatalf("bar %d = %+v, want %+v", k, got[k], want[k])
				case !made[k] && got[k].To != mark:
					t.Fatalf("bar %d was made again; want prev's kept", k)
				}
			}
		})
	}
}

// TestEditLayoutEqualsWhole checks, over random edits of every kind, that
// the bars and the layout an edit keeps are the ones made from scratch.
func TestEditLayoutEqualsWhole(t *testing.T) {
	svc, _ := newTestService(t)
	file, err := modeltest.Generate(250, 13).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	snap := must(t)(svc.ImportRoadmap("lay", "", string(file)))
	rng := rand.New(rand.NewPCG(5, 6))
	for step := range 150 {
		what, next, err := randomEdit(svc, snap, rng)
		if err != nil {
			continue
		}
		snap = next
		o := svc.open[snap.Info.ID]
		_, items := formats.ScheduleItems(o.r, o.res, true)
		if !reflect.DeepEqual(o.items, items) {
			t.Fatalf("step %d (%s): the bars kept differ from the ones made from scratch", step, what)
		}
		if want := packLanes(o.r, o.res); !reflect.DeepEqual(o.lay, want) {
			t.Fatalf("step %d (%s): the layout kept differs from the one made from scratch", step, what)
		}
	}
}

// cloneResult copies res with its own schedule rows.
func cloneResult(res *analysis.Result) *analysis.Result {
	c := *res
	c.Schedule = append(c.Schedule[:0:0], res.Schedule...)
	return &c
}
