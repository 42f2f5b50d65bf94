// Package gen makes deterministic synthetic roadmaps for the store's tests
// and benchmarks. The same Config always gives the same roadmap.
package gen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"time"

	"tandem/backend/model"
)

// Config sizes a roadmap. Dependencies point from a lower to a higher
// effort index, so they never form a cycle; pairs are unique.
type Config struct {
	Seed                     uint64
	Lanes, Efforts, Deps     int
	Surfaces, Metrics        int
	Links, Decisions, Events int
}

// Bench is the benchmark roadmap: 10,000 efforts over 8 lanes, 20,000 dependencies.
var Bench = Config{Seed: 1, Lanes: 8, Efforts: 10000, Deps: 20000, Surfaces: 60, Metrics: 20,
	Links: 200, Decisions: 50, Events: 500}

var (
	statuses   = []string{"planned", "planned", "active", "active", "blocked", "done", "paused", "killed"}
	depTypes   = []string{"FS", "FS", "FS", "SS", "FF", "SF", ""}
	modes      = []string{model.ModeChanges, model.ModeRelies}
	directions = []string{model.DirectionUp, model.DirectionDown}
	day0       = time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
)

func date(d int) model.Date { return model.Date(day0.AddDate(0, 0, d).Format("2006-01-02")) }

// EffortID is the id of effort i.
func EffortID(i int) string { return fmt.Sprintf("e%05d", i) }

// Roadmap builds the roadmap of c.
func Roadmap(c Config) *model.Roadmap {
	rng := rand.New(rand.NewPCG(c.Seed, 0x7a4d))
	r := &model.Roadmap{Format: model.Format, Version: model.Version,
		Name: fmt.Sprintf("gen-%d", c.Seed), Start: date(0), AsOf: date(60),
		Calendar: &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"},
			Holidays: []model.Date{date(177)}},
		Extra: model.Extra{"x-generator": json.RawMessage(`{"seed":1}`)}}
	for i := range c.Lanes {
		r.Lanes = append(r.Lanes, model.Lane{ID: fmt.Sprintf("lane%d", i), Name: fmt.Sprintf("Lane %d", i),
			Color: fmt.Sprintf("#%06x", rng.IntN(1<<24))})
	}
	for i := range c.Surfaces {
		r.Surfaces = append(r.Surfaces, model.Surface{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Surface %d", i), Kind: "page"})
	}
	for i := range c.Metrics {
		r.Metrics = append(r.Metrics, model.Metric{ID: fmt.Sprintf("m%d", i), Name: fmt.Sprintf("Metric %d", i), Unit: "%"})
	}
	for i := range c.Efforts {
		r.Efforts = append(r.Efforts, effort(rng, c, i))
	}
	r.Dependencies = deps(rng, c)
	for i := range c.Links {
		a, b := rng.IntN(c.Efforts), rng.IntN(c.Efforts)
		if a == b {
			continue
		}
		r.Links = append(r.Links, model.Link{A: EffortID(a), B: EffortID(b), Kind: []string{"reinforces", "conflicts"}[i%2]})
	}
	r.Links = uniqueLinks(r.Links)
	for i := range c.Decisions {
		r.Decisions = append(r.Decisions, model.Decision{ID: fmt.Sprintf("d%d", i), Date: date(i), Kind: "sequence",
			Efforts: []string{EffortID(rng.IntN(c.Efforts)), EffortID(rng.IntN(c.Efforts))},
			Title:   fmt.Sprintf("Decision %d", i), By: "Dana"})
	}
	r.Rituals = []model.Ritual{{ID: "weekly", Name: "Weekly growth sync", Cadence: "weekly", Weekday: "monday"}}
	for i := range c.Events {
		r.Events = append(r.Events, model.Event{Effort: EffortID(i % max(c.Efforts, 1)), Date: date(i / max(c.Efforts, 1)),
			Status: "blocked", BlockedBy: EffortID((i + 1) % max(c.Efforts, 1))})
	}
	return r
}

func effort(rng *rand.Rand, c Config, i int) model.Effort {
	e := model.Effort{ID: EffortID(i), Lane: fmt.Sprintf("lane%d", rng.IntN(max(c.Lanes, 1))),
		Title: fmt.Sprintf("Effort number %d", i), Status: statuses[rng.IntN(len(statuses))],
		Owner: []string{"Dana", "Ari", "Sam", ""}[rng.IntN(4)]}
	start := rng.IntN(300)
	switch rng.IntN(3) {
	case 0:
		e.Start, e.End = date(start), date(start+rng.IntN(40))
	case 1:
		d := rng.IntN(30)
		e.Start, e.DurationDays = date(start), &d
	default:
		d := rng.IntN(30)
		e.DurationDays = &d
	}
	if c.Surfaces > 0 {
		for range rng.IntN(3) {
			e.Touches = append(e.Touches, model.Touch{Surface: fmt.Sprintf("s%d", rng.IntN(c.Surfaces)), Mode: modes[rng.IntN(2)]})
		}
	}
	if c.Metrics > 0 && rng.IntN(2) == 0 {
		e.Moves = []model.Move{{Metric: fmt.Sprintf("m%d", rng.IntN(c.Metrics)), Direction: directions[rng.IntN(2)]}}
	}
	if i%10 == 0 {
		e.Notes = "Generated note with some text to make the value realistic."
		e.Extra = model.Extra{"x-jira": json.RawMessage(fmt.Sprintf(`"GROW-%d"`, i))}
	}
	return e
}

func deps(rng *rand.Rand, c Config) []model.Dependency {
	if c.Efforts < 2 {
		return nil
	}
	seen := make(map[[2]int]bool, c.Deps)
	out := make([]model.Dependency, 0, c.Deps)
	for tries := 0; len(out) < c.Deps && tries < 20*c.Deps; tries++ {
		a := rng.IntN(c.Efforts - 1)
		b := a + 1 + rng.IntN(min(50, c.Efforts-1-a))
		if seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		out = append(out, model.Dependency{From: EffortID(a), To: EffortID(b),
			Type: depTypes[rng.IntN(len(depTypes))], LagDays: rng.IntN(8) - 2})
	}
	return out
}

func uniqueLinks(ls []model.Link) []model.Link {
	seen := map[[2]string]bool{}
	out := ls[:0]
	for _, l := range ls {
		k := [2]string{min(l.A, l.B), max(l.A, l.B)}
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}
