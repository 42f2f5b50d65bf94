package modeltest

import (
	"strconv"
	"strings"

	"tandem/backend/model"
)

// The most a Program builds, whatever its bytes: small enough that a fuzz
// iteration stays fast, large enough for chains, diamonds and crossings.
const (
	ProgramMaxLanes   = 4
	ProgramMaxEfforts = 24
	ProgramMaxDeps    = 48
	ProgramMaxText    = 24 // bytes of a title, owner or note
)

// Program decodes bytes, as a fuzzer mutates them, into a roadmap: each
// byte is read as the next choice (lane counts, dates, durations,
// statuses, dependency ends, types and lags, text), and bytes past the end
// read as 0, so every input gives a roadmap and a small change of the
// input a small change of the roadmap. Counts are bounded (ProgramMax*).
// The choices reach the edges the model allows: dates from year 1000 to
// 5000 (see roadmap), durations and lags up to model.MaxDays, leads, milestones, every
// status, every dependency type, calendars with holidays, text with
// control characters. The roadmap is not validated: the caller decides
// what to do with an invalid one (a dependency cycle, say).
func Program(data []byte) *model.Roadmap {
	p := &program{data: data}
	return p.roadmap()
}

type program struct {
	data []byte
	at   int
}

// next is the next byte, 0 past the end.
func (p *program) next() int {
	if p.at >= len(p.data) {
		return 0
	}
	b := p.data[p.at]
	p.at++
	return int(b)
}

// below is the next choice in [0, n).
func (p *program) below(n int) int { return p.next() % n }

// days is a day count: mostly small, sometimes at or near the model's
// limit (a huge one must neither hang nor allocate without bound).
func (p *program) days() int {
	switch b := p.next(); {
	case b == 255:
		return model.MaxDays
	case b == 254:
		return model.MaxDays - p.next()
	case b >= 240:
		return (b - 239) * 1000
	default:
		return b % 40
	}
}

// text is a short string from the input's own bytes (so it may hold
// quotes, commas, control characters and markup).
func (p *program) text(prefix string) string {
	n := p.below(ProgramMaxText + 1)
	end := min(p.at+n, len(p.data))
	s := prefix + string(p.data[p.at:end])
	p.at = end
	// Text reaches a roadmap only through JSON (files, the UI), which
	// makes it valid UTF-8; control characters stay.
	return strings.ToValidUTF8(s, "\uFFFD")
}

var (
	programStatuses = []string{"", model.StatusPlanned, model.StatusActive, model.StatusBlocked,
		model.StatusDone, model.StatusPaused, model.StatusKilled}
	programDepTypes = []string{model.DepFS, model.DepSS, model.DepFF, model.DepSF, ""}
	programWeekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)

