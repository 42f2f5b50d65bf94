// Package procstatus reads memory figures of a process from Linux's
// /proc/PID/status, for the memory benchmarks under bench/.
package procstatus

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// KiB returns the field (e.g. "VmHWM", "RssAnon") of /proc/PROC/status in
// KiB; proc is a pid or "self". It fails if the file cannot be read or has
// no such field.
func KiB(proc, field string) (int64, error) {
	data, err := os.ReadFile("/proc/" + proc + "/status")
	if err != nil {
		return 0, err
	}
	return parse(string(data), field)
}

// Self is KiB of the calling process, 0 when the field cannot be read
// (a figure missing from a report is better than no report).
func Self(field string) int64 {
	kb, _ := KiB("self", field)
	return kb
}

// parse finds "FIELD:   N kB" in the text of a status file.
func parse(status, field string) (int64, error) {
	for _, line := range strings.Split(status, "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			return strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in the process status", field)
}
