package model

import (
	"fmt"
	"reflect"
	"testing"
)

// checkIndex fails unless x answers as NewIndex(r) does: the same
// dependency ends, and the same place for every id of each list, for ""
// and for an id of no list.
func checkIndex(t *testing.T, r *Roadmap, x *Index) {
	t.Helper()
	want := NewIndex(r)
	if !reflect.DeepEqual(x.ends, want.ends) && (len(x.ends) != 0 || len(want.ends) != 0) {
		t.Errorf("dependency ends %v, want %v", x.ends, want.ends)
	}
	lists := []struct {
		name      string
		got, want *idIndex
		ids       []string
	}{
		{"lanes", x.lanes, want.lanes, nil},
		{"surfaces", x.surfaces, want.surfaces, nil},
		{"metrics", x.metrics, want.metrics, nil},
		{"efforts", x.efforts, want.efforts, nil},
	}
	for _, l := range r.Lanes {
		lists[0].ids = append(lists[0].ids, l.ID)
	}
	for _, s := range r.Surfaces {
		lists[1].ids = append(lists[1].ids, s.ID)
	}
	for _, m := range r.Metrics {
		lists[2].ids = append(lists[2].ids, m.ID)
	}
	for _, e := range r.Efforts {
		lists[3].ids = append(lists[3].ids, e.ID)
	}
	for _, l := range lists {
		if l.got.distinct() != l.want.distinct() {
			t.Errorf("%s: distinct %v, want %v", l.name, l.got.distinct(), l.want.distinct())
		}
		for _, id := range append(l.ids, "", "no such id") {
			if got, want := l.got.lookup(id), l.want.lookup(id); got != want {
				t.Errorf("%s: place of %q is %d, want %d", l.name, id, got, want)
			}
		}
	}
}

// TestReaderIndex: the index the reader makes as it reads is the one
// NewIndex makes of what it read, whatever the order of the lists, with
// lists read twice, missing, repeated and escaped ids, unknown ends, null
// elements and a snapshot's roadmap (which has an index of its own).
func TestReaderIndex(t *testing.T) {
	for _, in := range []string{
		`{}`,
		`{"efforts":[{"id":"a"},{"id":"b"}],"dependencies":[{"from":"a","to":"b"},{"from":"b","to":"zz"}]}`,
		`{"dependencies":[{"from":"a","to":"b"}],"efforts":[{"id":"a"},{"id":"b"}]}`,
		`{"efforts":[{"id":"x"}],"dependencies":[{"from":"a","to":"b"}],"efforts":[{"id":"b"},{"id":"a"}]}`,
		`{"efforts":[{"id":"a"},{"id":"b"}],"dependencies":[{"from":"a","to":"b"}],"dependencies":[{"from":"b","to":"a"},null]}`,
		`{"efforts":[{"id":"a"},{"id":""},{"id":"a"},{},null,{"id":"b"}],"dependencies":[{"from":"b","to":"a"},{"to":"b"},{"from":null,"to":"a"}]}`,
		`{"efforts":[{"id":"a","id":"b"}],"dependencies":[{"from":"a","to":"b"},{"from":"b","to":"b","from":"a"}]}`,
		`{"efforts":[{"id":"\u0061"},{"id":"b\"c"}],"dependencies":[{"from":"a","to":"b\"c"},{"from":"\u0062\"c","to":"a"}]}`,
		`{"efforts":[{"id":"a","lane":"l"}],"lanes":[{"id":"l"},{"id":"l"},{"id":"m"}],"surfaces":[{"id":"s"}],"metrics":[{"id":"m"},{"id":""}]}`,
		`{"lanes":[{"id":"a"}],"efforts":[{"id":"a"}],"dependencies":[{"from":"a","to":"a"}],
			"snapshots":[{"id":"s","roadmap":{"efforts":[{"id":"q"},{"id":"a"}],"dependencies":[{"from":"q","to":"a"}]}}]}`,
		`{"efforts":[{"id":"a"}],"snapshots":[{"roadmap":{"efforts":[{"id":"z"}]}}],"dependencies":[{"from":"a","to":"z"}]}`,
	} {
		t.Run(in, func(t *testing.T) {
			r, x, err := parse([]byte(in), MaxFileBytes)
			if err != nil {
				t.Fatal(err)
			}
			checkIndex(t, r, x)
			if len(r.Snapshots) > 0 && r.Snapshots[0].Roadmap != nil {
				if x.Effort("q") >= 0 || x.Effort("z") >= 0 {
					t.Error("a snapshot's efforts are in the roadmap's index")
				}
			}
		})
	}
}

// TestReaderIndexLarge: the same on a generated roadmap, whose
// dependencies are listed in no order.
func TestReaderIndexLarge(t *testing.T) {
	var b []byte
	b = append(b, `{"lanes":[{"id":"l0"},{"id":"l1"}],"efforts":[`...)
	const n = 3000
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, `{"id":"effort-number-%d","lane":"l%d"}`, i, i%3)
	}
	b = append(b, `],"dependencies":[`...)
	for k := range 2 * n {
		if k > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, `{"from":"effort-number-%d","to":"effort-number-%d"}`, (k*7919)%n, (k*104729+1)%(n+5))
	}
	b = append(b, "]}"...)
	r, x, err := parse(b, MaxFileBytes)
	if err != nil {
		t.Fatal(err)
	}
	checkIndex(t, r, x)
}

// TestValidateIndexed: Validate with the reader's index finds what
// Validate finds alone.
func TestValidateIndexed(t *testing.T) {
	for _, in := range []string{
		validBase,
		`{"format":"tandem/roadmap","version":1,"efforts":[{"id":"a","durationDays":1},{"id":"a","durationDays":1},{"durationDays":2}],
			"dependencies":[{"from":"a","to":"b"},{"from":"a","to":"a"},{"from":"x","to":"a"}]}`,
	} {
		r, x, err := parse([]byte(in), MaxFileBytes)
		if err != nil {
			t.Fatal(err)
		}
		alone, indexed := r.Validate(), r.ValidateIndexed(x)
		if fmt.Sprint(alone) != fmt.Sprint(indexed) {
			t.Errorf("ValidateIndexed: %v\nValidate: %v", indexed, alone)
		}
	}
}
