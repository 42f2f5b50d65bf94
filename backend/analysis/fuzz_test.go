package analysis

import (
	"bytes"
	"errors"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// FuzzAnalyze analyses the roadmap that modeltest.Program builds from the
// fuzzer's bytes (bounded counts; starts from year 1000 to 5000, durations
// and lags up to model.MaxDays, leads, every dependency type and status,
// calendars with holidays). A roadmap that model.Validate refuses is
// skipped; on a valid one Analyze must not fail nor panic, and:
//   - the schedule respects every dependency with its lag and every planned
//     start, es is as early and lf as late as allowed, float = ls - es >= 0,
//     critical is exactly float 0 and not done (checkSchedule);
//   - the finish is at or after every scheduled effort's last day, and
//     the finish offset (durationDays from the earliest es) is the latest ef;
//   - every live effort is scheduled once, no killed one is;
//   - the same roadmap gives the same bytes.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x02\x80\x00\x02\x03lane\x05\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b"))
	f.Add(bytes.Repeat([]byte{0xff}, 64))             // every count and duration at its largest
	f.Add(bytes.Repeat([]byte{0xfe, 0x01, 0x7f}, 90)) // near-limit durations, leads
	f.Add(bytes.Repeat([]byte{0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := modeltest.Program(data)
		if err := r.Validate(); err != nil {
			return
		}
		res, err := Analyze(r, Options{Today: fixedToday})
		if err != nil {
			t.Fatalf("Analyze of a valid roadmap: %v", err)
		}
		checkSchedule(t, r, res)
		checkFinish(t, r, res)
		if again := marshal(t, analyze(t, r)); !bytes.Equal(again, marshal(t, res)) {
			t.Fatal("same roadmap, different analysis")
		}
	})
}

// checkFinish: the finish is the last day of the schedule and every live
// effort has exactly one row.
func checkFinish(t *testing.T, r *model.Roadmap, res *Result) {
	t.Helper()
	rows := map[string]int{}
	for _, s := range res.Schedule {
		rows[s.ID]++
		if s.End > res.Finish {
			t.Errorf("%s ends %s, after the finish %s", s.ID, s.End, res.Finish)
		}
		if s.Critical && s.Float != 0 {
			t.Errorf("%s: critical with float %d", s.ID, s.Float)
		}
	}
	for _, e := range r.Efforts {
		want := 1
		if e.Status == model.StatusKilled {
			want = 0
		}
		if rows[e.ID] != want {
			t.Errorf("%s (%q): %d schedule rows, want %d", e.ID, e.Status, rows[e.ID], want)
		}
	}
	if len(res.Schedule) > 0 {
		if _, err := model.ParseDate(res.Finish); err != nil {
			t.Errorf("finish %q: %v", res.Finish, errors.Unwrap(err))
		}
	}
}
