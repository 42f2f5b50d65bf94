package model

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      Date
		want    int
		wantErr string
	}{
		{"1970-01-01", 0, ""},
		{"1970-01-02", 1, ""},
		{"1969-12-31", -1, ""},
		{"2000-02-29", 11016, ""},
		{"2026-07-06", 20640, ""},
		{"0000-01-01", -719528, ""},
		{"9999-12-31", 2932896, ""},
		{"2024-02-29", 19782, ""},
		{"", 0, `bad date "": want YYYY-MM-DD`},
		{"2026-7-06", 0, `bad date "2026-7-06": want YYYY-MM-DD`},
		{"2026/07/06", 0, `bad date "2026/07/06": want YYYY-MM-DD`},
		{"2026-07-06T00:00:00Z", 0, `bad date "2026-07-06T00:00:00Z": want YYYY-MM-DD`},
		{"20x6-07-06", 0, `bad date "20x6-07-06": want YYYY-MM-DD`},
		{"2026-+7-06", 0, `bad date "2026-+7-06": want YYYY-MM-DD`},
		{"2026-00-10", 0, `bad date "2026-00-10": month 0 does not exist`},
		{"2026-13-01", 0, `bad date "2026-13-01": month 13 does not exist`},
		{"2026-02-30", 0, `bad date "2026-02-30": February 2026 has 28 days`},
		{"2026-02-29", 0, `bad date "2026-02-29": February 2026 has 28 days`},
		{"1900-02-29", 0, `bad date "1900-02-29": February 1900 has 28 days`},
		{"2026-04-31", 0, `bad date "2026-04-31": April 2026 has 30 days`},
		{"2026-01-00", 0, `bad date "2026-01-00": January 2026 has 31 days`},
		{"2026-01-32", 0, `bad date "2026-01-32": January 2026 has 31 days`},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		switch {
		case tt.wantErr != "":
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseDate(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("ParseDate(%q) error = %v", tt.in, err)
		case got != tt.want:
			t.Errorf("ParseDate(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestDaysAgainstTime checks every day of years 0000-9999 against package
// time: ParseDate, DateFromDays and Weekday agree with it and each other.
func TestDaysAgainstTime(t *testing.T) {
	first := time.Date(0, 1, 1, 12, 0, 0, 0, time.UTC)
	n0, err := ParseDate("0000-01-01")
	if err != nil {
		t.Fatal(err)
	}
	step := 1
	if testing.Short() {
		step = 97
	}
	for n := n0; ; n += step {
		tm := first.AddDate(0, 0, n-n0)
		if tm.Year() > 9999 {
			break
		}
		want := Date(tm.Format("2006-01-02"))
		if got := DateFromDays(n); got != want {
			t.Fatalf("DateFromDays(%d) = %q, want %q", n, got, want)
		}
		if back, err := ParseDate(want); err != nil || back != n {
			t.Fatalf("ParseDate(%q) = %d, %v, want %d", want, back, err, n)
		}
		if got := Weekday(n); got != tm.Weekday() {
			t.Fatalf("Weekday(%d) = %v, want %v (%s)", n, got, tm.Weekday(), want)
		}
	}
}

func TestDateOf(t *testing.T) {
	tm := time.Date(2026, 7, 6, 23, 30, 0, 0, time.FixedZone("x", -5*3600))
	if got := DateOf(tm); got != "2026-07-06" {
		t.Errorf("DateOf = %q, want 2026-07-06", got)
	}
	if got := Weekday(20640); got != time.Monday {
		t.Errorf("2026-07-06 is a %v, want Monday", got)
	}
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		if _, err := ParseDate("2026-07-06"); err != nil {
			b.Fatal(err)
		}
	}
}
