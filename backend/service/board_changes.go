package service

import (
	"fmt"
	"strings"

	"tandem/backend/analysis"
	"tandem/backend/model"
)

// changes lists what moved in conflict c since a decision recorded it as
// w: its severity and its overlap window. Empty: nothing moved.
func changes(w *model.ConflictWindow, c *analysis.Conflict) []string {
	var out []string
	if w.Severity != c.Severity {
		out = append(out, fmt.Sprintf("severity %s -> %s", orNone(w.Severity), orNone(c.Severity)))
	}
	if w.From != c.From || w.To != c.To || w.Days != c.Days {
		out = append(out, fmt.Sprintf("window %s -> %s", windowText(w.From, w.To, w.Days), windowText(c.From, c.To, c.Days)))
	}
	return out
}

func windowText(from, to model.Date, days int) string {
	if from == "" {
		return "none"
	}
	return fmt.Sprintf("%s..%s (%d %s)", from, to, days, plural(days, "day", "days"))
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// conflictOfKey rebuilds what a conflict key says (analysis Conflict.Key):
// kind, surface or metric, and the two efforts.
func conflictOfKey(key string) (analysis.Conflict, bool) {
	kind, rest, ok1 := strings.Cut(key, ":")
	about, pair, ok2 := strings.Cut(rest, ":")
	a, b, ok3 := strings.Cut(pair, "+")
	if !ok1 || !ok2 || !ok3 {
		return analysis.Conflict{}, false
	}
	c := analysis.Conflict{Kind: kind, Efforts: [2]string{a, b}}
	switch kind {
	case analysis.KindSurface:
		c.Surface = about
	case analysis.KindMetric:
		c.Metric = about
	}
	return c, true
}
