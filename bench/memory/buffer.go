package main

import "bytes"

// limitedBuffer keeps the first 4 KiB written to it.
type limitedBuffer struct{ b bytes.Buffer }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 4096 - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// firstLine returns the first line written, cut to 160 bytes.
func (l *limitedBuffer) firstLine() string {
	line, _, _ := bytes.Cut(l.b.Bytes(), []byte("\n"))
	if len(line) > 160 {
		line = append(line[:160:160], "..."...)
	}
	return string(line)
}
