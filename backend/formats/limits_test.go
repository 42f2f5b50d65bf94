package formats

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadersStopAtTheLimitWhileReading: past the efforts a roadmap can
// hold, CSV stops at the row, MS Project and GanttProject at the task,
// before reading the rest. The limits are lowered to 3 here; the
// messages at the real limits are model's (1,000,000 efforts).
func TestReadersStopAtTheLimitWhileReading(t *testing.T) {
	defer func(e, k int) { maxCSVEfforts, maxTasks = e, k }(maxCSVEfforts, maxTasks)
	maxCSVEfforts, maxTasks = 3, 3
	csv := "id,lane,durationDays\n"
	gan := `<?xml version="1.0" encoding="UTF-8"?>` + "\n<project name=\"P\">\n<tasks>\n"
	xml := `<?xml version="1.0" encoding="UTF-8"?>` + "\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n"
	for i := range 5 {
		csv += fmt.Sprintf("e%d,l,1\n", i)
		gan += fmt.Sprintf("<task id=\"%d\" name=\"T\" start=\"2026-07-01\" duration=\"1\"/>\n", i)
		xml += fmt.Sprintf("<Task><UID>%d</UID><ID>%d</ID><Name>T</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>\n", i+1, i+1)
	}
	gan += "</tasks>\n</project>\n"
	xml += "</Tasks>\n</Project>\n"
	for _, tc := range []struct{ name, data, want string }{
		{"plan.csv", csv, "row 5: more than 3 efforts (rows), the limit of a roadmap"},
		{"plan.gan", gan, "GanttProject: line 7, column 56: <task>: more than 3 tasks: a roadmap holds at most 1,000,000 efforts and 10,000 lanes"},
		{"plan.xml", xml, "MS Project XML: line 7, column 7: <Task>: more than 3 tasks"},
	} {
		_, err := Read([]byte(tc.data), tc.name)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}
