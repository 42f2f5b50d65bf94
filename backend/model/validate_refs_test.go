package model

import (
	"fmt"
	"strings"
	"testing"
)

// refsRoadmap is a valid roadmap file of n efforts (long enough to be read
// on two cores), with edits (see splitRoadmap) applied to its efforts.
func refsRoadmap(n int, edits map[string]string) []byte {
	var b strings.Builder
	b.WriteString(`{"format":"tandem/roadmap","version":1,"name":"S","lanes":[{"id":"l","name":"L"}],` +
		`"surfaces":[{"id":"s","name":"S"}],"metrics":[{"id":"m","name":"M"}],"efforts":[`)
	writeItems(&b, ",", "effort", n, edits, func(k int) string {
		return fmt.Sprintf(`{"id":"e%d","lane":"l","title":"E","durationDays":1,`+
			`"touches":[{"surface":"s","mode":"relies"}],"moves":[{"metric":"m","direction":"up"}]}`, k)
	})
	b.WriteString("]}")
	return []byte(b.String())
}

// TestEffortRefsFoundAsRead: the reader vouches for an effort's lane,
// surface and metric references only when it found each as it read it, on
// either core; Validate then still reports what is empty, and whatever
// the reader could not vouch for: unknown ids, ids of a list read after
// the efforts (a later list replaces the one they were found in), and
// references read before their list.
func TestEffortRefsFoundAsRead(t *testing.T) {
	n := 3 * splitMin
	late := fmt.Sprint("effort ", n-7) // in the second decoder's half
	for _, c := range []struct {
		name  string
		data  []byte
		found bool
		want  string // in the validation error; "" when valid
	}{
		{"valid", refsRoadmap(n, nil), true, ""},
		{"unknown surface, second half", refsRoadmap(n, map[string]string{
			late: `{"id":"x","lane":"l","durationDays":1,"touches":[{"surface":"nowhere","mode":"relies"}]}`}),
			false, `unknown surface "nowhere"`},
		{"unknown lane, first half", refsRoadmap(n, map[string]string{
			"effort 3": `{"id":"x","lane":"elsewhere","durationDays":1}`}), false, `unknown lane "elsewhere"`},
		{"no lane", refsRoadmap(n, map[string]string{
			"effort 3": `{"id":"x","durationDays":1}`}), true, "missing"},
		{"null surface", refsRoadmap(n, map[string]string{
			late: `{"id":"x","lane":"l","durationDays":1,"touches":[{"surface":null,"mode":"relies"}]}`}), false, "missing"},
		{"lanes again after the efforts", []byte(`{"lanes":[{"id":"l1","name":"L"}],
			"efforts":[{"id":"a","lane":"l1","durationDays":1}],"lanes":[{"id":"l2","name":"L"}]}`),
			false, `unknown lane "l1"`},
		{"efforts before their lanes", []byte(`{"efforts":[{"id":"a","lane":"l9","durationDays":1}],
			"lanes":[{"id":"l1","name":"L"}]}`), false, `unknown lane "l9"`},
	} {
		r, x, err := ParseIndexed(c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if x.effortRefsFound != c.found {
			t.Errorf("%s: effortRefsFound %v, want %v", c.name, x.effortRefsFound, c.found)
		}
		err = r.ValidateIndexed(x)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
		if plain := r.Validate(); fmt.Sprint(plain) != fmt.Sprint(err) {
			t.Errorf("%s: with the reader's index %v, without %v", c.name, err, plain)
		}
	}
}
