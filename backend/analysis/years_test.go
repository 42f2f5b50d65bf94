package analysis

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"tandem/backend/model"
)

// chain returns a valid roadmap starting on start: n efforts of dur days
// in a finish-to-start chain with lag days between them, on cal.
func chain(start model.Date, n, dur, lag int, cal *model.Calendar) *model.Roadmap {
	r := model.New("chain")
	r.Start, r.Calendar = start, cal
	r.Lanes = []model.Lane{{ID: "l", Name: "L"}}
	for i := range n {
		d := dur
		r.Efforts = append(r.Efforts, model.Effort{ID: fmt.Sprint("e", i), Lane: "l", DurationDays: &d})
		if i > 0 {
			r.Dependencies = append(r.Dependencies, model.Dependency{From: fmt.Sprint("e", i-1), To: fmt.Sprint("e", i), LagDays: lag})
		}
	}
	return r
}

// TestScheduleWithinTheYears: every duration and lag is within
// model.MaxDays, yet the schedule runs past 9999-12-31; Analyze and
// CheckSchedule refuse it naming the first effort past the end, and take
// a schedule that ends on the last day.
func TestScheduleWithinTheYears(t *testing.T) {
	oneDay := &model.Calendar{Workdays: []string{"mon"}}
	tests := []struct {
		name string
		r    *model.Roadmap
		want string // "" when valid
	}{
		{"a long chain of durations", chain("2026-01-05", 90, model.MaxDays, 0, nil),
			`efforts[79] (id "e79"): scheduled to end on 10042-08-08`},
		{"a long chain of lags", chain("2026-01-05", 90, 1, model.MaxDays, nil), `efforts[80] (id "e80")`},
		{"one effort from 9990", chain("9990-01-01", 1, model.MaxDays, 0, nil),
			`efforts[0] (id "e0"): scheduled to end on 10090-03-16, after 9999-12-31, the last day a date can have`},
		{"a calendar of one working day a week", chain("9500-01-04", 1, model.MaxDays, 0, oneDay), `efforts[0] (id "e0"): scheduled to end on 10201-`},
		{"ending on the last day", chain("9999-12-22", 2, 5, 0, nil), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.r.Validate(); err != nil {
				t.Fatalf("the roadmap should be valid: %v", err)
			}
			for name, err := range map[string]error{
				"CheckSchedule": CheckSchedule(tc.r, Options{Today: fixedToday}),
				"Analyze":       func() error { _, err := Analyze(tc.r, Options{Today: fixedToday}); return err }(),
			} {
				var ve *model.ValidationError
				switch {
				case tc.want == "" && err != nil:
					t.Errorf("%s: %v", name, err)
				case tc.want != "" && (!errors.As(err, &ve) || !strings.HasPrefix(err.Error(), tc.want)):
					t.Errorf("%s: got %v, want a *model.ValidationError starting %q", name, err, tc.want)
				}
			}
		})
	}
}
