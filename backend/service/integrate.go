package service

import (
	"strings"

	"tandem/backend/model"
)

// IntegrateRequest is the choice to integrate two efforts (usually an
// opportunity, SPEC §3.3): who decided and why, an optional title for the
// decision (default "Integrate <A> and <B>"), an optional note on the link,
// and optionally a dependency between the two (either way; an empty type
// means FS).
type IntegrateRequest struct {
	Efforts    [2]string         `json:"efforts"`
	By         string            `json:"by"`
	Rationale  string            `json:"rationale"`
	Title      string            `json:"title,omitempty"`
	Note       string            `json:"note,omitempty"`
	Dependency *model.Dependency `json:"dependency,omitempty"`
}

// Integrate joins two efforts: it adds a reinforces link between them,
// the dependency when req has one, and a decision of kind integrate naming
// both, dated the roadmap's "now" (its asOf, else today), with req's by and
// rationale. All of it is one undoable step. It refuses, changing nothing,
// an unknown or killed effort, an effort integrated with itself, a pair
// that a link already joins, and a dependency that does not join the pair
// or that the roadmap cannot take (a duplicate, a cycle).
func (s *Service) Integrate(roadmapID string, req IntegrateRequest) (*Snapshot, error) {
	a, b := req.Efforts[0], req.Efforts[1]
	return s.edit(roadmapID, "Integrate "+a+" and "+b, func(ed *editor) error {
		titles := [2]string{}
		for k, id := range req.Efforts {
			i := find(ed.r.Efforts, id, efforts.key)
			if i < 0 {
				return notFoundf("no effort %q", id)
			}
			e := &ed.r.Efforts[i]
			if e.EffectiveStatus() == model.StatusKilled {
				return invalidf("effort %q is killed: it cannot be integrated", id)
			}
			titles[k] = e.Title
			if titles[k] == "" {
				titles[k] = id
			}
		}
		if a == b {
			return invalidf("an effort cannot be integrated with itself (%q)", a)
		}
		link := model.Link{A: a, B: b, Kind: model.LinkReinforces, Note: strings.TrimSpace(req.Note)}
		if i := find(ed.r.Links, links.key(&link), links.key); i >= 0 {
			return invalidf("%q and %q are already linked (%s)", a, b, ed.r.Links[i].Kind)
		}
		if err := links.add(ed, link); err != nil {
			return err
		}
		if d := req.Dependency; d != nil {
			if !(d.From == a && d.To == b || d.From == b && d.To == a) {
				return invalidf("the dependency must join %q and %q, not %q to %q", a, b, d.From, d.To)
			}
			if err := dependencies.add(ed, *d); err != nil {
				return err
			}
		}
		title := strings.TrimSpace(req.Title)
		if title == "" {
			title = "Integrate " + titles[0] + " and " + titles[1]
		}
		date := ed.r.AsOf
		if date == "" {
			date = model.DateOf(s.now())
		}
		return decisions.add(ed, model.Decision{
			ID:        newID("integrate "+a+" "+b, "decision", ed.r.Decisions, decisions.key),
			Date:      date,
			Kind:      model.DecisionIntegrate,
			Efforts:   []string{a, b},
			Title:     title,
			Rationale: strings.TrimSpace(req.Rationale),
			By:        strings.TrimSpace(req.By),
		})
	})
}
