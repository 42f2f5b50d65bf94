package service

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"tandem/backend/model/modeltest"
	"tandem/backend/sample"
)

// TestEditStateIsFresh: after every edit, undo and redo of random sequences
// (on the sample, a generated roadmap and the browser benchmark's shape),
// what the service holds and answers (the roadmap, its analysis and its
// layout, however the service arrived at them: kept, repacked in part) is
// exactly what loading the roadmap from the store and computing everything
// afresh gives.
func TestEditStateIsFresh(t *testing.T) {
	generated, err := modeltest.Generate(200, 7).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"sample": string(sample.Bytes()), "generated": string(generated),
		"bench": browserBenchRoadmap(t, 600)}
	for name, file := range files {
		for seed := uint64(1); seed <= 2; seed++ {
			t.Run(fmt.Sprintf("%s/seed%d", name, seed), func(t *testing.T) {
				svc, _ := newTestService(t)
				today := time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
				svc.now = func() time.Time { return today }
				snap := must(t)(svc.ImportRoadmap(name, "bench.tandem", file))
				rng := rand.New(rand.NewPCG(seed, 17))
				for step := range 60 {
					what, next, err := randomEdit(svc, snap, rng)
					if err != nil {
						continue
					}
					checkFresh(t, svc, next, fmt.Sprintf("step %d (%s)", step, what))
					snap = next
				}
			})
		}
	}
}

// checkFresh compares snap and the service's cache entry with the roadmap
// of snap loaded from the store, analysed and laid out from scratch.
func checkFresh(t *testing.T, svc *Service, snap *Snapshot, what string) {
	t.Helper()
	id := snap.Info.ID
	o := svc.open[id]
	if o == nil || o.rev != snap.Revision {
		t.Fatalf("%s: the cache does not hold the answered revision", what)
	}
	r, err := svc.store.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	res, err := analyze(r, svc.now())
	if err != nil {
		t.Fatal(err)
	}
	lay := packLanes(r, res)
	switch {
	case !reflect.DeepEqual(marshalRaw(t, o.r), marshalRaw(t, r)):
		t.Fatalf("%s: the roadmap held differs from the store's", what)
	case !reflect.DeepEqual(o.res, res):
		t.Fatalf("%s: the analysis held differs from a fresh one", what)
	case !reflect.DeepEqual(o.lay, lay):
		t.Fatalf("%s: the layout held differs from a fresh one:\n got %v\nwant %v", what, o.lay, lay)
	case snap.Analysis != o.res || snap.Layout != o.lay:
		t.Fatalf("%s: the snapshot does not carry what the service holds", what)
	}
}
