package service

import (
	"tandem/backend/analysis"
	"tandem/backend/model"
)

// DecisionRequest asks Decide (or PreviewDecision) to act on a roadmap and
// record the decision. Kind says what it does:
//
//	sequence    Conflict's two efforts get the FS dependency Effort -> the other
//	            (Effort empty: the one that changes the surface, else the one
//	            that starts first); a planned successor that would start too
//	            early moves to start after Effort ends.
//	reschedule  Effort (one of Conflict's) moves to start after the other ends
//	            (for a sequence conflict: to the first day its dependency allows).
//	kill        Effort's status becomes killed (with its status event).
//	            Rationale, By and Reason are required, Trigger is kept.
//	revive      killed Effort goes back to its status before the kill
//	            (planned when unknown). Rationale is required.
//	accept      Conflict is kept knowingly; its window is recorded.
//	            Rationale is required.
//	integrate, other  only the record (Efforts, Conflict optional).
//
// Title, when empty, is written from the action. Supersedes, when empty, is
// the latest decision still in force on the same conflict (kill and revive:
// on the same effort). Revisit is an optional date.
type DecisionRequest struct {
	Kind       string     `json:"kind"`
	Conflict   string     `json:"conflict,omitempty"`
	Effort     string     `json:"effort,omitempty"`
	Efforts    []string   `json:"efforts,omitempty"`
	Title      string     `json:"title,omitempty"`
	Rationale  string     `json:"rationale,omitempty"`
	By         string     `json:"by,omitempty"`
	Revisit    model.Date `json:"revisit,omitempty"`
	Reason     string     `json:"reason,omitempty"`
	Trigger    string     `json:"trigger,omitempty"`
	Supersedes string     `json:"supersedes,omitempty"`
}

// DecisionPreview is what a decision would do, computed by the real
// analysis on a copy of the roadmap with the decision applied: the record it
// would add, what it changes (in words), the finish date before and after
// and the change in (working) days, the efforts that would become critical,
// and the conflicts it would add and remove (Accepted: those it would mark
// accepted). Open counts the open conflicts before and after.
type DecisionPreview struct {
	Decision      model.Decision      `json:"decision"`
	Changes       []string            `json:"changes"`
	FinishBefore  model.Date          `json:"finishBefore"`
	FinishAfter   model.Date          `json:"finishAfter"`
	FinishDays    int                 `json:"finishDays"`
	NewlyCritical []string            `json:"newlyCritical"`
	Added         []analysis.Conflict `json:"added"`
	Removed       []analysis.Conflict `json:"removed"`
	Accepted      []analysis.Conflict `json:"accepted"`
	OpenBefore    int                 `json:"openBefore"`
	OpenAfter     int                 `json:"openAfter"`
}
