// Package modeltest makes roadmaps for tests and benchmarks of any package.
// It is the one roadmap generator of the repository: the model, store,
// service and analysis benchmarks all measure the same kind of roadmap.
package modeltest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"

	"tandem/backend/model"
)

// Config shapes a generated roadmap: the same Config, the same roadmap.
// Shape(n, seed) is the standard one; a test that needs other proportions
// spells out every count (a zero count means none).
//
// Every roadmap is valid (model.Validate) and uses every part of the file
// format: a Mon-Fri calendar with holidays, lane colors, every status,
// durations alone, start+duration and start+end ranges, milestones, notes
// with quotes, tabs and non-ASCII text, unknown keys, every dependency type
// and negative lags, both link kinds, every decision kind, rituals, and
// blocked events with their blockers.
//
// Efforts are laid out as projects of 64 consecutive efforts whose planned
// starts advance with their position over about three years, so that what
// is near in the list is near in time, and everything an effort refers to
// is chosen near its position (related work shares surfaces, metrics and
// links). Lists therefore stay sparse at any size: conflicts and
// reinforcing pairs grow linearly with the number of efforts.
type Config struct {
	Seed    uint64
	Efforts int // at least 1
	Lanes   int // at least 1; ids lane0, lane1, ...
	// Deps is the number of dependencies, spread evenly over the efforts;
	// each goes forward (so the graph is acyclic), mostly to one of the
	// next 8 efforts of the same project, and 2% (and those of a project's
	// last effort) are SS dependencies with a lead of 0-2 days to the effort
	// at the same place in one of the next four projects ("start
	// together"), so that the longest path stays about a project long and
	// the schedule ends about four years after the start at any size. Only
	// the last efforts of the roadmap get fewer, having nothing after.
	Deps int
	// Surfaces and Metrics are the sizes of the two lists; each effort
	// touches 1-2 surfaces (40% changes) and moves 0-2 metrics (70% up),
	// both within 10 (surfaces) or 20 (metrics) places of its position
	// scaled to the list.
	Surfaces, Metrics int
	// Links are drawn between efforts at most 30 places apart (70%
	// reinforces; a repeated pair is dropped); decisions cycle through the
	// kinds, accept first, and name two efforts at most 10 places apart;
	// events come in pairs, blocked (by an effort at most 50 places away)
	// and active again up to three weeks later.
	Links, Decisions, Events int
}

// Shape returns the standard Config for n efforts, the shape of issue 3:
// 8 lanes, 2n dependencies, n/5 surfaces, n/10 metrics, n/20 links, n/100
// decisions (at least one) and n/10 events. With it, a roadmap has about
// 0.8n conflicts, 2.2n reinforcing pairs and 1.9n opportunities at any
// size, and its file takes about 680 bytes per effort.
func Shape(n int, seed uint64) Config {
	n = max(n, 1)
	return Config{Seed: seed, Efforts: n, Lanes: 8, Deps: 2 * n,
		Surfaces: max(1, n/5), Metrics: max(1, n/10),
		Links: n / 20, Decisions: max(1, n/100), Events: n / 10}
}

// Generate returns Shape(n, seed).Roadmap(): a valid roadmap of n efforts
// (n >= 1), the same for the same n and seed.
func Generate(n int, seed uint64) *model.Roadmap { return Shape(n, seed).Roadmap() }

// EffortID returns the id of effort i: "e" and 8 hex digits of i times an
// odd constant, unique for every i < 2^32 and not in the efforts' order, so
// that sorting by id is real work.
func EffortID(i int) string {
	const hex = "0123456789abcdef"
	v := uint32(i) * 2654435761
	b := [9]byte{'e'}
	for k := 8; k > 0; k-- {
		b[k] = hex[v&0xf]
		v >>= 4
	}
	return string(b[:])
}

// Roadmap builds the roadmap of c.
func (c Config) Roadmap() *model.Roadmap {
	c.Efforts, c.Lanes = max(c.Efforts, 1), max(c.Lanes, 1)
	g := &gen{c: c, rng: rand.New(rand.NewPCG(c.Seed, 0x7a6d))}
	g.origin, _ = model.ParseDate(origin)
	g.holidays = map[int]bool{}
	for _, h := range holidays {
		d, _ := model.ParseDate(h)
		g.holidays[d] = true
	}
	return g.roadmap()
}

type gen struct {
	c        Config
	rng      *rand.Rand
	origin   int // civil day of the roadmap start, a Monday
	holidays map[int]bool
	ids      []string
	r        *model.Roadmap
}

