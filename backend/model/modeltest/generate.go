// Package modeltest makes roadmaps for tests and benchmarks of any package.
package modeltest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"

	"tandem/backend/model"
)

// Generate returns a valid roadmap of n efforts (n >= 1), the same for the
// same n and seed. It has a Mon-Fri calendar with holidays, 8 lanes, about
// n/25 surfaces and n/100 metrics, about one dependency per effort (always
// from an earlier effort to a later one, so acyclic; half of them across
// lanes), n/20 links, n/100 decisions, 3 rituals and n/10 events, every
// status, durations alone and start+end ranges, milestones, and unknown keys
// on about 5% of the efforts. Dates span about two years from 2026-01-05.
func Generate(n int, seed uint64) *model.Roadmap {
	g := gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), n: max(n, 1)}
	return g.roadmap()
}

type gen struct {
	rng      *rand.Rand
	n        int
	base     int
	holidays map[int]bool
	r        *model.Roadmap
}

var (
	laneNames = []string{"paid", "content", "product", "ai-tools", "seo", "lifecycle", "partnerships", "brand"}
	statuses  = []string{model.StatusPlanned, model.StatusPlanned, model.StatusPlanned, model.StatusActive,
		model.StatusActive, model.StatusBlocked, model.StatusDone, model.StatusPaused, model.StatusKilled, ""}
	depTypes = []string{model.DepFS, model.DepFS, model.DepFS, "", model.DepSS, model.DepFF, model.DepSF}
)

