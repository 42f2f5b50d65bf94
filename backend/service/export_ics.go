package service

import (
	"encoding/json"
	"errors"
	"os"
	"strings"

	"tandem/backend/atomicfile"
	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/store"
)

// A calendar only takes an event's new dates when its SEQUENCE is higher
// than the one it holds. The ics writer's SEQUENCE is a base (the days from
// 1970 to the as-of date); what Tandem knows of the calendar files it sent
// before raises it:
//   - the app (desktop and serve mode) remembers each roadmap's last ics
//     export in the store (metaICSPrefix), so an event whose dates or
//     summary changed since gets that export's SEQUENCE + 1, whatever file
//     the user saves it to;
//   - an export written over a calendar file (the command line's -o, the
//     desktop's save dialog: WriteExport) is raised against that file too.

// metaICSPrefix and a roadmap's id name the store setting that holds the
// events of the roadmap's last ics export from the app: formats.ICSEvent by
// UID, as JSON.
const metaICSPrefix = "icsExport/"

// exportStored is export of roadmap id (o, analysed) for the app: an ics
// export gets its SEQUENCEs raised against the roadmap's last one
// (sequenceICS).
func (s *Service) exportStored(id string, o *opened, format string, opts formats.ExportOptions) ([]byte, error) {
	b, err := export(o.r, o.res, s.now(), format, opts)
	if err != nil || format != "ics" {
		return b, err
	}
	return s.sequenceICS(id, b)
}

// sequenceICS raises the SEQUENCEs of b, an ics export of roadmap id,
// against the roadmap's last ics export (formats.ResequenceICS) and
// remembers b's events for the next one. Events of the last export that b
// lacks (a killed effort) are kept, so that one that comes back goes on
// from its SEQUENCE. A setting that does not read counts as no last export;
// on a full disk the export goes out unremembered, as edits fail then too.
func (s *Service) sequenceICS(id string, b []byte) ([]byte, error) {
	key := metaICSPrefix + id
	raw, err := s.store.Meta(key)
	if err != nil {
		return nil, err
	}
	prev := map[string]formats.ICSEvent{}
	if raw != "" && json.Unmarshal([]byte(raw), &prev) != nil {
		prev = map[string]formats.ICSEvent{}
	}
	b, now := formats.ResequenceICS(b, prev)
	for uid, ev := range now {
		prev[uid] = ev
	}
	state, err := json.Marshal(prev)
	if err != nil {
		return nil, err
	}
	if err := s.store.SetMeta(key, string(state)); err != nil && !errors.Is(err, store.ErrDiskFull) {
		return nil, err
	}
	return b, nil
}

// forgetICS drops what the store remembers of roadmap id's ics exports.
func (s *Service) forgetICS(id string) error {
	return s.store.SetMeta(metaICSPrefix+id, "")
}

// WriteExport writes data, an export of media type mime (formats.Writer's,
// ExportedFile's), to path atomically. A calendar (text/calendar) written
// over a regular file that holds one Tandem can read gets its SEQUENCEs
// raised against it (formats.ResequenceICSOver); any other file there, or
// one that does not read, is replaced as it is.
func WriteExport(path, mime string, data []byte) error {
	if strings.HasPrefix(mime, "text/calendar") {
		if prev, ok := readPrevious(path); ok {
			data = formats.ResequenceICSOver(data, prev)
		}
	}
	return atomicfile.Write(path, data)
}

// readPrevious reads the regular file at path if it is at most
// model.MaxFileBytes long; ok is false otherwise (no file, a directory, a
// pipe, a read error).
func readPrevious(path string) (data []byte, ok bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > model.MaxFileBytes {
		return nil, false
	}
	data, err = os.ReadFile(path)
	return data, err == nil && int64(len(data)) <= model.MaxFileBytes
}
