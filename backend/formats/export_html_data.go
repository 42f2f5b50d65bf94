package formats

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/formats/scope"
	"tandem/backend/model"
)

// htmlData is what the html export's page draws, embedded in it as JSON.
// Days are calendar days from Origin (the first day shown); efforts,
// lanes and every list refer to efforts and lanes by their index in
// Efforts and Lanes, and only to what is shown: the chosen lanes, the
// efforts whose bars meet the window. Keys are short: a page of 20,000
// efforts carries each key 20,000 times.
type htmlData struct {
	Name     string                `json:"name"`
	Origin   model.Date            `json:"origin"` // day 0
	Days     int                   `json:"days"`   // days shown: 0..Days-1
	Today    int                   `json:"today"`  // day of Today (may be outside 0..Days-1)
	Start    model.Date            `json:"start"`
	Finish   model.Date            `json:"finish"`
	Working  bool                  `json:"working"` // durations count working days
	Window   bool                  `json:"window"`  // the export was narrowed (lanes or dates)
	Lanes    []htmlLane            `json:"lanes"`
	Efforts  htmlEfforts           `json:"efforts"`
	Deps     []int                 `json:"deps"`     // from, to, type (an index into htmlDepTypes), ...
	Critical []int                 `json:"critical"` // by es
	Conflict []htmlConflict        `json:"conflicts"`
	Names    []string              `json:"names"`         // of the surfaces and metrics conflicts are on
	Opps     []htmlPair            `json:"opportunities"` // the best htmlMaxOpportunities
	OppCount int                   `json:"opportunityCount"`
	Shared   []htmlShared          `json:"sharedMetrics"`
	Coord    analysis.Coordination `json:"coordination"`
	Killed   []htmlKilled          `json:"notDoing"`
	Others   []htmlOther           `json:"others"` // efforts lists name but the page does not draw
}

type htmlLane struct {
	Name  string `json:"n"`
	Color string `json:"c"`
	Rows  int    `json:"r"`
}

type htmlEffort struct {
	Title    string `json:"t"`
	Lane     int    `json:"l"`
	Row      int    `json:"r"`
	First    int    `json:"s"` // first day (calendar days from Origin)
	Last     int    `json:"e"` // last day, inclusive; First for a milestone
	Len      int    `json:"d"` // duration in (working) days; 0: milestone
	Float    int    `json:"f"`
	Slip     int    `json:"p,omitempty"`
	Critical bool   `json:"c,omitempty"`
	Status   string `json:"st,omitempty"` // "" for planned
	Owner    string `json:"o,omitempty"`
	Notes    string `json:"no,omitempty"`
	Open     int    `json:"x,omitempty"` // open conflicts naming it
}

// htmlEfforts are the shown efforts, written column by column (an object
// of arrays, one per field of htmlEffort, keyed by its JSON name): a
// third smaller than an array of objects, which a 20,000-effort page
// notices. The page turns it back into objects.
type htmlEfforts []htmlEffort

// MarshalJSON writes the columns.
func (es htmlEfforts) MarshalJSON() ([]byte, error) {
	n := len(es)
	cols := struct {
		Title, Status, Owner, Notes                    []string
		Lane, Row, First, Last, Len, Float, Slip, Open []int
		Critical                                       []int
	}{make([]string, n), make([]string, n), make([]string, n), make([]string, n),
		make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n),
		make([]int, n), make([]int, n), make([]int, n)}
	for i, e := range es {
		cols.Title[i], cols.Status[i], cols.Owner[i], cols.Notes[i] = e.Title, e.Status, e.Owner, e.Notes
		cols.Lane[i], cols.Row[i], cols.First[i], cols.Last[i] = e.Lane, e.Row, e.First, e.Last
		cols.Len[i], cols.Float[i], cols.Slip[i], cols.Open[i] = e.Len, e.Float, e.Slip, e.Open
		cols.Critical[i] = bit(e.Critical)
	}
	return json.Marshal(map[string]any{"t": cols.Title, "st": cols.Status, "o": cols.Owner, "no": cols.Notes,
		"l": cols.Lane, "r": cols.Row, "s": cols.First, "e": cols.Last, "d": cols.Len, "f": cols.Float,
		"p": cols.Slip, "x": cols.Open, "c": cols.Critical})
}

// htmlOther is an effort a list names that the page does not draw (its
// lane or days are not shown): its title and lane's name.
type htmlOther struct {
	Title string `json:"t"`
	Lane  string `json:"l"`
}

