// Command cpmref is the plain-Go reference of the analysis benchmark (issue
// 11): it reads a roadmap file with encoding/json and computes only the
// critical path method (earliest and latest start and finish of each effort,
// calendar days, finish-to-start dependencies with lags, planned starts as
// earliest starts), then prints the length and the number of critical
// efforts. It is not part of the app; `tandem analyze FILE --json` is
// measured against it as a whole process:
//
//	go build -o /tmp/cpmref ./bench/cpmref
//	python3 ../shared/bench/gen_roadmap.py 200000 /tmp/r.tandem
//	time /tmp/cpmref /tmp/r.tandem
//	time tandem analyze /tmp/r.tandem --json >/dev/null
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type roadmap struct {
	Start   string `json:"start"`
	Efforts []struct {
		ID           string `json:"id"`
		Start        string `json:"start"`
		DurationDays int    `json:"durationDays"`
	} `json:"efforts"`
	Dependencies []struct {
		From    string `json:"from"`
		To      string `json:"to"`
		LagDays int    `json:"lagDays"`
	} `json:"dependencies"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: cpmref FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var r roadmap
	if err := json.Unmarshal(data, &r); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	length, critical, err := cpm(&r)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d days, %d critical efforts\n", length, critical)
}

// cpm runs the forward and backward passes in topological order (Kahn).
func cpm(r *roadmap) (length, critical int, err error) {
	n := len(r.Efforts)
	day0, err := time.Parse(time.DateOnly, r.Start)
	if err != nil {
		return 0, 0, err
	}
	index := make(map[string]int, n)
	for i, e := range r.Efforts {
		index[e.ID] = i
	}
	type edge struct{ to, lag int }
	out := make([][]edge, n)
	in := make([][]edge, n)
	indeg := make([]int, n)
	for _, d := range r.Dependencies {
		a, okA := index[d.From]
		b, okB := index[d.To]
		if !okA || !okB {
			return 0, 0, fmt.Errorf("dependency %s -> %s: unknown effort", d.From, d.To)
		}
		out[a] = append(out[a], edge{b, d.LagDays})
		in[b] = append(in[b], edge{a, d.LagDays})
		indeg[b]++
	}
	es, ef := make([]int, n), make([]int, n)
	for i, e := range r.Efforts {
		if e.Start != "" {
			t, err := time.Parse(time.DateOnly, e.Start)
			if err != nil {
				return 0, 0, err
			}
			es[i] = int(t.Sub(day0).Hours() / 24)
		}
	}
	order := make([]int, 0, n)
	for i := range indeg {
		if indeg[i] == 0 {
			order = append(order, i)
		}
	}
	for k := 0; k < len(order); k++ {
		v := order[k]
		ef[v] = es[v] + r.Efforts[v].DurationDays
		length = max(length, ef[v])
		for _, e := range out[v] {
			es[e.to] = max(es[e.to], ef[v]+e.lag)
			if indeg[e.to]--; indeg[e.to] == 0 {
				order = append(order, e.to)
			}
		}
	}
	if len(order) != n {
		return 0, 0, fmt.Errorf("the dependencies form a cycle")
	}
	lf := make([]int, n)
	for i := range lf {
		lf[i] = length
	}
	for k := n - 1; k >= 0; k-- {
		v := order[k]
		ls := lf[v] - r.Efforts[v].DurationDays
		if ls == es[v] {
			critical++
		}
		for _, e := range in[v] {
			lf[e.to] = min(lf[e.to], ls-e.lag)
		}
	}
	return length, critical, nil
}
