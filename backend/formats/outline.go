package formats

import (
	"fmt"
	"strconv"

	"tandem/backend/model"
)

// outline is a project file's task tree, the common ground of the MS Project
// and GanttProject importers: each reads its file into an outline, and
// outline.roadmap maps the tree onto a roadmap the same way for both (SPEC
// §4): leaf tasks become efforts, top-level summary tasks lanes, the tasks
// outside any summary one lane named after the file, and links between
// tasks dependencies between leaves.
type outline struct {
	format   string // for messages: nameMSPDI or nameGan
	name     string // the roadmap's name
	fileLane string // the name of the lane of tasks outside any summary
	start    model.Date
	asOf     model.Date
	week     *model.WorkCalendar // nil: no calendar
	tasks    []otask             // in outline order: a parent before its descendants, which follow it
	links    []olink
}

// otask is one task. The effort fields matter for leaves only.
type otask struct {
	id     string // the effort or lane id
	title  string
	parent int    // index in outline.tasks, or -1 at the top level
	color  string // the lane colour when the task becomes a lane; "" for the palette
	order  string // the file's own scheduled start, sortable ("2006-09-21T08:00:00"); "" if unknown

	start  model.Date // planned start, or "" to be scheduled from dependencies
	dur    int
	status string // "" for planned
	owner  string
	notes  string
}

// olink is a link between two tasks (leaves or summaries); lag in days.
type olink struct {
	from, to int
	typ      string
	lag      int
}

// tree is what roadmap derives from the outline's parent indices.
type tree struct {
	o      *outline
	end    []int // end[i]: index past the last descendant of i
	top    []int // top[i]: the top-level ancestor of i (i itself at the top)
	out    [][]int
	in     [][]int
	killed []bool
}

func (o *outline) tree() *tree {
	n := len(o.tasks)
	t := &tree{o: o, end: make([]int, n), top: make([]int, n), out: make([][]int, n), in: make([][]int, n), killed: make([]bool, n)}
	for i := range n {
		t.end[i] = i + 1
		t.killed[i] = o.tasks[i].status == model.StatusKilled
	}
	for i := n - 1; i >= 0; i-- {
		if p := o.tasks[i].parent; p >= 0 && t.end[i] > t.end[p] {
			t.end[p] = t.end[i]
		}
	}
	for i := range n {
		t.top[i] = i
		if p := o.tasks[i].parent; p >= 0 {
			t.top[i] = t.top[p]
		}
	}
	for k, l := range o.links {
		t.out[l.from] = append(t.out[l.from], k)
		t.in[l.to] = append(t.in[l.to], k)
	}
	return t
}

func (t *tree) leaf(i int) bool { return t.end[i] == i+1 }

// inside reports whether j is a descendant of i.
func (t *tree) inside(j, i int) bool { return j > i && j < t.end[i] }

// chains reports whether link k orders its leaves' starts or finishes
// forward: from a live leaf to another live leaf, of type a or b, lag >= 0.
func (t *tree) chains(k int, a, b string) bool {
	l := t.o.links[k]
	return (l.typ == a || l.typ == b) && l.lag >= 0 && t.leaf(l.from) && t.leaf(l.to) &&
		!t.killed[l.from] && !t.killed[l.to] && l.from != l.to
}

// exits returns the live leaves of summary s whose finish no other leaf of s
// is tied to finish after: a leaf with an FS or FF link (lag >= 0) to
// another leaf of s finishes no later than that leaf, so the latest finish
// of s, the summary's finish, is the latest finish of its exits.
func (t *tree) exits(s int) []int {
	var r []int
	for l := s + 1; l < t.end[s]; l++ {
		if !t.leaf(l) || t.killed[l] {
			continue
		}
		exit := true
		for _, k := range t.out[l] {
			if t.chains(k, model.DepFS, model.DepFF) && t.inside(t.o.links[k].to, s) {
				exit = false
				break
			}
		}
		if exit {
			r = append(r, l)
		}
	}
	return r
}

// entries returns the live leaves of summary s that no other leaf of s makes
// start after it: a leaf with an FS or SS link (lag >= 0) from another leaf
// of s starts no earlier than that leaf, so a floor on the start of every
// leaf of s holds when it holds for the entries.
func (t *tree) entries(s int) []int {
	var r []int
	for m := s + 1; m < t.end[s]; m++ {
		if !t.leaf(m) || t.killed[m] {
			continue
		}
		entry := true
		for _, k := range t.in[m] {
			if t.chains(k, model.DepFS, model.DepSS) && t.inside(t.o.links[k].from, s) {
				entry = false
				break
			}
		}
		if entry {
			r = append(r, m)
		}
	}
	return r
}