// htmlConflict is one conflict: kind (an index into htmlConflictKinds),
// efforts a and b, on (the surface's or metric's name, an index into
// Names, or -1), its window's first and last day and its length in
// (working) days (0: no window), and 1 when accepted. An array rather
// than an object: a large roadmap has as many conflicts as efforts.
type htmlConflict [8]int

// htmlConflictKinds are the conflict kinds and severities by code.
var htmlConflictKinds = [][2]string{{analysis.KindSurface, analysis.SeverityCollision},
	{analysis.KindSurface, analysis.SeverityDisruption}, {analysis.KindSequence}, {analysis.KindMetric}, {analysis.KindDeclared}}

type htmlPair struct {
	A     int      `json:"a"`
	B     int      `json:"b"`
	Via   []string `json:"v"` // names: "link", a metric's, a surface's
	Score float64  `json:"s"`
}

type htmlShared struct {
	Metric  string   `json:"m"`
	Lanes   []string `json:"l"` // names: the lanes may not be shown
	Efforts int      `json:"n"`
}

type htmlKilled struct {
	Title string `json:"t"`
	Lane  int    `json:"l"`
}

// htmlMaxOpportunities is how many opportunities the page lists, the best
// first (the analysis ranks them); the coordination figures give the count.
const htmlMaxOpportunities = 300

// newHTMLData selects what the page shows (ExportOptions: lanes and
// window) and resolves every list to it. An unknown lane or a bad or
// inverted window is an error.
func newHTMLData(in *ExportInput) (*htmlData, error) {
	r, res := in.Roadmap, in.Analysis
	if res == nil {
		return nil, fmt.Errorf("html export: no analysis")
	}
	lay := in.Layout
	if lay == nil {
		lay = PackSchedule(r, res, false)
	}
	laneIdx, err := scope.Lanes(r, in.Options.Lanes)
	if err != nil {
		return nil, err
	}
	lo, hi, err := htmlWindow(r, res, in.Options)
	if err != nil {
		return nil, err
	}
	d := &htmlData{Name: r.Name, Origin: model.DateFromDays(lo), Days: hi - lo + 1, Start: res.Start, Finish: res.Finish,
		Working: r.Calendar != nil, Window: len(in.Options.Lanes) > 0 || in.Options.From != "" || in.Options.To != "",
		Coord: res.Coordination, Deps: []int{}, Lanes: []htmlLane{}}
	if today, err := model.ParseDate(in.Today); err == nil {
		d.Today = today - lo
	} else {
		d.Today = -1 << 30
	}
	rows := map[string]int{}
	for _, l := range lay.Lanes {
		rows[l.ID] = l.Rows
	}
	lane := map[string]int{}
	for i, l := range r.Lanes {
		if !laneIdx[l.ID] {
			continue
		}
		lane[l.ID] = len(d.Lanes)
		color := l.Color // only "#rrggbb" is used as it is
		if !hexColor.MatchString(color) {
			color = laneColor(i)
		}
		d.Lanes = append(d.Lanes, htmlLane{Name: l.Name, Color: color, Rows: max(rows[l.ID], 1)})
	}

	efforts := make(map[string]*model.Effort, len(r.Efforts))
	for i := range r.Efforts {
		e := &r.Efforts[i]
		efforts[e.ID] = e
		if l, ok := lane[e.Lane]; ok && e.EffectiveStatus() == model.StatusKilled {
			d.Killed = append(d.Killed, htmlKilled{Title: e.Title, Lane: l})
		}
	}
	shown := map[string]int{}
	for _, s := range res.Schedule {
		l, ok := lane[s.Lane]
		first, err1 := model.ParseDate(s.Start)
		last, err2 := model.ParseDate(s.End)
		if !ok || err1 != nil || err2 != nil || last < lo || first > hi {
			continue
		}
		e := efforts[s.ID]
		shown[s.ID] = len(d.Efforts)
		d.Efforts = append(d.Efforts, htmlEffort{Title: e.Title, Lane: l, Row: lay.Rows[s.ID], First: first - lo, Last: last - lo,
			Len: s.EF - s.ES, Float: s.Float, Slip: s.SlipDays, Critical: s.Critical, Status: strings.TrimPrefix(e.Status, model.StatusPlanned),
			Owner: e.Owner, Notes: e.Notes})
	}
	for _, dep := range r.Dependencies {
		a, okA := shown[dep.From]
		b, okB := shown[dep.To]
		if okA && okB {
			d.Deps = append(d.Deps, a, b, slices.Index(htmlDepTypes, dep.EffectiveType()))
		}
	}
	d.lists(r, res, shown, lo)
	return d, nil
}

