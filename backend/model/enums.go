package model

import (
	"slices"
	"strings"
	"time"
)

// Ritual cadences.
const (
	CadenceDaily    = "daily"
	CadenceWeekly   = "weekly"
	CadenceBiweekly = "biweekly"
	CadenceMonthly  = "monthly"
)

// The values of each enumerated field, in the order error messages list them.
var (
	statusValues    = []string{StatusPlanned, StatusActive, StatusBlocked, StatusDone, StatusPaused, StatusKilled}
	modeValues      = []string{ModeChanges, ModeRelies}
	directionValues = []string{DirectionUp, DirectionDown}
	depTypeValues   = []string{DepFS, DepSS, DepFF, DepSF}
	linkKindValues  = []string{LinkReinforces, LinkConflicts}
	decisionValues  = []string{DecisionKill, DecisionSequence, DecisionReschedule, DecisionIntegrate, DecisionAccept, DecisionRevive, DecisionOther}
	reasonValues    = []string{ReasonWrongTime, ReasonConflict, ReasonStrategy, ReasonEvidence}
	cadenceValues   = []string{CadenceDaily, CadenceWeekly, CadenceBiweekly, CadenceMonthly}
	// indexed by time.Weekday
	weekdayValues = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	workdayValues = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
)

// ParseWorkday returns the day a calendar workday name ("mon".."sun") stands for.
func ParseWorkday(name string) (time.Weekday, bool) {
	i := slices.Index(workdayValues, name)
	return time.Weekday(i), i >= 0
}

// ParseWeekday returns the day a ritual weekday name ("monday".."sunday") stands for.
func ParseWeekday(name string) (time.Weekday, bool) {
	i := slices.Index(weekdayValues, name)
	return time.Weekday(i), i >= 0
}

// mondayFirst lists week day names from Monday, for messages.
func mondayFirst(names []string) []string {
	return append(slices.Clone(names[1:]), names[0])
}

// wantList returns "want a, b or c".
func wantList(values []string) string {
	if len(values) == 1 {
		return "want " + values[0]
	}
	return "want " + strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