func (p *program) roadmap() *model.Roadmap {
	r := model.New(p.text("Fuzz "))
	// The start: around 2026 mostly, anywhere from year 1000 to 5000 else.
	// Not later: the longest schedule a program can make (24 efforts and
	// lags of 100 years in a chain, about 4,800 years) must end by year
	// 9999, which the model does not yet check (a valid roadmap can
	// schedule past 9999-12-31, and its analysis then has dates that do
	// not parse).
	base, _ := model.ParseDate("2026-01-05")
	switch p.below(4) {
	case 0:
		// no start: the earliest effort start is day 0
	case 1:
		lo, _ := model.ParseDate("1000-01-01")
		hi, _ := model.ParseDate("5000-01-01")
		base = lo + (p.next()<<8|p.next())*(hi-lo)/65535
		r.Start = model.DateFromDays(base)
	default:
		base += p.next() - 128
		r.Start = model.DateFromDays(base)
	}
	if p.below(3) == 0 {
		r.AsOf = model.DateFromDays(base + p.next() - 64)
	}
	if c := p.next(); c%3 != 0 {
		cal := &model.Calendar{Workdays: []string{}}
		for d, name := range programWeekdays {
			if c&(1<<(d+1)) == 0 == (d < 5) {
				cal.Workdays = append(cal.Workdays, name)
			}
		}
		for range p.below(4) {
			cal.Holidays = append(cal.Holidays, model.DateFromDays(base+p.next()))
		}
		r.Calendar = cal
	}

	for i := range 1 + p.below(ProgramMaxLanes) {
		id := "lane" + strconv.Itoa(i)
		r.Lanes = append(r.Lanes, model.Lane{ID: id, Name: p.text("Lane ")})
	}
	r.Surfaces = []model.Surface{{ID: "s0", Name: "Page"}, {ID: "s1", Name: "Funnel"}}
	r.Metrics = []model.Metric{{ID: "m0", Name: "Signups"}, {ID: "m1", Name: "CAC"}}

	n := p.below(ProgramMaxEfforts + 1)
	for i := range n {
		r.Efforts = append(r.Efforts, p.effort(i, base, len(r.Lanes)))
	}
	if n == 0 {
		return r
	}
	id := func() string { return EffortID(p.below(n)) }
	seen := map[[2]string]bool{}
	for range p.below(ProgramMaxDeps + 1) {
		a, b := p.below(n), p.below(n)
		if p.below(8) != 0 && a > b {
			a, b = b, a // mostly forward; sometimes backward, which may close a cycle
		}
		lag := p.days()
		if p.next()&1 == 1 {
			lag = -lag
		}
		k := [2]string{EffortID(a), EffortID(b)}
		if a == b || seen[k] {
			continue
		}
		seen[k] = true
		r.Dependencies = append(r.Dependencies, model.Dependency{From: k[0], To: k[1],
			Type: programDepTypes[p.below(len(programDepTypes))], LagDays: lag})
	}
	for range p.below(4) {
		a, b := id(), id()
		if a != b {
			kind := model.LinkReinforces
			if p.next()&1 == 1 {
				kind = model.LinkConflicts
			}
			r.Links = append(r.Links, model.Link{A: a, B: b, Kind: kind, Note: p.text("")})
		}
	}
	for i := range p.below(3) {
		r.Decisions = append(r.Decisions, model.Decision{ID: "d" + strconv.Itoa(i),
			Date: model.DateFromDays(base + p.next()), Kind: model.DecisionOther,
			Efforts: []string{id()}, Title: p.text("Decision ")})
	}
	for range p.below(4) {
		e, by := id(), id()
		day := base + p.next()
		r.Events = append(r.Events, model.Event{Effort: e, Date: model.DateFromDays(day), Status: model.StatusBlocked, BlockedBy: by})
		if p.next()&1 == 1 {
			r.Events = append(r.Events, model.Event{Effort: e, Date: model.DateFromDays(day + p.next()), Status: model.StatusActive})
		}
	}
	if p.next()&1 == 1 {
		r.Rituals = append(r.Rituals, model.Ritual{ID: "sync", Name: "Sync", Cadence: model.CadenceWeekly, Weekday: "monday"})
	}
	return r
}

// effort i: one of the four ways to give dates (duration alone,
// start+duration, start+end, a milestone), a status, touches and moves.
func (p *program) effort(i, base, lanes int) model.Effort {
	e := model.Effort{ID: EffortID(i), Lane: "lane" + strconv.Itoa(p.below(lanes)), Title: p.text("Effort "),
		Status: programStatuses[p.below(len(programStatuses))]}
	if p.next()&1 == 1 {
		e.Owner = p.text("")
		e.Notes = p.text("")
	}
	start := model.DateFromDays(base + int(int8(p.next())))
	d := p.days()
	switch p.below(4) {
	case 0:
		e.DurationDays = &d
	case 1:
		e.Start, e.DurationDays = start, &d
	case 2:
		end, _ := model.ParseDate(start)
		e.Start, e.End = start, model.DateFromDays(end+d)
	default:
		zero := 0
		e.DurationDays = &zero
		if p.next()&1 == 1 {
			e.Start = start
		}
	}
	for s := range 2 {
		if m := p.below(3); m > 0 {
			mode := model.ModeChanges
			if m == 2 {
				mode = model.ModeRelies
			}
			e.Touches = append(e.Touches, model.Touch{Surface: "s" + strconv.Itoa(s), Mode: mode})
		}
		if m := p.below(3); m > 0 {
			dir := model.DirectionUp
			if m == 2 {
				dir = model.DirectionDown
			}
			e.Moves = append(e.Moves, model.Move{Metric: "m" + strconv.Itoa(s), Direction: dir})
		}
	}
	return e
}