// lists resolves the analysis lists to the shown efforts: an item is kept
// when it names at least one shown effort; an effort it names that is not
// shown is -1-k, for Others[k].
func (d *htmlData) lists(r *model.Roadmap, res *analysis.Result, shown map[string]int, lo int) {
	isShown := func(id string) bool { _, ok := shown[id]; return ok }
	laneName := map[string]string{}
	for _, l := range r.Lanes {
		laneName[l.ID] = l.Name
	}
	efforts := map[string]*model.Effort{}
	for i := range r.Efforts {
		efforts[r.Efforts[i].ID] = &r.Efforts[i]
	}
	others := map[string]int{}
	// ref is the index of a shown effort, or -1-k for Others[k]
	ref := func(id string) int {
		if i, ok := shown[id]; ok {
			return i
		}
		k, ok := others[id]
		if !ok {
			k = len(d.Others)
			others[id] = k
			o := htmlOther{Title: id}
			if e := efforts[id]; e != nil {
				o = htmlOther{Title: e.Title, Lane: laneName[e.Lane]}
			}
			d.Others = append(d.Others, o)
		}
		return -1 - k
	}
	for _, id := range res.Critical {
		if isShown(id) {
			d.Critical = append(d.Critical, ref(id))
		}
	}
	names := map[string]string{"link": "link"}
	for _, s := range r.Surfaces {
		names["surface:"+s.ID] = s.Name
	}
	for _, m := range r.Metrics {
		names["metric:"+m.ID] = m.Name
	}
	nameAt := map[string]int{}
	for _, c := range res.Conflicts {
		if !isShown(c.Efforts[0]) && !isShown(c.Efforts[1]) {
			continue
		}
		a, b := ref(c.Efforts[0]), ref(c.Efforts[1])
		on := -1
		if key := conflictOn(c); key != "" {
			k, ok := nameAt[key]
			if !ok {
				k = len(d.Names)
				nameAt[key] = k
				d.Names = append(d.Names, names[key])
			}
			on = k
		}
		from, _ := model.ParseDate(c.From)
		to, _ := model.ParseDate(c.To)
		kind := slices.Index(htmlConflictKinds, [2]string{c.Kind, c.Severity})
		d.Conflict = append(d.Conflict, htmlConflict{kind, a, b, on, from - lo, to - lo, c.Days, bit(c.Accepted)})
		for _, i := range []int{a, b} {
			if i >= 0 && !c.Accepted {
				d.Efforts[i].Open++
			}
		}
	}
	for _, o := range res.Opportunities {
		if !isShown(o.Efforts[0]) && !isShown(o.Efforts[1]) {
			continue
		}
		if d.OppCount++; len(d.Opps) == htmlMaxOpportunities {
			continue
		}
		via := make([]string, len(o.Via))
		for k, v := range o.Via {
			via[k] = names[v]
		}
		d.Opps = append(d.Opps, htmlPair{A: ref(o.Efforts[0]), B: ref(o.Efforts[1]), Via: via, Score: o.Score})
	}
	for _, m := range res.SharedMetrics {
		if !slices.ContainsFunc(m.Efforts, isShown) {
			continue
		}
		s := htmlShared{Metric: names["metric:"+m.Metric], Efforts: len(m.Efforts)}
		for _, l := range m.Lanes {
			s.Lanes = append(s.Lanes, laneName[l])
		}
		d.Shared = append(d.Shared, s)
	}
}

// conflictOn is the name key ("surface:ID", "metric:ID") of what c is on,
// or "".
func conflictOn(c analysis.Conflict) string {
	switch {
	case c.Surface != "":
		return "surface:" + c.Surface
	case c.Metric != "":
		return "metric:" + c.Metric
	}
	return ""
}

// htmlDepTypes are the dependency types by code.
var htmlDepTypes = []string{model.DepFS, model.DepSS, model.DepFF, model.DepSF}

// htmlWindow returns the days shown: From..To when given, else the span of
// the roadmap start and every scheduled effort.
func htmlWindow(r *model.Roadmap, res *analysis.Result, o ExportOptions) (lo, hi int, err error) {
	lo, _ = model.ParseDate(res.Start)
	hi, _ = model.ParseDate(res.Finish)
	for _, s := range res.Schedule {
		if d, err := model.ParseDate(s.Start); err == nil {
			lo = min(lo, d)
		}
		if d, err := model.ParseDate(s.End); err == nil {
			hi = max(hi, d)
		}
	}
	if lo, hi, err = scope.Window(o.From, o.To, lo, hi); err != nil {
		return 0, 0, err
	}
	return lo, hi, nil
}
