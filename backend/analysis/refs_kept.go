package analysis

// refs is what an edit that AnalyzeCompactAfter takes (one that changed
// no touch, move, status, lane, id, dependency, surface or metric) leaves
// as it was: the touches and moves of the live efforts and the surface and
// metric ids, their groups, the dependency graph and the id order. The
// analysis after such an edit shares the one before's: they are only read
// once built.
type refs struct {
	tOff, tSurface        []int32
	tChanges              []bool
	mOff, mMetric         []int32
	mUp                   []bool
	surfaceIDs, metricIDs []string
	bySurface, byMetric   *groups
	deps                  *depGraph // with its reverse built
	order                 *idOrder  // with its lanes
}

// refsOf returns x's touches and moves (after indexTouches and
// indexMoves), with the groups, dependency graph and id order made of x.
func refsOf(x *index, deps *depGraph, order *idOrder, bySurface, byMetric *groups) *refs {
	deps.reverse() // built now, not by the next analyses, which share it
	return &refs{tOff: x.tOff, tSurface: x.tSurface, tChanges: x.tChanges,
		mOff: x.mOff, mMetric: x.mMetric, mUp: x.mUp,
		surfaceIDs: x.surfaceIDs, metricIDs: x.metricIDs,
		bySurface: bySurface, byMetric: byMetric, deps: deps, order: order}
}

// setRefs gives x the touches and moves rf, instead of indexTouches and
// indexMoves.
func (x *index) setRefs(rf *refs) {
	x.tOff, x.tSurface, x.tChanges = rf.tOff, rf.tSurface, rf.tChanges
	x.mOff, x.mMetric, x.mUp = rf.mOff, rf.mMetric, rf.mUp
	x.surfaceIDs, x.metricIDs = rf.surfaceIDs, rf.metricIDs
}
