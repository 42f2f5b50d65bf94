package model

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// day parses a test date; 2026-12-21 is a Monday, 2026-12-25 and
// 2027-01-01 are Fridays.
func day(t testing.TB, s Date) int {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var (
	weekMonFri = []string{"mon", "tue", "wed", "thu", "fri"}
	weekSunThu = []string{"sun", "mon", "tue", "wed", "thu"}
)

// TestWorkCalendar asks each calendar question of weekends, holidays,
// custom weeks and the nil calendar, with answers worked out by hand.
func TestWorkCalendar(t *testing.T) {
	type ask struct {
		op   string // "is", "add", "count", "between"
		a    Date
		n    int  // add: working days; count and between: unused
		b    Date // count and between: the other end; add: the answer
		want int  // is: 1 or 0; count, between: the answer
	}
	tests := []struct {
		name string
		cal  *Calendar
		asks []ask
	}{
		{"no calendar: every day", nil, []ask{
			{op: "is", a: "2026-12-26", want: 1},
			{op: "add", a: "2026-12-24", n: 3, b: "2026-12-27"},
			{op: "add", a: "2026-12-24", n: -3, b: "2026-12-21"},
			{op: "count", a: "2026-12-21", b: "2026-12-27", want: 7},
			{op: "between", a: "2026-12-27", b: "2026-12-21", want: -6},
		}},
		{"no known workday: every day", &Calendar{Workdays: []string{"Monday"}}, []ask{
			{op: "is", a: "2026-12-26", want: 1},
			{op: "count", a: "2026-12-21", b: "2026-12-27", want: 7},
		}},
		{"Mon-Fri", &Calendar{Workdays: weekMonFri}, []ask{
			{op: "is", a: "2026-12-18", want: 1},
			{op: "is", a: "2026-12-19", want: 0},
			{op: "is", a: "2026-12-20", want: 0},
			{op: "add", a: "2026-12-18", n: 1, b: "2026-12-21"},
			{op: "add", a: "2026-12-21", n: -1, b: "2026-12-18"},
			{op: "add", a: "2026-12-19", n: 0, b: "2026-12-21"},  // a weekend snaps forward
			{op: "add", a: "2026-12-19", n: -1, b: "2026-12-17"}, // or back, the way it travels
			{op: "add", a: "2026-12-21", n: 10, b: "2027-01-04"},
			{op: "count", a: "2026-12-21", b: "2026-12-27", want: 5},
			{op: "count", a: "2026-12-27", b: "2026-12-21", want: 0},
			{op: "between", a: "2026-12-18", b: "2026-12-21", want: 1},
			{op: "between", a: "2026-12-21", b: "2026-12-18", want: -1},
			{op: "between", a: "2026-12-21", b: "2026-12-21", want: 0},
		}},
		{"Mon-Fri with holidays", &Calendar{Workdays: weekMonFri, Holidays: []Date{"2027-01-01", "2026-12-25", "2026-12-26", "2026-12-25"}}, []ask{
			{op: "is", a: "2026-12-25", want: 0},
			{op: "is", a: "2026-12-24", want: 1},
			{op: "add", a: "2026-12-24", n: 1, b: "2026-12-28"},
			{op: "add", a: "2026-12-24", n: 5, b: "2027-01-04"},
			{op: "add", a: "2027-01-04", n: -5, b: "2026-12-24"},
			{op: "add", a: "2026-12-25", n: 0, b: "2026-12-28"},
			{op: "add", a: "2026-12-26", n: -1, b: "2026-12-23"},
			{op: "add", a: "2026-12-21", n: 20, b: "2027-01-20"},
			{op: "add", a: "2027-01-20", n: -20, b: "2026-12-21"},
			{op: "count", a: "2026-12-21", b: "2027-01-03", want: 8},
			{op: "between", a: "2026-12-24", b: "2027-01-04", want: 5},
			{op: "between", a: "2027-01-04", b: "2026-12-24", want: -5},
		}},
		{"Sun-Thu", &Calendar{Workdays: weekSunThu}, []ask{
			{op: "is", a: "2026-12-18", want: 0},
			{op: "is", a: "2026-12-19", want: 0},
			{op: "is", a: "2026-12-20", want: 1},
			{op: "add", a: "2026-12-17", n: 1, b: "2026-12-20"},
			{op: "add", a: "2026-12-20", n: -1, b: "2026-12-17"},
			{op: "count", a: "2026-12-14", b: "2026-12-20", want: 5},
		}},
		{"Sun-Thu with a Sunday holiday", &Calendar{Workdays: weekSunThu, Holidays: []Date{"2026-12-20"}}, []ask{
			{op: "is", a: "2026-12-20", want: 0},
			{op: "add", a: "2026-12-17", n: 1, b: "2026-12-21"},
			{op: "add", a: "2026-12-21", n: -1, b: "2026-12-17"},
			{op: "count", a: "2026-12-14", b: "2026-12-20", want: 4},
			{op: "between", a: "2026-12-17", b: "2026-12-21", want: 1},
		}},
		{"one day a week", &Calendar{Workdays: []string{"wed"}}, []ask{
			{op: "add", a: "2026-12-21", n: 2, b: "2027-01-06"},
			{op: "add", a: "2026-12-21", n: -2, b: "2026-12-02"},
			{op: "count", a: "2026-12-01", b: "2026-12-31", want: 5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NewWorkCalendar(tt.cal)
			for _, q := range tt.asks {
				a := day(t, q.a)
				switch q.op {
				case "is":
					if got := w.IsWorkday(a); got != (q.want == 1) {
						t.Errorf("IsWorkday(%s) = %v", q.a, got)
					}
				case "add":
					if got := DateFromDays(w.Add(a, q.n)); got != q.b {
						t.Errorf("Add(%s, %d) = %s, want %s", q.a, q.n, got, q.b)
					}
				case "count":
					if got := w.Count(a, day(t, q.b)); got != q.want {
						t.Errorf("Count(%s, %s) = %d, want %d", q.a, q.b, got, q.want)
					}
				case "between":
					if got := w.Between(a, day(t, q.b)); got != q.want {
						t.Errorf("Between(%s, %s) = %d, want %d", q.a, q.b, got, q.want)
					}
				}
			}
		})
	}
}

// TestWorkCalendarAgainstWalk holds Add, Count, Between, Next, Prev and the
// DayIndex to a day-by-day walk over IsWorkday, for random days and counts
// around clusters of holidays.
func TestWorkCalendarAgainstWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	d0 := day(t, "2026-12-01")
	var holidays []Date
	for range 40 {
		holidays = append(holidays, DateFromDays(d0+rng.IntN(120)))
	}
	for _, c := range []*Calendar{
		{Workdays: weekMonFri, Holidays: holidays},
		{Workdays: weekSunThu, Holidays: holidays},
		{Workdays: []string{"sat"}, Holidays: holidays},
		{Workdays: []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, Holidays: holidays},
	} {
		w := NewWorkCalendar(c)
		walkAdd := func(d, n int) int {
			dir := 1
			if n < 0 {
				dir = -1
			}
			for !w.IsWorkday(d) {
				d += dir
			}
			for ; n != 0; n -= dir {
				d += dir
				for !w.IsWorkday(d) {
					d += dir
				}
			}
			return d
		}
		walkCount := func(a, b int) int {
			n := 0
			for d := a; d <= b; d++ {
				if w.IsWorkday(d) {
					n++
				}
			}
			return n
		}
		x := w.Index(d0+20, d0+60)
		for range 2000 {
			a, n := d0-30+rng.IntN(200), rng.IntN(160)-80
			if got, want := w.Add(a, n), walkAdd(a, n); got != want {
				t.Fatalf("%v: Add(%s, %d) = %s, want %s", c.Workdays, DateFromDays(a), n, DateFromDays(got), DateFromDays(want))
			}
			b := a + n
			if got, want := w.Count(a, b), walkCount(a, b); got != want {
				t.Fatalf("%v: Count(%s, %s) = %d, want %d", c.Workdays, DateFromDays(a), DateFromDays(b), got, want)
			}
			if wa, wb := w.Next(a), w.Prev(b); w.Add(wa, w.Between(wa, wb)) != wb {
				t.Fatalf("%v: Add(%s, Between(%s, %s)) is not %[3]s", c.Workdays, DateFromDays(wa), DateFromDays(wa), DateFromDays(wb))
			}
			if got, want := x.Rank(b)-x.Rank(a), w.Between(a-1, b-1); got != want && b >= a {
				t.Fatalf("%v: Rank(%s)-Rank(%s) = %d, want %d", c.Workdays, DateFromDays(b), DateFromDays(a), got, want)
			}
			if r := x.Rank(a); x.Day(r) != w.Next(a) {
				t.Fatalf("%v: Day(Rank(%s)) = %s, want %s", c.Workdays, DateFromDays(a), DateFromDays(x.Day(r)), DateFromDays(w.Next(a)))
			}
		}
	}
}

// TestWorkCalendarFacts checks what the calendar tells about itself: the
// holidays kept (on working weekdays only, sorted, once), the week, and the
// model calendar it writes back.
func TestWorkCalendarFacts(t *testing.T) {
	w := NewWorkCalendar(&Calendar{Workdays: []string{"thu", "sun", "mon", "tue", "wed", "bogus"},
		Holidays: []Date{"2026-12-24", "2026-12-26", "2026-12-20", "2026-12-24", "not a date"}})
	if got := w.PerWeek(); got != 5 {
		t.Errorf("PerWeek = %d, want 5", got)
	}
	if w.Works(time.Friday) || !w.Works(time.Sunday) {
		t.Errorf("Works: Friday %v, Sunday %v", w.Works(time.Friday), w.Works(time.Sunday))
	}
	want := &Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "sun"}, Holidays: []Date{"2026-12-20", "2026-12-24"}}
	if got := w.Calendar(); !reflect.DeepEqual(got, want) {
		t.Errorf("Calendar = %+v, want %+v", got, want)
	}
	var none *WorkCalendar
	if none.Calendar() != nil || none.PerWeek() != 7 || none.Holidays() != nil || none.Index(0, 10) != nil {
		t.Error("the nil calendar is not every day worked")
	}
	// An import's week without a working day is every day, holidays kept.
	all := NewWorkWeek([7]bool{}, []int{day(t, "2026-12-26")})
	if all.PerWeek() != 7 || all.IsWorkday(day(t, "2026-12-26")) {
		t.Errorf("NewWorkWeek(no day): PerWeek %d, holiday worked %v", all.PerWeek(), all.IsWorkday(day(t, "2026-12-26")))
	}
}

// TestValidateRefusesWeekWithoutWorkday: a calendar must work some day
// (NewWorkCalendar would take it as every day; validation refuses it).
func TestValidateRefusesWeekWithoutWorkday(t *testing.T) {
	for _, c := range []*Calendar{{}, {Workdays: []string{}}, {Workdays: []string{"monday"}}} {
		r := base(t)
		r.Calendar = c
		err := r.Validate()
		if err == nil || !strings.Contains(err.Error(), "calendar.workdays") {
			t.Errorf("Validate(workdays %q) = %v, want a calendar.workdays problem", c.Workdays, err)
		}
	}
}
