package model

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// TestLaterRefsAreRefs: dependency ends looked up in batches (refLater)
// read as ref reads them, on one core and on two, across batch
// boundaries: the effort's own string and place, a dangling id as written
// (place -1), an escaped id (looked up at once) in its place among the
// others, a repeated key's last value whichever of the two is escaped, and
// lists longer than counted (their arrays grow while ends are pending).
func TestLaterRefsAreRefs(t *testing.T) {
	n := 3 * splitMin
	edits := map[string]string{
		"dependency 3":     `{"from":"e5","from":"e\u0036","to":"e1"}`,
		"dependency 4":     `{"from":"e\u0036","from":"e5","to":"nobody"}`,
		"dependency 700":   `{"from":"e\u0037","to":"e8"}`,
		"dependency 9000":  `{"from":"gone","to":"e9"}`,
		"dependency 14001": `{"from":"e\u0031","to":"e2"}`, // a batch out of step with the arrays' growth
	}
	want := map[int][2]string{3: {"e6", "e1"}, 4: {"e5", "nobody"}, 700: {"e7", "e8"}, 9000: {"gone", "e9"}, 14001: {"e1", "e2"}}
	for _, procs := range []int{1, 2} {
		for _, nulls := range []int{0, 1, 12000} {
			long := nulls > 0
			e := edits
			if long { // a list longer than counted: its arrays grow while ends are pending
				e = map[string]string{"dependency 2": strings.Repeat(`null,`, nulls) + edits["dependency 3"] + `,null`}
				for k, v := range edits {
					e[k] = v
				}
			}
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			r, x, err := parse(splitRoadmap(n, e), MaxFileBytes)
			if err != nil {
				t.Fatal(err)
			}
			runtime.GOMAXPROCS(2)
			name := fmt.Sprintf("%d cores, %d nulls", procs, nulls)
			checkIndex(t, r, x)
			if long && len(r.Dependencies) != n+nulls+1 {
				t.Fatalf("%s: %d dependencies, want %d", name, len(r.Dependencies), n+nulls+1)
			}
			obj := 2 + nulls // the place of the repeated key in a longer list
			for at, d := range r.Dependencies {
				k := at // the dependency of splitRoadmap read at place at
				var w [2]string
				switch {
				case long && at >= 2 && at <= obj+1 && at != obj: // null
				case long && at == obj:
					w = want[3]
				default:
					if long && at > obj+1 {
						k = at - obj + 1
					}
					var ok bool
					if w, ok = want[k]; !ok {
						w = [2]string{fmt.Sprint("e", k), fmt.Sprint("e", (k*7+1)%n)}
					}
				}
				if d.From != w[0] || d.To != w[1] {
					t.Fatalf("%s: dependency %d from %q to %q, want %q", name, at, d.From, d.To, w)
				}
				for i, id := range []string{d.From, d.To} {
					if p := x.ends[at][i]; p >= 0 && unsafe.StringData(id) != unsafe.StringData(r.Efforts[p].ID) {
						t.Fatalf("%s: dependency %d: %q is not the effort's own string", name, at, id)
					}
				}
			}
		}
	}
}
