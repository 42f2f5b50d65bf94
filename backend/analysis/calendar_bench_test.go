package analysis

import (
	"testing"

	"tandem/backend/model"
)

// BenchmarkCalendar measures the CPM's calendar conversions with a working
// calendar (Monday to Friday and a holiday a month): offset and day over
// the indexed span and beyond it, one op being 1M conversions each way.
func BenchmarkCalendar(b *testing.B) {
	lo, _ := model.ParseDate("2026-01-01")
	var holidays []model.Date
	for m := 0; m < 120; m++ {
		holidays = append(holidays, model.DateFromDays(lo+m*30+3))
	}
	c := &model.Calendar{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}, Holidays: holidays}
	cal := newCalendar(c, lo, lo+3000, lo)
	const n = 1 << 20
	b.ResetTimer()
	sum := 0
	for range b.N {
		for i := range n {
			d := lo - 500 + i%5000
			sum += cal.offset(d)
			sum += cal.day(i%4000 - 300)
		}
	}
	if sum == 42 {
		b.Log(sum)
	}
}
