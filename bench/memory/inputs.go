package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/service"
)

// inputExts are the extensions of the inputs, one a format: .tandem,
// .csv, .xml (MS Project), .gan.
var inputExts = []string{"tandem", "csv", "xml", "gan"}

// inputPaths returns the paths of the inputs writeInputs writes for the
// extensions in exts (all of inputExts when empty), in inputExts' order.
func inputPaths(dir string, n int, exts []string) []string {
	base := filepath.Join(dir, fmt.Sprintf("roadmap-%d", n))
	var paths []string
	for _, ext := range inputExts {
		if len(exts) == 0 || slices.Contains(exts, ext) {
			paths = append(paths, base+"."+ext)
		}
	}
	return paths
}

// writeInputs writes the generated roadmap of n efforts in the import
// formats of exts (every one when empty), at inputPaths.
func writeInputs(dir string, n int, exts []string) error {
	r := generate(n)
	native, err := r.Marshal()
	if err != nil {
		return err
	}
	now := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, path := range inputPaths(dir, n, exts) {
		var b []byte
		switch filepath.Ext(path) {
		case ".tandem":
			b = native
		case ".csv", ".xml":
			format := map[string]string{".csv": "csv", ".xml": "mspdi"}[filepath.Ext(path)]
			if b, err = service.ExportFile(native, "roadmap.tandem", format, formats.ExportOptions{}, now); err != nil {
				return fmt.Errorf("exporting %s: %w", format, err)
			}
		case ".gan":
			if err := writeGan(path, r); err != nil {
				return err
			}
			continue
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// generate returns the roadmap of n efforts described in the package doc.
func generate(n int) *model.Roadmap {
	rng := rand.New(rand.NewPCG(42, 42))
	day0 := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	r := model.New(fmt.Sprintf("Synthetic %d", n))
	r.Start, r.AsOf = model.DateOf(day0), "2027-06-30"
	for k := range 8 {
		r.Lanes = append(r.Lanes, model.Lane{ID: fmt.Sprintf("l%d", k), Name: fmt.Sprintf("Lane %d", k)})
	}
	surfaces, metrics := max(1, n/5), max(1, n/10)
	for k := range surfaces {
		r.Surfaces = append(r.Surfaces, model.Surface{ID: fmt.Sprintf("s%d", k), Name: fmt.Sprintf("Surface %d", k)})
	}
	for k := range metrics {
		r.Metrics = append(r.Metrics, model.Metric{ID: fmt.Sprintf("m%d", k), Name: fmt.Sprintf("Metric %d", k)})
	}
	modes, dirs := []string{model.ModeChanges, model.ModeRelies}, []string{model.DirectionUp, model.DirectionDown}
	for i := range n {
		dur := 1 + rng.IntN(60)
		e := model.Effort{ID: fmt.Sprintf("e%d", i), Lane: fmt.Sprintf("l%d", i%8), Title: fmt.Sprintf("Effort %d", i), DurationDays: &dur}
		if rng.Float64() < 0.3 {
			e.Start = model.DateOf(day0.AddDate(0, 0, rng.IntN(901)))
		}
		seen := map[string]bool{}
		for range 1 + rng.IntN(2) {
			if s := fmt.Sprintf("s%d", rng.IntN(surfaces)); !seen[s] {
				seen[s] = true
				e.Touches = append(e.Touches, model.Touch{Surface: s, Mode: modes[rng.IntN(2)]})
			}
		}
		for range rng.IntN(3) {
			if m := fmt.Sprintf("m%d", rng.IntN(metrics)); !seen[m] {
				seen[m] = true
				e.Moves = append(e.Moves, model.Move{Metric: m, Direction: dirs[rng.IntN(2)]})
			}
		}
		r.Efforts = append(r.Efforts, e)
	}
	pairs := map[[2]int]bool{}
	const block = 1000
	for len(r.Dependencies) < 2*n && n > 1 {
		a := rng.IntN(n - 1)
		b := a + 1 + rng.IntN(n-1-a)
		if rng.Float64() < 0.9 {
			b = a + 1 + rng.IntN(min(50, n-1-a))
		}
		if a/block != b/block || pairs[[2]int{a, b}] {
			continue // chains stay inside a block, so the schedule spans years, not centuries
		}
		pairs[[2]int{a, b}] = true
		r.Dependencies = append(r.Dependencies, model.Dependency{From: fmt.Sprintf("e%d", a), To: fmt.Sprintf("e%d", b), Type: model.DepFS})
	}
	return r
}

// writeGan writes r as a GanttProject file: one summary task per lane
// holding its efforts, each with a start and a duration, and a <depend>
// on each predecessor naming its successor (type 2, finish-to-start).
func writeGan(path string, r *model.Roadmap) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project name=%q version=\"3.2.3247\">\n<tasks>\n", r.Name)
	succ := map[string][]string{}
	for _, d := range r.Dependencies {
		succ[d.From] = append(succ[d.From], d.To)
	}
	num := map[string]int{}
	for i, e := range r.Efforts {
		num[e.ID] = len(r.Lanes) + i
	}
	for k, l := range r.Lanes {
		fmt.Fprintf(w, "<task id=\"%d\" name=%q start=%q duration=\"1\" complete=\"0\">\n", k, l.Name, r.Start)
		for _, e := range r.Efforts {
			if e.Lane != l.ID {
				continue
			}
			start := e.Start
			if start == "" {
				start = r.Start
			}
			fmt.Fprintf(w, "<task id=\"%d\" name=%q start=%q duration=\"%d\" complete=\"0\">", num[e.ID], e.Title, start, *e.DurationDays)
			for _, to := range succ[e.ID] {
				fmt.Fprintf(w, "<depend id=\"%d\" type=\"2\" difference=\"0\" hardness=\"Rubber\"/>", num[to])
			}
			w.WriteString("</task>\n")
		}
		w.WriteString("</task>\n")
	}
	w.WriteString("</tasks>\n</project>\n")
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
