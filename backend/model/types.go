// Package model holds Tandem's domain types (SPEC §1) and the roadmap file
// format v1 (SPEC §2): reading, validation and deterministic writing.
// It imports nothing of Tandem's own.
//
// It also holds the two facts other packages must not know twice: the
// working-day calendar (WorkCalendar: working weekdays, holidays, is a day
// worked, add and count working days; DayIndex for the analysis's O(1)
// conversions), which validation, the analysis, the imports and exports and,
// through the service's snapshot, the UI all use; and the dependency-cycle
// finder (FindCycle, FindCycleIn), which validation and the analysis share
// so that both report the same cycle.
package model

import "encoding/json"

// Format and Version identify a roadmap file (SPEC §2).
const (
	Format  = "tandem/roadmap"
	Version = 1
)

// Date is a calendar day written "YYYY-MM-DD". The empty Date means "not set".
// Parse it with ParseDate; validation rejects malformed dates.
type Date string

// Extra holds the keys of a JSON object that Tandem does not know. They are
// kept so that a read/write round trip loses nothing (SPEC §2).
type Extra map[string]json.RawMessage

// Roadmap is one roadmap: the whole file of SPEC §2.
type Roadmap struct {
	Format       string       `json:"format"`
	Version      int          `json:"version"`
	Name         string       `json:"name"`
	Start        Date         `json:"start,omitempty"`
	AsOf         Date         `json:"asOf,omitempty"`
	Calendar     *Calendar    `json:"calendar,omitempty"`
	Lanes        []Lane       `json:"lanes"`
	Surfaces     []Surface    `json:"surfaces"`
	Metrics      []Metric     `json:"metrics"`
	Efforts      []Effort     `json:"efforts"`
	Dependencies []Dependency `json:"dependencies"`
	Links        []Link       `json:"links"`
	Decisions    []Decision   `json:"decisions"`
	Rituals      []Ritual     `json:"rituals"`
	Events       []Event      `json:"events"`
	Snapshots    []Snapshot   `json:"snapshots,omitempty"`
	Extra        Extra        `json:"-"`
}

// Calendar makes durations, lags and offsets count working days only.
// Workdays are "mon".."sun"; holidays are dates that are not worked.
type Calendar struct {
	Workdays []string `json:"workdays"`
	Holidays []Date   `json:"holidays,omitempty"`
	Extra    Extra    `json:"-"`
}

// Lane is a team or function: one swimlane.
type Lane struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color,omitempty"`
	Extra Extra  `json:"-"`
}

// Surface is a shared asset efforts touch: a page, funnel step, audience,
// channel, data set or model.
type Surface struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Kind  string `json:"kind,omitempty"`
	Extra Extra  `json:"-"`
}

// Metric is a number efforts try to move.
type Metric struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Unit  string `json:"unit,omitempty"`
	Extra Extra  `json:"-"`
}

// Effort statuses (SPEC §1).
const (
	StatusPlanned = "planned"
	StatusActive  = "active"
	StatusBlocked = "blocked"
	StatusDone    = "done"
	StatusPaused  = "paused"
	StatusKilled  = "killed"
)

// Effort is a piece of work in one lane. It gives Start+End, Start+DurationDays,
// or DurationDays alone; DurationDays 0 is a milestone. Start and End are
// inclusive. An empty Status means planned.
type Effort struct {
	ID           string  `json:"id"`
	Lane         string  `json:"lane"`
	Title        string  `json:"title"`
	Start        Date    `json:"start,omitempty"`
	End          Date    `json:"end,omitempty"`
	DurationDays *int    `json:"durationDays,omitempty"`
	Status       string  `json:"status,omitempty"`
	Owner        string  `json:"owner,omitempty"`
	Notes        string  `json:"notes,omitempty"`
	Touches      []Touch `json:"touches,omitempty"`
	Moves        []Move  `json:"moves,omitempty"`
	Extra        Extra   `json:"-"`
}

// Touch modes: an effort changes a surface or relies on it.
const (
	ModeChanges = "changes"
	ModeRelies  = "relies"
)

// Touch says that an effort changes or relies on a surface. It has no Extra:
// unknown keys of a touch are dropped when read (Touch stays comparable).
type Touch struct {
	Surface string `json:"surface"`
	Mode    string `json:"mode"`
}

