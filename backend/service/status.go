package service

import (
	"tandem/backend/model"
)

// SetEffortStatus changes an effort's status and records the change as an
// event (SPEC §1), dated the roadmap's "now" (its asOf, else today): this is
// how coordination debt is measured. A blocked status must name the
// blocking effort in blockedBy; other statuses must not. Setting the status
// an effort already has changes nothing.
func (s *Service) SetEffortStatus(roadmapID, effortID, status, blockedBy string) (*Snapshot, error) {
	return s.edit(roadmapID, "Set "+effortID+" "+status, func(ed *editor) error {
		i := find(ed.r.Efforts, effortID, efforts.key)
		if i < 0 {
			return notFoundf("no effort %q", effortID)
		}
		switch {
		case status == model.StatusBlocked && blockedBy == "":
			return invalidf("say which effort blocks %q", effortID)
		case status != model.StatusBlocked && blockedBy != "":
			return invalidf("only a blocked effort names a blocker")
		}
		e := ed.r.Efforts[i]
		if e.EffectiveStatus() == status && status != model.StatusBlocked {
			return nil
		}
		e.Status = status
		if err := efforts.update(ed, e, nil); err != nil {
			return err
		}
		day := ed.r.AsOf
		if day == "" {
			day = model.DateOf(s.now())
		}
		ev := model.Event{Effort: effortID, Date: day, Status: status, BlockedBy: blockedBy}
		if find(ed.r.Events, events.key(&ev), events.key) >= 0 {
			return nil // the same change, the same day: already recorded
		}
		return events.add(ed, ev)
	})
}