const (
	origin  = "2026-01-05"
	project = 64 // efforts per project
)

var (
	holidays   = []model.Date{"2026-05-25", "2026-07-03", "2026-12-25", "2027-01-01", "2027-12-24", "2028-12-25"}
	laneNames  = []string{"Paid", "Content", "Product", "AI tools", "SEO", "Lifecycle", "Partnerships", "Brand"}
	kinds      = []string{"page", "funnel step", "audience", "channel", "data set", "model"}
	owners     = []string{"Dana", "Ari", "Sam", "Noor", "Lee", ""}
	depTypes   = []string{model.DepFS, model.DepFS, model.DepFS, "", model.DepSS, model.DepFF, model.DepSF}
	decisionOf = []string{model.DecisionAccept, model.DecisionSequence, model.DecisionIntegrate, model.DecisionKill, model.DecisionOther}
)

func (g *gen) roadmap() *model.Roadmap {
	c := g.c
	r := model.New(fmt.Sprintf("Generated %d", c.Efforts))
	g.r = r
	r.Start = origin
	r.AsOf = model.DateFromDays(g.origin + 150)
	r.Calendar = &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}, Holidays: holidays}
	r.Extra = model.Extra{"x-generator": json.RawMessage(fmt.Sprintf(`{"seed":%d}`, c.Seed))}
	for l := range c.Lanes {
		name := laneNames[l%len(laneNames)]
		if l >= len(laneNames) {
			name += " " + strconv.Itoa(l/len(laneNames)+1)
		}
		r.Lanes = append(r.Lanes, model.Lane{ID: "lane" + strconv.Itoa(l), Name: name,
			Color: fmt.Sprintf("#%06x", g.rng.IntN(1<<24))})
	}
	for s := range c.Surfaces {
		r.Surfaces = append(r.Surfaces, model.Surface{ID: "s" + strconv.Itoa(s),
			Name: "Surface " + strconv.Itoa(s), Kind: kinds[s%len(kinds)]})
	}
	for m := range c.Metrics {
		r.Metrics = append(r.Metrics, model.Metric{ID: "m" + strconv.Itoa(m),
			Name: "Metric " + strconv.Itoa(m), Unit: "%"})
	}
	g.ids = make([]string, c.Efforts)
	for i := range g.ids {
		g.ids[i] = EffortID(i)
	}
	r.Efforts = make([]model.Effort, c.Efforts)
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

// near returns a random index of a list of size within spread of center,
// wrapping around the ends.
func (g *gen) near(center, spread, size int) int {
	v := center + g.rng.IntN(2*spread+1) - spread
	return (v%size + size) % size
}

// workday returns day, or the next working day after it.
func (g *gen) workday(day int) int {
	for model.Weekday(day) == 0 || model.Weekday(day) == 6 || g.holidays[day] {
		day++
	}
	return day
}

func (g *gen) effort(i int, e *model.Effort) {
	c, rng := &g.c, g.rng
	e.ID = g.ids[i]
	e.Lane = g.r.Lanes[rng.IntN(c.Lanes)].ID
	e.Title = "Effort " + strconv.Itoa(i)
	switch k := rng.IntN(100); {
	case k < 50:
		e.Status = model.StatusPlanned
	case k < 60: // planned by default
	case k < 78:
		e.Status = model.StatusActive
	case k < 83:
		e.Status = model.StatusBlocked
	case k < 87:
		e.Status = model.StatusPaused
	case k < 97:
		e.Status = model.StatusDone
	default:
		e.Status = model.StatusKilled
	}
	e.Owner = owners[rng.IntN(len(owners))]
	// Planned starts advance with the position over about three years.
	start := g.workday(g.origin + (i*1100/c.Efforts)/7*7 + rng.IntN(5))
	switch k := rng.IntN(20); {
	case k == 0: // a milestone, on a working day when it is planned
		if rng.IntN(2) == 0 {
			e.Start = model.DateFromDays(start)
		}
		e.DurationDays = ptr(0)
	case k < 14: // duration alone: scheduled by its dependencies
		e.DurationDays = ptr(1 + rng.IntN(20))
	case k < 17:
		e.Start = model.DateFromDays(start)
		e.DurationDays = ptr(1 + rng.IntN(20))
	default:
		e.Start = model.DateFromDays(start)
		e.End = model.DateFromDays(start + rng.IntN(28))
	}
	if rng.IntN(4) == 0 {
		e.Notes = "Notes with \"quotes\", a tab\tand unicode: café ✓"
	}
	if c.Surfaces > 0 {
		for range 1 + rng.IntN(2) {
			mode := model.ModeRelies
			if rng.IntN(10) < 4 {
				mode = model.ModeChanges
			}
			s := g.near(i*c.Surfaces/c.Efforts, 10, c.Surfaces)
			e.Touches = append(e.Touches, model.Touch{Surface: g.r.Surfaces[s].ID, Mode: mode})
		}
	}
	if c.Metrics > 0 {
		for range rng.IntN(3) {
			dir := model.DirectionUp
			if rng.IntN(10) < 3 {
				dir = model.DirectionDown
			}
			m := g.near(i*c.Metrics/c.Efforts, 20, c.Metrics)
			e.Moves = append(e.Moves, model.Move{Metric: g.r.Metrics[m].ID, Direction: dir})
		}
	}
	if rng.IntN(20) == 0 {
		e.Extra = model.Extra{"jira": json.RawMessage(`"GROW-` + strconv.Itoa(i) + `"`), "x-points": json.RawMessage(`[1,2,3]`)}
	}
}

