package service

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
	"tandem/backend/sample"
)

// TestDeltaRebuildsSnapshot applies every edit reply's delta, as the UI
// does, to the JSON of the snapshot before and checks that it gives exactly
// the JSON of the whole new snapshot, over random edit sequences (undo and
// redo included) on the sample and on a generated roadmap.
func TestDeltaRebuildsSnapshot(t *testing.T) {
	generated, err := modeltest.Generate(200, 7).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"sample": string(sample.Bytes()), "generated": string(generated)}
	for name, file := range files {
		for seed := uint64(1); seed <= 2; seed++ {
			t.Run(fmt.Sprintf("%s/seed%d", name, seed), func(t *testing.T) {
				svc, _ := newTestService(t)
				snap := must(t)(svc.ImportRoadmap(name, "", file))
				if snap.Delta != nil {
					t.Fatal("an import answered with a delta; want the whole snapshot")
				}
				rng := rand.New(rand.NewPCG(seed, 99))
				prev := wholeJSON(t, snap)
				deltas := 0
				done := map[string]int{}
				for step := 0; step < 70; step++ {
					what, next, err := randomEdit(svc, snap, rng)
					if err != nil {
						continue // refused: nothing changed
					}
					done[strings.Fields(what)[0]]++
					if next.Delta != nil {
						deltas++
						got := applyReply(t, prev, replyJSON(t, next))
						if want := wholeJSON(t, next); !reflect.DeepEqual(got, want) {
							t.Fatalf("step %d (%s): the delta applied to the snapshot before differs from the new snapshot\ndelta: %s",
								step, what, replyJSON(t, next)["delta"])
						}
					}
					snap, prev = next, wholeJSON(t, next)
				}
				t.Logf("%d efforts; edits made: %v", len(snap.Roadmap.Efforts), done)
				if deltas < 35 {
					t.Fatalf("only %d of 70 edits answered with a delta", deltas)
				}
			})
		}
	}
}

// TestDeltaIsSmall checks that moving one effort of a 2,000-effort roadmap
// answers with a reply a small fraction of the whole snapshot.
func TestDeltaIsSmall(t *testing.T) {
	file, err := modeltest.Generate(2000, 3).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	svc, _ := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("big", "", string(file)))
	e := snap.Roadmap.Efforts[len(snap.Roadmap.Efforts)-1]
	e.Title += " (renamed)"
	next := must(t)(svc.UpdateEffort(snap.Info.ID, e))
	whole, _ := json.Marshal(withoutDelta(next))
	reply, _ := json.Marshal(next)
	if next.Delta == nil || len(reply)*100 > len(whole) {
		t.Fatalf("reply %d bytes for a snapshot of %d; want under 1%%", len(reply), len(whole))
	}
	if next.Revision == snap.Revision || next.Delta.Base != snap.Revision {
		t.Fatalf("revisions %d -> %d, base %d", snap.Revision, next.Revision, next.Delta.Base)
	}
}

// editKinds is how many kinds of edit editOf makes.
const editKinds = 14

// randomEdit makes one random edit of snap's roadmap (some are refused).
func randomEdit(svc *Service, snap *Snapshot, rng *rand.Rand) (string, *Snapshot, error) {
	return editOf(rng.IntN(editKinds), svc, snap, rng)
}

// editOf makes an edit of kind k (0 to editKinds-1) of snap's roadmap, on
// efforts and lanes rng picks.
func editOf(k int, svc *Service, snap *Snapshot, rng *rand.Rand) (string, *Snapshot, error) {
	id, r := snap.Info.ID, snap.Roadmap
	effort := func() model.Effort { return r.Efforts[rng.IntN(len(r.Efforts))] }
	lane := func() string { return r.Lanes[rng.IntN(len(r.Lanes))].ID }
	switch {
	case k < 3:
		e := effort()
		shift(&e, rng.IntN(21)-10)
		s, err := svc.UpdateEffort(id, e)
		return "move " + e.ID, s, err
	case k == 3:
		e := effort()
		e.Lane = lane()
		s, err := svc.UpdateEffort(id, e)
		return "lane of " + e.ID, s, err
	case k == 4:
		list := []model.Effort{effort(), effort(), effort()}
		for i := range list {
			shift(&list[i], 7)
		}
		s, err := svc.UpdateEfforts(id, list)
		return "move three", s, err
	case k == 5:
		d := 3 + rng.IntN(20)
		s, err := svc.AddEffort(id, model.Effort{Lane: lane(), Title: "New", Start: r.Efforts[0].Start, DurationDays: &d})
		return "add", s, err
	case k == 6:
		e := effort()
		s, err := svc.DeleteEffort(id, e.ID)
		return "delete " + e.ID, s, err
	case k == 7:
		a, b := effort(), effort()
		s, err := svc.AddDependency(id, model.Dependency{From: a.ID, To: b.ID, LagDays: rng.IntN(3)})
		return "depend " + a.ID + ">" + b.ID, s, err
	case k == 8 && len(r.Dependencies) > 0:
		d := r.Dependencies[rng.IntN(len(r.Dependencies))]
		s, err := svc.DeleteDependency(id, d.From, d.To)
		return "undepend", s, err
	case k == 9:
		s, err := svc.MoveLane(id, lane(), rng.IntN(len(r.Lanes)))
		return "reorder lanes", s, err
	case k == 10:
		e := effort()
		st := []string{model.StatusActive, model.StatusDone, model.StatusPaused, model.StatusPlanned}[rng.IntN(4)]
		s, err := svc.SetEffortStatus(id, e.ID, st, "")
		return "status " + st, s, err
	case k == 11:
		s, err := svc.Undo(id)
		return "undo", s, err
	case k == 12:
		s, err := svc.Redo(id)
		return "redo", s, err
	default:
		s, err := svc.TakeSnapshot(id, fmt.Sprintf("Snap %d", rng.IntN(1000)))
		return "snapshot", s, err
	}
}

