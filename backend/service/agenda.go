package service

import (
	"time"

	"tandem/backend/agenda"
	"tandem/backend/analysis"
	"tandem/backend/model"
)

// AgendaReport is a ritual's agenda and the same agenda as Markdown (what
// `tandem agenda` prints and the UI copies or exports).
type AgendaReport struct {
	Agenda   *agenda.Agenda `json:"agenda"`
	Markdown string         `json:"markdown"`
}

// Agenda prepares the agenda of ritual ritualID ("" : the whole roadmap,
// every lane) of roadmap roadmapID: what changed since snapshot
// sinceSnapshotID ("": the latest; none in the roadmap: everything is new),
// as of asOf ("": the roadmap's asOf, else today). It changes nothing.
func (s *Service) Agenda(roadmapID, ritualID, sinceSnapshotID, asOf string) (*AgendaReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, err := s.analyzed(roadmapID)
	if err != nil {
		return nil, err
	}
	return prepareAgenda(o.r, o.res, ritualID, sinceSnapshotID, asOf, s.now(), s.frozenOf)
}

// AgendaFile reads a roadmap file of any format ImportRoadmap reads and
// prepares its agenda as Markdown, for `tandem agenda`. since names a
// snapshot by id or name ("": the latest); now is "today" for a roadmap
// without asOf.
func AgendaFile(data []byte, fileName, ritualID, since, asOf string, now time.Time) ([]byte, error) {
	r, res, err := analyzeFile(data, fileName, now)
	if err != nil {
		return nil, err
	}
	if snap := snapshotNamed(r, since); snap != nil {
		since = snap.ID
	}
	rep, err := prepareAgenda(r, res, ritualID, since, asOf, now, func(snap *model.Snapshot) (*frozen, error) {
		res, err := analyze(snap.Roadmap, now)
		return &frozen{res: res}, err
	})
	if err != nil {
		return nil, err
	}
	return []byte(rep.Markdown), nil
}

// snapshotNamed returns the snapshot of r whose name is name, or nil.
func snapshotNamed(r *model.Roadmap, name string) *model.Snapshot {
	for i := range r.Snapshots {
		if r.Snapshots[i].Name == name {
			return &r.Snapshots[i]
		}
	}
	return nil
}

// prepareAgenda checks the arguments (see Agenda) and builds the report;
// analyzeFrozen gives a snapshot's analysis.
func prepareAgenda(r *model.Roadmap, res *analysis.Result, ritualID, sinceID, asOf string, now time.Time,
	analyzeFrozen func(*model.Snapshot) (*frozen, error)) (*AgendaReport, error) {
	in := agenda.Input{Roadmap: r, Result: res, AsOf: model.Date(asOf)}
	switch {
	case asOf == "" && r.AsOf != "":
		in.AsOf = r.AsOf
	case asOf == "":
		in.AsOf = model.DateOf(now)
	default:
		if _, err := model.ParseDate(in.AsOf); err != nil {
			return nil, invalidf("as of: %v", err)
		}
	}
	if ritualID != "" {
		i := find(r.Rituals, ritualID, rituals.key)
		if i < 0 {
			return nil, notFoundf("no ritual %q", ritualID)
		}
		in.Ritual = &r.Rituals[i]
	}
	if sinceID == "" {
		in.Since = r.LatestSnapshot()
	} else if in.Since = r.Snapshot(sinceID); in.Since == nil {
		return nil, notFoundf("no snapshot %q", sinceID)
	}
	if in.Since != nil {
		f, err := analyzeFrozen(in.Since)
		if err != nil {
			return nil, err
		}
		in.SinceResult = f.res
	}
	a := agenda.Build(in)
	return &AgendaReport{Agenda: a, Markdown: agenda.Markdown(a)}, nil
}
