package model

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// splitRoadmap is a roadmap file of n efforts and n dependencies (long
// enough to be read on two cores), with edit applied to the text of effort
// or dependency k (a list of "effort"/"dependency" and the new text).
func splitRoadmap(n int, edits map[string]string) []byte {
	var b strings.Builder
	b.WriteString(`{"format":"tandem/roadmap","version":1,"name":"S","lanes":[{"id":"l","name":"L"}],` +
		`"surfaces":[{"id":"s","name":"S"}],"efforts":[`)
	writeItems(&b, ",\n ", "effort", n, edits, func(k int) string {
		return fmt.Sprintf(`{"id":"e%d","lane":"l","title":"E {%d} [x]","durationDays":%d,"touches":[{"surface":"s","mode":"reads"}]}`, k, k, k%9+1)
	})
	b.WriteString(`],"dependencies":[`)
	writeItems(&b, ", ", "dependency", n, edits, func(k int) string {
		return fmt.Sprintf(`{"from":"e%d","to":"e%d","lagDays":%d}`, k, (k*7+1)%n, k%3)
	})
	b.WriteString("]}")
	return []byte(b.String())
}

// writeItems writes n list items to b, separated by sep: item k is item(k),
// or edits[kind+" "+k] when there is one.
func writeItems(b *strings.Builder, sep, kind string, n int, edits map[string]string, item func(k int) string) {
	for k := range n {
		if k > 0 {
			b.WriteString(sep)
		}
		if s, ok := edits[fmt.Sprint(kind, " ", k)]; ok {
			b.WriteString(s)
		} else {
			b.WriteString(item(k))
		}
	}
}

// TestSplitReadIsOneCoresRead: a long list read on two cores gives what one
// core reads (the roadmap, its index, or the same error): valid lists;
// errors in either half or both (the first half's wins); elements that are
// not objects before or after the middle (the split is given up, or the
// second half finds more than counted); a list broken around the middle.
func TestSplitReadIsOneCoresRead(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs two cores")
	}
	n := 3 * splitMin
	h := fmt.Sprint(n / 2 / splitMark * splitMark)
	cases := map[string]map[string]string{
		"valid":               nil,
		"error, second half":  {"effort " + fmt.Sprint(n-10): `{"id":"x","durationDays":"long"}`},
		"error, both halves":  {"effort 10": `{"id":1}`, "dependency " + fmt.Sprint(n-3): `{"from":true}`},
		"error at the middle": {"effort " + h: `{"id":"x",}`},
		"null before middle":  {"effort 5": `null`, "dependency 7": `null`},
		"null after middle":   {"effort " + fmt.Sprint(n-5): `null`, "dependency " + fmt.Sprint(n-1): `null`},
		"broken before":       {"effort 100": `{"id":"x"`},
		"number in the list":  {"dependency 2": `3`},
		"nested list":         {"effort 9": `[{"id":"a"},{"id":"b"}]`},
		"many nulls":          {"dependency 3": strings.Repeat("null,", 5000) + "null"},
	}
	for name, edits := range cases {
		data := splitRoadmap(n, edits)
		r2, x2, err2 := parse(data, MaxFileBytes)
		procs := runtime.GOMAXPROCS(1)
		r1, x1, err1 := parse(data, MaxFileBytes)
		runtime.GOMAXPROCS(procs)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Errorf("%s: two cores: %v\none core: %v", name, err2, err1)
			continue
		}
		if !reflect.DeepEqual(r1, r2) {
			t.Errorf("%s: the roadmaps differ", name)
		}
		if err1 == nil {
			checkIndex(t, r2, x2)
			if !reflect.DeepEqual(x1.ends, x2.ends) {
				t.Errorf("%s: the dependency ends differ", name)
			}
		}
		if name == "valid" && (err2 != nil || len(r2.Efforts) != n || len(r2.Dependencies) != n) {
			t.Fatalf("valid: %v, %d efforts", err2, len(r2.Efforts))
		}
	}
}