func (g *gen) roadmap() *model.Roadmap {
	g.base, _ = model.ParseDate("2026-01-05")
	r := model.New(fmt.Sprintf("Generated %d", g.n))
	g.r = r
	r.Start = model.DateFromDays(g.base)
	r.AsOf = model.DateFromDays(g.base + 200)
	r.Calendar = &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}}
	g.holidays = map[int]bool{}
	for _, h := range []string{"2026-05-01", "2026-12-25", "2027-01-01", "2027-12-24"} {
		d, _ := model.ParseDate(model.Date(h))
		g.holidays[d] = true
		r.Calendar.Holidays = append(r.Calendar.Holidays, model.Date(h))
	}
	for _, name := range laneNames {
		r.Lanes = append(r.Lanes, model.Lane{ID: name, Name: name, Color: fmt.Sprintf("#%06x", g.rng.IntN(1<<24))})
	}
	for i := range max(4, g.n/25) {
		r.Surfaces = append(r.Surfaces, model.Surface{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Surface %d", i), Kind: "page"})
	}
	for i := range max(3, g.n/100) {
		r.Metrics = append(r.Metrics, model.Metric{ID: fmt.Sprintf("m%d", i), Name: fmt.Sprintf("Metric %d", i), Unit: "%"})
	}
	r.Efforts = make([]model.Effort, g.n)
	for i := range r.Efforts {
		g.effort(i, &r.Efforts[i])
	}
	g.dependencies()
	g.links()
	g.decisions()
	r.Rituals = []model.Ritual{
		{ID: "daily", Name: "Stand-up", Cadence: model.CadenceDaily},
		{ID: "weekly", Name: "Weekly growth sync", Cadence: model.CadenceWeekly, Weekday: "monday"},
		{ID: "monthly", Name: "Roadmap review", Cadence: model.CadenceMonthly, Weekday: "thursday"},
	}
	g.events()
	return r
}

func (g *gen) id(i int) string { return fmt.Sprintf("e%06d", i) }

// workday returns day, or the next working day after it.
func (g *gen) workday(day int) int {
	for model.Weekday(day) == 0 || model.Weekday(day) == 6 || g.holidays[day] {
		day++
	}
	return day
}

func (g *gen) effort(i int, e *model.Effort) {
	rng := g.rng
	e.ID = g.id(i)
	e.Lane = laneNames[rng.IntN(len(laneNames))]
	e.Title = fmt.Sprintf("Effort %d", i)
	e.Status = statuses[rng.IntN(len(statuses))]
	e.Owner = fmt.Sprintf("owner%d", rng.IntN(40))
	start := g.workday(g.base + rng.IntN(700))
	switch k := rng.IntN(20); {
	case k == 0: // milestone on a working day
		e.Start = model.DateFromDays(start)
		e.DurationDays = ptr(0)
	case k < 5: // duration alone
		e.DurationDays = ptr(1 + rng.IntN(30))
	case k < 8: // start + duration
		e.Start = model.DateFromDays(start)
		e.DurationDays = ptr(1 + rng.IntN(30))
	default: // start + end
		e.Start = model.DateFromDays(start)
		e.End = model.DateFromDays(start + rng.IntN(45))
	}
	if rng.IntN(4) == 0 {
		e.Notes = "Notes with \"quotes\", a tab\tand unicode: café ✓"
	}
	for range rng.IntN(4) {
		mode := model.ModeRelies
		if rng.IntN(2) == 0 {
			mode = model.ModeChanges
		}
		e.Touches = append(e.Touches, model.Touch{Surface: g.r.Surfaces[rng.IntN(len(g.r.Surfaces))].ID, Mode: mode})
	}
	for range rng.IntN(3) {
		dir := model.DirectionUp
		if rng.IntN(4) == 0 {
			dir = model.DirectionDown
		}
		e.Moves = append(e.Moves, model.Move{Metric: g.r.Metrics[rng.IntN(len(g.r.Metrics))].ID, Direction: dir})
	}
	if rng.IntN(20) == 0 {
		e.Extra = model.Extra{"jira": json.RawMessage(fmt.Sprintf(`"GROW-%d"`, i)), "x-points": json.RawMessage(`[1,2,3]`)}
	}
}

func ptr(v int) *int { return &v }

// dependencies joins each effort to up to two distinct earlier ones nearby.
func (g *gen) dependencies() {
	for to := 1; to < g.n; to++ {
		k := g.rng.IntN(3) // 0, 1 or 2 predecessors: one on average
		first := -1
		for range k {
			from := max(0, to-1-g.rng.IntN(50))
			if from == first {
				continue
			}
			first = from
			g.r.Dependencies = append(g.r.Dependencies, model.Dependency{
				From: g.id(from), To: g.id(to), Type: depTypes[g.rng.IntN(len(depTypes))], LagDays: g.rng.IntN(7) - 2,
			})
		}
	}
}

// links adds n/20 links between distinct pairs.
func (g *gen) links() {
	seen := map[[2]int]bool{}
	for range g.n / 20 {
		a, b := g.rng.IntN(g.n), g.rng.IntN(g.n)
		pair := [2]int{min(a, b), max(a, b)}
		if a == b || seen[pair] {
			continue
		}
		seen[pair] = true
		kind := model.LinkReinforces
		if g.rng.IntN(3) == 0 {
			kind = model.LinkConflicts
		}
		g.r.Links = append(g.r.Links, model.Link{A: g.id(a), B: g.id(b), Kind: kind})
	}
}

var decisionKinds = []string{model.DecisionKill, model.DecisionSequence, model.DecisionIntegrate, model.DecisionAccept, model.DecisionOther}

func (g *gen) decisions() {
	for i := range g.n / 100 {
		a, b := g.rng.IntN(g.n), g.rng.IntN(g.n)
		g.r.Decisions = append(g.r.Decisions, model.Decision{
			ID: fmt.Sprintf("d%d", i), Date: model.DateFromDays(g.base + g.rng.IntN(700)),
			Kind: decisionKinds[g.rng.IntN(len(decisionKinds))], Efforts: []string{g.id(a), g.id(b)},
			Title: fmt.Sprintf("Decision %d", i), Rationale: "Because.", By: "Dana",
		})
	}
}

// events adds n/10 status changes; about half are blocked by another effort.
func (g *gen) events() {
	for range g.n / 10 {
		e := g.rng.IntN(g.n)
		ev := model.Event{Effort: g.id(e), Date: model.DateFromDays(g.base + g.rng.IntN(700)), Status: model.StatusActive}
		if b := g.rng.IntN(g.n); b != e && g.rng.IntN(2) == 0 {
			ev.Status, ev.BlockedBy = model.StatusBlocked, g.id(b)
		}
		g.r.Events = append(g.r.Events, ev)
	}
}
