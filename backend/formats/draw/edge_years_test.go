package draw

import (
	"strings"
	"testing"
)

// TestWindowStaysWithinTheYears: widening the window to whole intervals of
// the axis stops at 1000-01-01 and 9999-12-31, the first and last days a
// date can have, so neither the title's window nor the axis names a day
// before or after them (it said "2 Jan 10000").
func TestWindowStaysWithinTheYears(t *testing.T) {
	for _, tc := range []struct {
		name    string
		efforts [][4]string
		window  string
	}{
		{"ending on 9999-12-31", [][4]string{{"a", "Last days", "9999-12-27", "9999-12-31"}, {"m", "Last day", "9999-12-31", ""}},
			"27 Dec 9999 – 31 Dec 9999"},
		{"starting on 1000-01-01", [][4]string{{"a", "First days", "1000-01-01", "1000-01-03"}}, "1 Jan 1000 – "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := inputOf(t, roadmap(t, tc.efforts...))
			for fname, f := range map[string]Format{"screen": screenFormat, "a4": {PageW: papers["a4"][0], PageH: papers["a4"][1], MinDayW: pdfMinDayW}} {
				pages, err := Build(in, f)
				if err != nil {
					t.Fatal(err)
				}
				all := ""
				for _, p := range pages {
					for _, s := range texts(p) {
						all += s.Text + "\n"
					}
				}
				if strings.Contains(all, "10000") || strings.Contains(all, " 999\n") || strings.Contains(all, "0999") {
					t.Errorf("%s: a day outside the years 1000 to 9999 is named:\n%s", fname, all)
				}
				if !strings.Contains(all, tc.window) {
					t.Errorf("%s: the window %q is not named:\n%s", fname, tc.window, all)
				}
			}
		})
	}
}
