package analysis

import "tandem/backend/model"

// Result is everything one analysis computes (SPEC §3). encoding/json writes
// it as exactly the object of SPEC §4 (`tandem analyze --json`): the same
// keys in the same order. Lists are never nil (they marshal as []), and every
// list is sorted, so the same roadmap always gives the same bytes.
type Result struct {
	Start         model.Date     `json:"start"`
	Finish        model.Date     `json:"finish"`
	DurationDays  int            `json:"durationDays"`
	Critical      []string       `json:"critical"`
	Schedule      []Scheduled    `json:"schedule"`
	Conflicts     []Conflict     `json:"conflicts"`
	Reinforcing   []Reinforcing  `json:"reinforcing"`
	Flywheels     [][]string     `json:"flywheels"`
	Opportunities []Opportunity  `json:"opportunities"`
	SharedMetrics []SharedMetric `json:"sharedMetrics"`
	Coordination  Coordination   `json:"coordination"`
}

// Scheduled is one effort's place in the schedule (SPEC §3.1). Offsets are
// (working) days from the roadmap start; EF and LF are exclusive. Start and
// End are the dates of the first and last (working) day; a milestone has
// Start == End, the day it sits on.
type Scheduled struct {
	ID       string     `json:"id"`
	Lane     string     `json:"lane"`
	Start    model.Date `json:"start"`
	End      model.Date `json:"end"`
	ES       int        `json:"es"`
	EF       int        `json:"ef"`
	LS       int        `json:"ls"`
	LF       int        `json:"lf"`
	Float    int        `json:"float"`
	SlipDays int        `json:"slipDays"`
	Critical bool       `json:"critical"`
}

// Conflict kinds and surface severities (SPEC §3.2).
const (
	KindSurface  = "surface"
	KindSequence = "sequence"
	KindMetric   = "metric"
	KindDeclared = "declared"

	SeverityCollision  = "collision"
	SeverityDisruption = "disruption"
)

// Conflict is one conflict (SPEC §3.2). Efforts are in ascending id order and
// Lanes are their lanes, in the same order. Severity is set for surface
// conflicts only, Surface for surface conflicts, Metric for metric conflicts.
// From and To are the first and last day of the overlap window (for a
// sequence conflict: the planned days the dependency forbids); both are
// omitted, and Days is 0, for a declared conflict whose efforts do not
// overlap in time.
type Conflict struct {
	Kind      string     `json:"kind"`
	Severity  string     `json:"severity,omitempty"`
	Efforts   [2]string  `json:"efforts"`
	Lanes     [2]string  `json:"lanes"`
	CrossLane bool       `json:"crossLane"`
	Surface   string     `json:"surface,omitempty"`
	Metric    string     `json:"metric,omitempty"`
	From      model.Date `json:"from,omitempty"`
	To        model.Date `json:"to,omitempty"`
	Days      int        `json:"days"`
	Accepted  bool       `json:"accepted"`
}

// Reinforcing is a mutually reinforcing pair (SPEC §3.3), ids ascending.
// Via names every signal between them, sorted: "link" (a reinforces link),
// "metric:ID" (both move it the same way), "surface:ID" (one changes it
// before the other relies on it). Linked is true when a dependency or a link
// of any kind already joins them. Score is the pair's score (see package doc).
// Via lists share backing arrays with other pairs and opportunities (their
// capacity is capped, so appending copies): do not change them in place.
type Reinforcing struct {
	Efforts [2]string `json:"efforts"`
	Via     []string  `json:"via"`
	Linked  bool      `json:"linked"`
	Score   float64   `json:"score"`
}

// Opportunity is a mutually reinforcing pair in two lanes that nothing joins
// yet (SPEC §3.3): ids ascending, Lanes in the same order.
type Opportunity struct {
	Efforts [2]string `json:"efforts"`
	Lanes   [2]string `json:"lanes"`
	Via     []string  `json:"via"`
	Score   float64   `json:"score"`
}

// SharedMetric is a metric moved by efforts of two or more lanes (SPEC §3.4).
// Lanes are in the roadmap's lane order, Efforts in id order.
type SharedMetric struct {
	Metric  string   `json:"metric"`
	Lanes   []string `json:"lanes"`
	Efforts []string `json:"efforts"`
}

// Coordination holds the coordination figures of SPEC §3.4. Blocked days are
// working days when the roadmap has a calendar.
type Coordination struct {
	Dependencies           int `json:"dependencies"`
	CrossLaneDependencies  int `json:"crossLaneDependencies"`
	BlockedEvents          int `json:"blockedEvents"`
	BlockedDays            int `json:"blockedDays"`
	CrossLaneBlockedEvents int `json:"crossLaneBlockedEvents"`
	CrossLaneBlockedDays   int `json:"crossLaneBlockedDays"`
	OpenConflicts          int `json:"openConflicts"`
	CrossLaneConflicts     int `json:"crossLaneConflicts"`
	Opportunities          int `json:"opportunities"`
}