func ptr(v int) *int { return &v }

// dependencies adds c.Deps dependencies, spread evenly over the efforts in
// order (a file lists them by predecessor).
func (g *gen) dependencies() {
	c, rng := &g.c, g.rng
	n := c.Efforts
	g.r.Dependencies = make([]model.Dependency, 0, c.Deps)
	var to []int
	for i := 0; i < n; i++ {
		end := min(i/project*project+project, n) // the end of i's project
		to = to[:0]
		for range c.Deps*(i+1)/n - c.Deps*i/n {
		tries:
			for range 4 { // a pair drawn twice is drawn again
				j := i + project*(1+rng.IntN(4))
				typ, lag := model.DepSS, -rng.IntN(3) // "start together" with a later project
				if room := min(8, end-i-1); room > 0 && rng.IntN(50) != 0 {
					j, typ, lag = i+1+rng.IntN(room), depTypes[rng.IntN(len(depTypes))], rng.IntN(8)-2
				}
				if j >= n {
					continue
				}
				for _, k := range to {
					if k == j {
						continue tries
					}
				}
				to = append(to, j)
				g.r.Dependencies = append(g.r.Dependencies, model.Dependency{
					From: g.ids[i], To: g.ids[j], Type: typ, LagDays: lag})
				break
			}
		}
	}
}

func (g *gen) links() {
	n := g.c.Efforts
	seen := map[[2]int]bool{}
	for range g.c.Links {
		a := g.rng.IntN(n)
		b := g.near(a, 30, n)
		kind := model.LinkReinforces
		if g.rng.IntN(10) < 3 {
			kind = model.LinkConflicts
		}
		pair := [2]int{min(a, b), max(a, b)}
		if a == b || seen[pair] {
			continue
		}
		seen[pair] = true
		g.r.Links = append(g.r.Links, model.Link{A: g.ids[a], B: g.ids[b], Kind: kind})
	}
}

func (g *gen) decisions() {
	n := g.c.Efforts
	for d := range g.c.Decisions {
		a := g.rng.IntN(n)
		b := g.near(a, 10, n)
		g.r.Decisions = append(g.r.Decisions, model.Decision{
			ID: "d" + strconv.Itoa(d), Date: model.DateFromDays(g.origin + g.rng.IntN(700)),
			Kind: decisionOf[d%len(decisionOf)], Efforts: []string{g.ids[a], g.ids[b]},
			Title: "Decision " + strconv.Itoa(d), Rationale: "Because.", By: "Dana",
		})
	}
}

// events adds c.Events events: an effort is blocked by another nearby, then
// active again within three weeks.
func (g *gen) events() {
	n := g.c.Efforts
	for k := 0; k < g.c.Events; k += 2 {
		i := g.rng.IntN(n)
		day := g.origin + g.rng.IntN(140)
		b := g.near(i, 50, n)
		ev := model.Event{Effort: g.ids[i], Date: model.DateFromDays(day), Status: model.StatusBlocked, BlockedBy: g.ids[b]}
		if b == i {
			ev.Status, ev.BlockedBy = model.StatusPaused, ""
		}
		g.r.Events = append(g.r.Events, ev)
		if k+1 < g.c.Events {
			g.r.Events = append(g.r.Events, model.Event{Effort: g.ids[i],
				Date: model.DateFromDays(day + g.rng.IntN(15)), Status: model.StatusActive})
		}
	}
}
