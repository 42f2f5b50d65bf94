package service

import (
	"encoding/json"
	"fmt"
	"testing"

	"tandem/backend/model"
	"tandem/backend/store"
)

// BenchmarkGenEditStages times, one at a time, the stages of the edit
// BenchmarkGenEditReply makes at 20,000 efforts, each on the state the
// edit leaves: the clone, the validation, the analysis (from scratch, and
// from the one before as the edit makes it: analyzeAfter), the store's
// durable write, the layout, the delta (comparing everything, and as the
// edit makes it: deltaAfter) and the reply's JSON.
func BenchmarkGenEditStages(b *testing.B) {
	svc := benchService(b)
	snap, err := svc.ImportRoadmap("bench", "bench.tandem", genRoadmap(b, 20_000))
	if err != nil {
		b.Fatal(err)
	}
	id := snap.Info.ID
	e := firstOfLane(snap, "l0")
	shift(&e, 1)
	for range 2 { // an index to reuse, then a Compact to start from
		if snap, err = svc.UpdateEffort(id, e); err != nil {
			b.Fatal(err)
		}
		shift(&e, 1)
	}
	prev := svc.open[id]
	if _, err = svc.UpdateEffort(id, e); err != nil {
		b.Fatal(err)
	}
	next := svc.open[id]
	r := next.r
	b.Run("clone", func(b *testing.B) {
		for b.Loop() {
			r.Clone()
		}
	})
	b.Run("sameIDs", func(b *testing.B) {
		for b.Loop() {
			sameIDs(prev.r, r)
		}
	})
	b.Run("validate", func(b *testing.B) {
		for b.Loop() {
			if err := r.ValidateIndexed(next.mx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("newIndex", func(b *testing.B) {
		for b.Loop() {
			model.NewIndex(r)
		}
	})
	b.Run("analyze", func(b *testing.B) {
		for b.Loop() {
			a, err := analyzeAfter(r, next.mx, svc.now(), nil, nil)
			if err != nil {
				b.Fatal(err)
			}
			a.rest()
		}
	})
	b.Run("analyzeAfter", func(b *testing.B) {
		after := &priorState{o: prev, edited: []int{next.mx.Effort(e.ID)}}
		for b.Loop() {
			a, err := analyzeAfter(r, next.mx, svc.now(), after, nil)
			if err != nil {
				b.Fatal(err)
			}
			a.rest()
		}
	})
	b.Run("store", func(b *testing.B) {
		k := 0
		for b.Loop() {
			k++
			shift(&e, 1-2*(k%2))
			if err := svc.store.Apply(id, "bench", store.Change{Kind: store.KindEffort, Key: e.ID, Value: e}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("layout", func(b *testing.B) {
		for b.Loop() {
			o := &opened{r: next.r, res: next.res, mx: next.mx}
			layOut(o, prev, map[string]bool{e.ID: true})
		}
	})
	b.Run("delta", func(b *testing.B) {
		for b.Loop() {
			if snapshotPatch(prev, next, nil, nil) == nil {
				b.Fatal("no patch")
			}
		}
	})
	b.Run("deltaAfter", func(b *testing.B) { // as the edit makes it, told what it kept
		o := *next
		o.rowsFrom = rowsFromOf(prev.res, next.comp, []int{next.mx.Effort(e.ID)})
		for b.Loop() {
			if snapshotPatch(prev, &o, nil, nil) == nil {
				b.Fatal("no patch")
			}
		}
	})
	b.Run("reply", func(b *testing.B) {
		for b.Loop() {
			if _, err := svc.reply(id, prev); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		s, err := svc.reply(id, prev)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := json.Marshal(s); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(fmt.Sprint(s.Delta != nil))), "delta")
	})
}