// Metric directions.
const (
	DirectionUp   = "up"
	DirectionDown = "down"
)

// Move says that an effort tries to move a metric up or down. Like Touch,
// it has no Extra: unknown keys of a move are dropped when read.
type Move struct {
	Metric    string `json:"metric"`
	Direction string `json:"direction"`
}

// Dependency types (SPEC §1).
const (
	DepFS = "FS"
	DepSS = "SS"
	DepFF = "FF"
	DepSF = "SF"
)

// Dependency sequences two efforts: To may not start (or finish) until From
// has, per Type, shifted by LagDays (negative = lead). An empty Type means FS.
type Dependency struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Type    string `json:"type,omitempty"`
	LagDays int    `json:"lagDays"`
	Extra   Extra  `json:"-"`
}

// Link kinds.
const (
	LinkReinforces = "reinforces"
	LinkConflicts  = "conflicts"
)

// Link is a pair of efforts the user declared as reinforcing or conflicting.
type Link struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Kind  string `json:"kind"`
	Note  string `json:"note,omitempty"`
	Extra Extra  `json:"-"`
}

// Decision kinds.
const (
	DecisionKill       = "kill"
	DecisionSequence   = "sequence"
	DecisionReschedule = "reschedule"
	DecisionIntegrate  = "integrate"
	DecisionAccept     = "accept"
	DecisionRevive     = "revive"
	DecisionOther      = "other"
)

// Kill reasons: why an effort was killed.
const (
	ReasonWrongTime = "wrong-time"
	ReasonConflict  = "conflict"
	ReasonStrategy  = "strategy"
	ReasonEvidence  = "evidence"
)

// Decision is a recorded choice about some efforts. Records are never
// edited: a later decision that changes an earlier one names it in
// Supersedes. Conflict is the key of the conflict decided (analysis
// Conflict.Key, e.g. "surface:pricing-page:a+b") and Window what that
// conflict was when decided (an accepted conflict whose window or severity
// moves since reopens). Removed lists the keys of the conflicts the
// decision removed when it was applied (a kill: every conflict of its
// effort). Revisit is the day to look at it again; a kill gives a Reason
// (wrong-time, conflict, strategy, evidence) and a Trigger: what would make
// the effort worth reviving.
type Decision struct {
	ID         string          `json:"id"`
	Date       Date            `json:"date"`
	Kind       string          `json:"kind"`
	Efforts    []string        `json:"efforts"`
	Title      string          `json:"title"`
	Rationale  string          `json:"rationale,omitempty"`
	By         string          `json:"by,omitempty"`
	Supersedes string          `json:"supersedes,omitempty"`
	Conflict   string          `json:"conflict,omitempty"`
	Window     *ConflictWindow `json:"window,omitempty"`
	Removed    []string        `json:"removed,omitempty"`
	Revisit    Date            `json:"revisit,omitempty"`
	Reason     string          `json:"reason,omitempty"`
	Trigger    string          `json:"trigger,omitempty"`
	Extra      Extra           `json:"-"`
}

// ConflictWindow is a conflict's severity (surface conflicts only) and
// overlap window (first and last day, and its length in (working) days) as
// a decision saw it.
type ConflictWindow struct {
	Severity string `json:"severity,omitempty"`
	From     Date   `json:"from,omitempty"`
	To       Date   `json:"to,omitempty"`
	Days     int    `json:"days"`
	Extra    Extra  `json:"-"`
}

// Ritual is a recurring decision meeting whose agenda the app prepares.
// Cadence is daily, weekly, biweekly or monthly; Weekday, optional, is
// "monday".."sunday". Lanes, optional, are the ids of the lanes the meeting
// covers (none: every lane).
type Ritual struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Cadence string   `json:"cadence"`
	Weekday string   `json:"weekday,omitempty"`
	Lanes   []string `json:"lanes,omitempty"`
	Extra   Extra    `json:"-"`
}

// Event is a status change of an effort on a date. A blocked event names the
// blocking effort in BlockedBy.
type Event struct {
	Effort    string `json:"effort"`
	Date      Date   `json:"date"`
	Status    string `json:"status"`
	BlockedBy string `json:"blockedBy,omitempty"`
	Extra     Extra  `json:"-"`
}
