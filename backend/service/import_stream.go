package service

import (
	"io"
	"os"
	"strings"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/store"
)

// Positions of a streamed CSV import's entities (see store.Creation.Put):
// each list in its own range, in the order Load returns the lists, so that
// the lanes, surfaces and metrics, known only once the file is read, can
// be written after the efforts and dependencies that name them. The limits
// bound each list (an effort past MaxEfforts may reach the store before
// the file is refused).
const (
	posLanes    = 1
	posSurfaces = posLanes + model.MaxLanes
	posMetrics  = posSurfaces + model.MaxSurfaces
	posEfforts  = posMetrics + model.MaxMetrics
	posDeps     = posEfforts + model.MaxEfforts + 1
)

// ImportCSVFile is ImportFile for the CSV file at path (its name must end
// in .csv), read from the disk as it is imported rather than whole, for
// the command line: neither the file nor its roadmap is held. The efforts
// and dependencies go to a store.Creation as formats.ScanCSV reads them,
// and the schedule is checked on their analysis.ScheduleBound. ok is false
// when the file was not imported so: it may have a problem, does not read,
// or the store failed; nothing is then left of it, and the caller imports
// the file with ImportFile, which words the problem (or imports the file
// after all: ScanCSV and ScheduleBound only say "maybe" early). So every
// refusal is ImportFile's.
func ImportCSVFile(svc *Service, name, path string) (info RoadmapInfo, ok bool) {
	svc.mu.Lock()
	defer svc.mu.Unlock()
	return importCSVStream(svc, name, path, func() (io.ReadCloser, error) { return os.Open(path) })
}

// importCSVStream is ImportCSVFile with the file's name and a function
// that opens it.
func importCSVStream(svc *Service, name, fileName string, open func() (io.ReadCloser, error)) (info RoadmapInfo, ok bool) {
	c, err := svc.store.BeginCreate()
	if err != nil {
		return RoadmapInfo{}, false
	}
	defer c.Abort()
	scan, ok, err := formats.ScanCSV(open, fileName, csvSink{c})
	if err != nil || !ok {
		return RoadmapInfo{}, false
	}
	r := scan.Roadmap
	if strings.TrimSpace(name) == "" {
		name = r.Name
	}
	if r.Name, err = cleanName(name); err != nil {
		return RoadmapInfo{}, false
	}
	if !scan.Schedule.Fits(model.DateOf(svc.now())) {
		return RoadmapInfo{}, false
	}
	if err := putEach(c, posLanes, r.Lanes); err != nil {
		return RoadmapInfo{}, false
	}
	if err := putEach(c, posSurfaces, r.Surfaces); err != nil {
		return RoadmapInfo{}, false
	}
	if err := putEach(c, posMetrics, r.Metrics); err != nil {
		return RoadmapInfo{}, false
	}
	created, err := c.Commit(r, len(r.Lanes), scan.Efforts, posDeps+uint64(scan.Dependencies))
	if err != nil {
		return RoadmapInfo{}, false
	}
	info, err = svc.info(created.ID)
	return info, err == nil
}

// csvSink puts a streamed CSV import's efforts and dependencies.
type csvSink struct{ c *store.Creation }

func (s csvSink) Effort(i int, e *model.Effort) error { return s.c.Put(posEfforts+uint64(i), e) }

func (s csvSink) Dependency(k int, d *model.Dependency) error {
	return s.c.Put(posDeps+uint64(k), d)
}

// putEach puts xs at positions from pos on.
func putEach[T any](c *store.Creation, pos uint64, xs []T) error {
	for i := range xs {
		if err := c.Put(pos+uint64(i), &xs[i]); err != nil {
			return err
		}
	}
	return nil
}
