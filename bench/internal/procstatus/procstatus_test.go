package procstatus

import "testing"

func TestParse(t *testing.T) {
	const status = "Name:\ttandem\nVmHWM:\t  123456 kB\nRssAnon:\t    42 kB\n"
	for _, tc := range []struct {
		field string
		want  int64
		fails bool
	}{
		{"VmHWM", 123456, false},
		{"RssAnon", 42, false},
		{"VmRSS", 0, true},
		{"Name", 0, true}, // not a number
	} {
		got, err := parse(status, tc.field)
		if (err != nil) != tc.fails || got != tc.want {
			t.Errorf("parse(%s) = %d, %v; want %d (fails %v)", tc.field, got, err, tc.want, tc.fails)
		}
	}
}

func TestSelfReadsThisProcess(t *testing.T) {
	if Self("VmHWM") <= 0 {
		t.Fatal("no peak RSS for this process")
	}
}
