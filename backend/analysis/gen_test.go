package analysis

import (
	"fmt"
	"math/rand/v2"

	"tandem/backend/model"
)

// generate returns a deterministic synthetic roadmap of n efforts for
// benchmarks and property tests: 8 lanes; about 2n forward dependencies,
// mostly to efforts up to 8 places later in the same block of 64 (a
// project), with all four types and lags from -2 to 5, and 2% SS
// dependencies to one of the next four projects; each effort
// touches 1-2 of n/5 surfaces and moves 0-2 of n/10 metrics, both chosen
// near its position (so neighbours share them, as related work does); 30%
// have a planned start; 5% are milestones, 3% done, 1% killed; n/20 links,
// blocked events for 5% of efforts; a Mon-Fri calendar with holidays.
func generate(n int, seed uint64) *model.Roadmap {
	rng := rand.New(rand.NewPCG(seed, 0x7a6d))
	r := model.New(fmt.Sprintf("generated %d", n))
	r.Start = "2026-01-05"
	r.AsOf = "2026-06-01"
	r.Calendar = &model.Calendar{
		Workdays: []string{"mon", "tue", "wed", "thu", "fri"},
		Holidays: []model.Date{"2026-01-01", "2026-05-25", "2026-07-03", "2026-12-25", "2027-01-01"},
	}
	origin, _ := model.ParseDate(r.Start)
	for l := 0; l < 8; l++ {
		r.Lanes = append(r.Lanes, model.Lane{ID: fmt.Sprintf("lane-%d", l), Name: fmt.Sprintf("Lane %d", l)})
	}
	surfaces, metrics := max(1, n/5), max(1, n/10)
	for s := 0; s < surfaces; s++ {
		r.Surfaces = append(r.Surfaces, model.Surface{ID: fmt.Sprintf("s%d", s), Name: fmt.Sprintf("Surface %d", s)})
	}
	for m := 0; m < metrics; m++ {
		r.Metrics = append(r.Metrics, model.Metric{ID: fmt.Sprintf("m%d", m), Name: fmt.Sprintf("Metric %d", m)})
	}
	near := func(center, spread, size int) int {
		v := center + rng.IntN(2*spread+1) - spread
		return ((v % size) + size) % size
	}
	r.Efforts = make([]model.Effort, n)
	for i := 0; i < n; i++ {
		e := &r.Efforts[i]
		e.ID = fmt.Sprintf("e%08x", uint32(i)*2654435761) // unique, not in sorted order
		e.Lane = r.Lanes[rng.IntN(8)].ID
		e.Title = "Effort " + e.ID
		d := 1 + rng.IntN(20)
		if rng.IntN(20) == 0 {
			d = 0
		}
		e.DurationDays = &d
		if rng.IntN(10) < 3 {
			// Planned starts spread over about three years, Mon-Fri.
			day := origin + (i*1100/max(1, n))/7*7 + rng.IntN(5)
			e.Start = model.DateFromDays(day)
		}
		switch k := rng.IntN(100); {
		case k < 3:
			e.Status = model.StatusDone
		case k < 4:
			e.Status = model.StatusKilled
		default:
			e.Status = model.StatusPlanned
		}
		for t := 0; t < 1+rng.IntN(2); t++ {
			mode := model.ModeRelies
			if rng.IntN(10) < 4 {
				mode = model.ModeChanges
			}
			e.Touches = append(e.Touches, model.Touch{Surface: r.Surfaces[near(i/5, 10, surfaces)].ID, Mode: mode})
		}
		for m := 0; m < rng.IntN(3); m++ {
			dir := model.DirectionUp
			if rng.IntN(10) < 3 {
				dir = model.DirectionDown
			}
			e.Moves = append(e.Moves, model.Move{Metric: r.Metrics[near(i/10, 20, metrics)].ID, Direction: dir})
		}
	}
	types := []string{model.DepFS, model.DepFS, model.DepFS, model.DepSS, model.DepFF, model.DepSF}
	r.Dependencies = make([]model.Dependency, 0, 2*n)
	for i := 0; i < n && n > 1; i++ {
		block := i / 64 * 64
		for k := 0; k < 2; k++ {
			j := i + 1 + rng.IntN(8) // in the same block: a project
			typ := types[rng.IntN(len(types))]
			if rng.IntN(50) == 0 { // to a later project, "start together"
				j = block + 64 + rng.IntN(256)
				typ = model.DepSS
			}
			if j >= n || (j >= block+64 && typ != model.DepSS) {
				continue
			}
			r.Dependencies = append(r.Dependencies, model.Dependency{
				From: r.Efforts[i].ID, To: r.Efforts[j].ID, Type: typ, LagDays: rng.IntN(8) - 2,
			})
		}
	}
	for k := 0; k < n/20; k++ {
		a := rng.IntN(n)
		b := near(a, 30, n)
		if a == b {
			continue
		}
		kind := model.LinkReinforces
		if rng.IntN(10) < 3 {
			kind = model.LinkConflicts
		}
		r.Links = append(r.Links, model.Link{A: r.Efforts[a].ID, B: r.Efforts[b].ID, Kind: kind})
	}
	for k := 0; k < n/20; k++ {
		i := rng.IntN(n)
		day := origin + rng.IntN(140)
		r.Events = append(r.Events,
			model.Event{Effort: r.Efforts[i].ID, Date: model.DateFromDays(day), Status: model.StatusBlocked, BlockedBy: r.Efforts[near(i, 50, n)].ID},
			model.Event{Effort: r.Efforts[i].ID, Date: model.DateFromDays(day + rng.IntN(15)), Status: model.StatusActive})
	}
	r.Decisions = append(r.Decisions, model.Decision{ID: "d1", Date: "2026-02-01", Kind: model.DecisionAccept,
		Efforts: []string{r.Efforts[0].ID, r.Efforts[min(1, n-1)].ID}, Title: "accept"})
	r.Rituals = append(r.Rituals, model.Ritual{ID: "weekly", Name: "Weekly sync", Cadence: "weekly", Weekday: "monday"})
	return r
}
