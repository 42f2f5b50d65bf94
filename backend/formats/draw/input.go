package draw

import (
	"tandem/backend/analysis"
	"tandem/backend/formats/scope"
	"tandem/backend/layout"
	"tandem/backend/model"
)

// Input is what a drawing is made from: a valid roadmap, its analysis and
// lane layout, the day that counts as today, and the filters (as in
// Present): the lanes to show (ids, empty: all) and the window of days
// From..To (inclusive; empty: the span of what is shown).
type Input struct {
	Roadmap  *model.Roadmap
	Analysis *analysis.Result
	Layout   *layout.Layout
	Today    model.Date
	Lanes    []string
	From, To model.Date
}

// lane is one shown lane: its name, colour and sub-row count.
type lane struct {
	id, name string
	color    string
	rows     int
}

// item is one shown effort: its lane (index into selection.lanes), sub-row,
// days first..last (inclusive day numbers, clipped to the window) and marks.
type item struct {
	id, title   string
	lane, row   int
	first, last int
	// cutLeft and cutRight say that the effort goes on before or after the
	// window, so its bar is open on that side.
	cutLeft, cutRight bool
	milestone         bool
	critical          bool
	conflict          bool // an open (not accepted) conflict names it
	done              bool
	active, blocked   bool
}

// dep is one dependency between two shown efforts (indexes into items).
type dep struct {
	from, to int
	kind     string
	critical bool
}

// selection is what a drawing shows: lanes, efforts and dependencies after
// the lane and window filters, and the window itself (day numbers).
type selection struct {
	lanes    []lane
	items    []item
	deps     []dep
	from, to int
	today    int
	hasToday bool
	// windowed says the user chose the window (From or To), so it is not
	// widened to whole weeks or months.
	windowed bool
}

// selectInput applies the filters of in. An unknown lane id or a bad or
// inverted window is an error naming it. Killed efforts are not scheduled,
// so never drawn.
func selectInput(in *Input) (*selection, error) {
	r := in.Roadmap
	shown, err := scope.Lanes(r, in.Lanes)
	if err != nil {
		return nil, err
	}
	s := &selection{}
	laneIndex := map[string]int{}
	rows := map[string]int{}
	if in.Layout != nil {
		for _, l := range in.Layout.Lanes {
			rows[l.ID] = l.Rows
		}
	}
	for i, l := range r.Lanes {
		if !shown[l.ID] {
			continue
		}
		laneIndex[l.ID] = len(s.lanes)
		s.lanes = append(s.lanes, lane{id: l.ID, name: l.Name, color: laneColor(l.Color, i), rows: max(1, rows[l.ID])})
	}
	if err := s.window(in); err != nil {
		return nil, err
	}
	s.addItems(in, laneIndex)
	s.addDeps(in)
	if t, err := model.ParseDate(in.Today); err == nil {
		s.today, s.hasToday = t, true
	}
	return s, nil
}

// window sets s.from..s.to: the options' From and To where given, else the
// first and last day of the scheduled efforts of the shown lanes (else
// today, or the roadmap start, for an empty roadmap).
func (s *selection) window(in *Input) error {
	lo, hi, any := 0, 0, false
	shown := map[string]bool{}
	for _, l := range s.lanes {
		shown[l.id] = true
	}
	for _, sc := range in.Analysis.Schedule {
		if !shown[sc.Lane] {
			continue
		}
		a, err1 := model.ParseDate(sc.Start)
		b, err2 := model.ParseDate(sc.End)
		if err1 != nil || err2 != nil {
			continue
		}
		if !any || a < lo {
			lo = a
		}
		if !any || b > hi {
			hi = b
		}
		any = true
	}
	if !any {
		d := in.Roadmap.Start
		if d == "" {
			d = in.Today
		}
		if n, err := model.ParseDate(d); err == nil {
			lo, hi = n, n+29
		}
	}
	var err error
	if s.from, s.to, err = scope.Window(in.From, in.To, lo, hi); err != nil {
		return err
	}
	s.windowed = in.From != "" || in.To != ""
	return nil
}

// addItems adds the scheduled efforts of the shown lanes that meet the
// window, clipped to it, in schedule order.
func (s *selection) addItems(in *Input, laneIndex map[string]int) {
	efforts := make(map[string]*model.Effort, len(in.Roadmap.Efforts))
	for i := range in.Roadmap.Efforts {
		efforts[in.Roadmap.Efforts[i].ID] = &in.Roadmap.Efforts[i]
	}
	conflicted := map[string]bool{}
	for _, c := range in.Analysis.Conflicts {
		if !c.Accepted {
			conflicted[c.Efforts[0]], conflicted[c.Efforts[1]] = true, true
		}
	}
	for _, sc := range in.Analysis.Schedule {
		li, ok := laneIndex[sc.Lane]
		e := efforts[sc.ID]
		if !ok || e == nil {
			continue
		}
		a, err1 := model.ParseDate(sc.Start)
		b, err2 := model.ParseDate(sc.End)
		if err1 != nil || err2 != nil || b < s.from || a > s.to {
			continue
		}
		row := 0
		if in.Layout != nil {
			row = min(in.Layout.Rows[sc.ID], s.lanes[li].rows-1)
		}
		s.items = append(s.items, item{
			id: sc.ID, title: e.Title, lane: li, row: row,
			first: max(a, s.from), last: min(b, s.to), cutLeft: a < s.from, cutRight: b > s.to,
			milestone: sc.EF == sc.ES, critical: sc.Critical, conflict: conflicted[sc.ID],
			done: e.Status == model.StatusDone, active: e.Status == model.StatusActive, blocked: e.Status == model.StatusBlocked,
		})
	}
}

// addDeps adds the dependencies whose two efforts are both shown.
func (s *selection) addDeps(in *Input) {
	index := make(map[string]int, len(s.items))
	for i, it := range s.items {
		index[it.id] = i
	}
	for _, d := range in.Roadmap.Dependencies {
		a, ok1 := index[d.From]
		b, ok2 := index[d.To]
		if !ok1 || !ok2 {
			continue
		}
		kind := d.Type
		if kind == "" {
			kind = model.DepFS
		}
		s.deps = append(s.deps, dep{from: a, to: b, kind: kind,
			critical: s.items[a].critical && s.items[b].critical})
	}
}
