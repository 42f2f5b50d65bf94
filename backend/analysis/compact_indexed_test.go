package analysis

import (
	"io"
	"math/rand/v2"
	"testing"

	"tandem/backend/model"
)

// TestCompactIndexedSameAnswer: the analysis handed the model's index of a
// roadmap (as the reader makes it, or as NewIndex does) writes the bytes
// the analysis that looks the ids up itself writes, in JSON and in text,
// also when the dependencies are listed in no order (the generated roadmaps
// shuffled) and when some end is unknown or killed.
func TestCompactIndexedSameAnswer(t *testing.T) {
	roadmaps := writerRoadmaps(t, 50, 3_000)
	for name, r := range writerRoadmaps(t, 3_000) {
		if len(r.Dependencies) > 100 {
			s := *r
			s.Dependencies = append([]model.Dependency(nil), r.Dependencies...)
			rng := rand.New(rand.NewPCG(1, 2))
			rng.Shuffle(len(s.Dependencies), func(i, j int) { s.Dependencies[i], s.Dependencies[j] = s.Dependencies[j], s.Dependencies[i] })
			roadmaps[name+" shuffled"] = &s
		}
	}
	dangling := *roadmaps["50 generated"]
	dangling.Dependencies = append([]model.Dependency{{From: "no such", To: dangling.Efforts[3].ID}, {From: dangling.Efforts[1].ID, To: ""}},
		dangling.Dependencies...)
	roadmaps["50 generated, unknown ends"] = &dangling
	for name, r := range roadmaps {
		c, err := AnalyzeCompact(r, Options{Today: fixedToday})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		type indexed struct {
			r  *model.Roadmap
			mx *model.Index
		}
		cases := map[string]indexed{"NewIndex": {r, model.NewIndex(r)}}
		data, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if read, mx, err := model.LoadIndexed(data); err == nil {
			cases["LoadIndexed"] = indexed{read, mx}
		} else if name != "50 generated, unknown ends" {
			t.Fatalf("%s: %v", name, err)
		}
		for how, in := range cases {
			ci, err := AnalyzeCompactIndexed(in.r, in.mx, Options{Today: fixedToday})
			if err != nil {
				t.Fatalf("%s (%s): %v", name, how, err)
			}
			sameBytes(t, name+" JSON, "+how, 0, c.WriteJSON, ci.WriteJSON)
			sameBytes(t, name+" text, "+how, 0, func(b io.Writer) error { return c.WriteText(b, r) },
				func(b io.Writer) error { return ci.WriteText(b, in.r) })
		}
	}
}
