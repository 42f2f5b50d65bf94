package scope

import (
	"strings"
	"testing"

	"tandem/backend/model"
)

func TestLanesAndWindow(t *testing.T) {
	r := &model.Roadmap{Lanes: []model.Lane{{ID: "paid"}, {ID: "content"}}}
	for _, tc := range []struct {
		name    string
		ids     []string
		want    int
		wantErr string
	}{
		{"none: every lane", nil, 2, ""},
		{"chosen, spaces ignored", []string{" paid"}, 1, ""},
		{"unknown", []string{"paid", "seo"}, 0, `lanes: unknown lane "seo" (lanes: paid, content)`},
	} {
		got, err := Lanes(r, tc.ids)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil || len(got) != tc.want {
			t.Errorf("%s: %v %v, want %d lanes", tc.name, got, err, tc.want)
		}
	}
	day := func(d model.Date) int { n, _ := model.ParseDate(d); return n }
	for _, tc := range []struct {
		from, to model.Date
		lo, hi   int
		wantErr  string
	}{
		{"", "", 1, 9, ""},
		{"2027-02-01", "", day("2027-02-01"), 9, "window: to"},
		{"2027-01-01", "2027-01-31", day("2027-01-01"), day("2027-01-31"), ""},
		{"2027-02-30", "", 0, 0, "from: "},
		{"2027-03-01", "2027-02-01", 0, 0, "window: to 2027-02-01 is before from 2027-03-01"},
	} {
		lo, hi, err := Window(tc.from, tc.to, 1, 9)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s..%s: error %v, want %q", tc.from, tc.to, err, tc.wantErr)
			}
			continue
		}
		if err != nil || lo != tc.lo || hi != tc.hi {
			t.Errorf("%s..%s: %d..%d %v, want %d..%d", tc.from, tc.to, lo, hi, err, tc.lo, tc.hi)
		}
	}
}
