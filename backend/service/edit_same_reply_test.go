package service

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"tandem/backend/model/modeltest"
)

// TestEditRepliesAsFromScratch makes the same random edits through two
// services: one as it runs, keeping what an edit can reuse (the model
// index, the roadmap validated, the spare clone, the bars), and one that
// forgets all of it before every edit, so that each edit validates the
// whole roadmap, clones it, looks every id up and makes and packs every bar
// anew. Every reply must be the same, the delta's JSON included (but for
// the revisions and times, which differ between services).
func TestEditRepliesAsFromScratch(t *testing.T) {
	files := map[string]func(t *testing.T) string{
		"modeltest": func(t *testing.T) string {
			b, err := modeltest.Generate(300, 21).Marshal()
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		},
		"gen_roadmap.py": func(t *testing.T) string { return genRoadmap(t, 400) },
	}
	for name, file := range files {
		t.Run(name, func(t *testing.T) {
			data := file(t)
			day := time.Date(2027, 2, 1, 9, 0, 0, 0, time.UTC)
			kept, _ := newTestService(t)
			fresh, _ := newTestService(t)
			kept.now = func() time.Time { return day }
			fresh.now = kept.now
			a := must(t)(kept.ImportRoadmap("same", "", data))
			b := must(t)(fresh.ImportRoadmap("same", "", data))
			rngA, rngB := rand.New(rand.NewPCG(31, 7)), rand.New(rand.NewPCG(31, 7))
			deltas := 0
			for step := range 150 {
				if o := fresh.open[b.Info.ID]; o != nil {
					o.mx, o.valid, o.spare, o.items, o.comp = nil, false, nil, nil, nil
				}
				whatA, nextA, errA := randomEdit(kept, a, rngA)
				whatB, nextB, errB := randomEdit(fresh, b, rngB)
				if whatA != whatB || (errA == nil) != (errB == nil) || errA != nil && errA.Error() != errB.Error() {
					t.Fatalf("step %d: %s gave %v, from scratch %s gave %v", step, whatA, errA, whatB, errB)
				}
				if errA != nil {
					continue
				}
				ja, jb := sentJSON(t, nextA), sentJSON(t, nextB)
				if !reflect.DeepEqual(ja, jb) {
					t.Fatalf("step %d (%s): the reply differs from the one made from scratch\n%v\n%v", step, whatA,
						ja["delta"], jb["delta"])
				}
				if nextA.Delta != nil {
					deltas++
				}
				a, b = nextA, nextB
			}
			if deltas < 50 {
				t.Fatalf("only %d replies were deltas", deltas)
			}
		})
	}
}

// sentJSON is the reply s as sent, decoded, without what differs between
// two services making the same edits: revisions and the time of the edit.
func sentJSON(t *testing.T, s *Snapshot) map[string]any {
	t.Helper()
	j := replyJSON(t, s)
	delete(j, "revision")
	delete(j["info"].(map[string]any), "updatedAt")
	delete(j["info"].(map[string]any), "id")
	if d, ok := j["delta"].(map[string]any); ok {
		delete(d, "base")
	}
	return j
}