// shift moves e by days, keeping its length.
func shift(e *model.Effort, days int) {
	for _, d := range []*model.Date{&e.Start, &e.End} {
		if n, err := d.Days(); err == nil && *d != "" {
			*d = model.DateFromDays(n + days)
		}
	}
}

func withoutDelta(s *Snapshot) Snapshot {
	c := *s
	c.Delta = nil
	return c
}

// wholeJSON is the whole snapshot s as the UI would get it, decoded.
func wholeJSON(t *testing.T, s *Snapshot) map[string]any {
	t.Helper()
	return decodeJSON(t, withoutDelta(s))
}

// replyJSON is the reply s as sent (a delta when s has one), decoded.
func replyJSON(t *testing.T, s *Snapshot) map[string]any {
	t.Helper()
	return decodeJSON(t, s)
}

func decodeJSON(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// applyReply applies a delta reply to the snapshot prev as
// docs/contracts.md says (and frontend/src/lib/api/delta.ts does).
func applyReply(t *testing.T, prev, reply map[string]any) map[string]any {
	t.Helper()
	delta := reply["delta"].(map[string]any)
	if delta["base"] != prev["revision"] {
		t.Fatalf("delta base %v; the snapshot before is revision %v", delta["base"], prev["revision"])
	}
	out := applyPatch(prev, delta["patch"].(map[string]any))
	for _, k := range []string{"info", "revision", "canUndo", "canRedo"} {
		out[k] = reply[k]
	}
	return out
}

func applyPatch(obj, p map[string]any) map[string]any {
	out := make(map[string]any, len(obj))
	for k, v := range obj {
		out[k] = v
	}
	for k, v := range asMap(p["set"]) {
		out[k] = v
	}
	for k, lp := range asMap(p["lists"]) {
		out[k] = applyList(asList(obj[k]), lp.(map[string]any))
	}
	for k, mp := range asMap(p["maps"]) {
		m := map[string]any{}
		for key, v := range asMap(obj[k]) {
			m[key] = v
		}
		for key, v := range asMap(mp.(map[string]any)["set"]) {
			m[key] = v
		}
		for _, key := range asList(mp.(map[string]any)["del"]) {
			delete(m, key.(string))
		}
		out[k] = m
	}
	for k, sub := range asMap(p["parts"]) {
		out[k] = applyPatch(asMap(obj[k]), sub.(map[string]any))
	}
	return out
}

func applyList(old []any, lp map[string]any) []any {
	out := make([]any, int(lp["len"].(float64)))
	given := make([]bool, len(out))
	for _, run := range asList(lp["keep"]) {
		r := asList(run)
		at, from, n := int(r[0].(float64)), int(r[1].(float64)), int(r[2].(float64))
		for i := range n {
			out[at+i], given[at+i] = old[from+i], true
		}
	}
	items := asList(lp["items"])
	for k, at := range asList(lp["at"]) {
		out[int(at.(float64))], given[int(at.(float64))] = items[k], true
	}
	for i, ok := range given {
		if !ok {
			panic(fmt.Sprintf("list patch leaves index %d of %d unset", i, len(out)))
		}
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// TestWholeSnapshotWhenNoDelta checks the replies that carry no delta: an
// undo of a roadmap this service has not opened yet (nothing to compare
// with), and an edit of the roadmap's own fields, which a patch does not say.
func TestWholeSnapshotWhenNoDelta(t *testing.T) {
	svc, dir := newTestService(t)
	snap := must(t)(svc.ImportRoadmap("s", "", string(sample.Bytes())))
	e := snap.Roadmap.Efforts[0]
	e.Title = "Renamed"
	must(t)(svc.UpdateEffort(snap.Info.ID, e))
	svc.store.Close()
	fresh := openTestService(t, dir)
	undone := must(t)(fresh.Undo(snap.Info.ID))
	if undone.Delta != nil {
		t.Fatal("an undo of a roadmap not open answered with a delta")
	}
	if out := string(marshalRaw(t, undone)); !strings.Contains(out, `"roadmap":{`) {
		t.Fatal("the whole snapshot's JSON has no roadmap")
	}
	prev := fresh.open[snap.Info.ID]
	renamed := *prev
	r := *prev.r
	r.Name = "Other"
	renamed.r = &r
	if p := snapshotPatch(prev, &renamed, nil, nil); p != nil {
		t.Fatal("a change of the roadmap's name gave a patch; want the whole snapshot")
	}
}