// first returns the entry of summary s that the file schedules first (the
// summary's start is its earliest leaf start), by the file's own start
// dates; ties and unknown dates go by outline order.
func (t *tree) first(s int) []int {
	best := -1
	for _, m := range t.entries(s) {
		if best < 0 {
			best = m
			continue
		}
		a, b := t.o.tasks[m].order, t.o.tasks[best].order
		if a != "" && (b == "" || a < b) {
			best = m
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// preds returns the leaves that stand for task i as a link's predecessor.
// A summary finishes when its last leaf does, so FS and FF links from it
// come from its exits; it starts when its first leaf does, so SS and SF
// links come from the leaf the file starts first.
func (t *tree) preds(i int, typ string) []int {
	switch {
	case t.leaf(i):
		return []int{i}
	case typ == model.DepFS || typ == model.DepFF:
		return t.exits(i)
	default:
		return t.first(i)
	}
}

// succs returns the leaves that stand for task j as a link's successor. A
// floor on a summary's start is a floor on every leaf's start, so FS and SS
// links to it go to its entries. FF and SF links to a summary bound the
// finish of its last leaf, which no dependency of one leaf expresses: they
// are dropped (MS Project 2010 and later refuse them too).
func (t *tree) succs(j int, typ string) []int {
	switch {
	case t.leaf(j):
		return []int{j}
	case typ == model.DepFS || typ == model.DepSS:
		return t.entries(j)
	default:
		return nil
	}
}

// offset is how far after from's start a link makes to start, given both
// durations: the strength of the link, to keep the stronger of two links
// between one pair of efforts.
func offset(typ string, lag, dFrom, dTo int) int {
	switch typ {
	case model.DepSS:
		return lag
	case model.DepFF:
		return dFrom + lag - dTo
	case model.DepSF:
		return lag - dTo
	default:
		return dFrom + lag
	}
}

// roadmap maps the outline onto a roadmap and validates it.
func (o *outline) roadmap() (*model.Roadmap, error) {
	t := o.tree()
	r := model.New(o.name)
	r.Start, r.AsOf = o.start, o.asOf
	if o.week != nil {
		r.Calendar = o.week.Calendar()
	}
	r.Lanes, r.Surfaces, r.Metrics = []model.Lane{}, []model.Surface{}, []model.Metric{}
	r.Links, r.Decisions, r.Rituals, r.Events = []model.Link{}, []model.Decision{}, []model.Ritual{}, []model.Event{}

	lane := make([]string, len(o.tasks)) // of top-level tasks
	fileLane := ""
	for i, tk := range o.tasks {
		if tk.parent >= 0 {
			continue
		}
		if !t.leaf(i) {
			lane[i] = tk.id
			color := tk.color
			if color == "" {
				color = laneColor(len(r.Lanes))
			}
			r.Lanes = append(r.Lanes, model.Lane{ID: tk.id, Name: tk.title, Color: color})
			continue
		}
		if fileLane == "" {
			fileLane = o.fileLaneID()
			r.Lanes = append(r.Lanes, model.Lane{ID: fileLane, Name: o.fileLane, Color: laneColor(len(r.Lanes))})
		}
		lane[i] = fileLane
	}

	leaves := 0
	for i := range o.tasks {
		if t.leaf(i) {
			leaves++
		}
	}
	r.Efforts = make([]model.Effort, 0, leaves) // not copied as it grows
	for i, tk := range o.tasks {
		if !t.leaf(i) {
			continue
		}
		d := tk.dur
		r.Efforts = append(r.Efforts, model.Effort{
			ID: tk.id, Lane: lane[t.top[i]], Title: tk.title, Start: tk.start, DurationDays: &d,
			Status: tk.status, Owner: tk.owner, Notes: tk.notes,
		})
	}

	r.Dependencies = make([]model.Dependency, 0, len(o.links)) // most links are one dependency
	kept := make(map[[2]int]int, len(o.links))                 // leaf pair -> index in r.Dependencies
	for _, l := range o.links {
		if l.from == l.to || t.inside(l.to, l.from) || t.inside(l.from, l.to) {
			continue // a task linked to itself or to its own summary
		}
		for _, a := range t.preds(l.from, l.typ) {
			for _, b := range t.succs(l.to, l.typ) {
				if a == b {
					continue
				}
				dep := model.Dependency{From: o.tasks[a].id, To: o.tasks[b].id, Type: l.typ, LagDays: l.lag}
				k, dup := kept[[2]int{a, b}]
				if !dup {
					kept[[2]int{a, b}] = len(r.Dependencies)
					r.Dependencies = append(r.Dependencies, dep)
					continue
				}
				old := r.Dependencies[k]
				da, db := o.tasks[a].dur, o.tasks[b].dur
				if offset(dep.Type, dep.LagDays, da, db) > offset(old.Type, old.LagDays, da, db) {
					r.Dependencies[k] = dep
				}
			}
		}
	}

	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("%s: the imported roadmap is not valid: %w", o.format, err)
	}
	return r, nil
}

// fileLaneID is the id of the lane of tasks outside any summary: the file
// name as an id ("tasks" when it has none), made unique among the lane ids
// of the summaries.
func (o *outline) fileLaneID() string {
	base := model.Slug(o.fileLane)
	if base == "" {
		base = "tasks"
	}
	if _, err := strconv.Atoi(base); err == nil {
		base = "file-" + base
	}
	taken := map[string]bool{}
	for _, tk := range o.tasks {
		if tk.parent < 0 {
			taken[tk.id] = true
		}
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}
