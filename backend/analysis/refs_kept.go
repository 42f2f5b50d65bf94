package analysis

// refs is what indexTouches and indexMoves add to an index: the touches
// and moves of the live efforts and the surface and metric ids. An
// analysis after an edit that changed no touch, move, status, surface or
// metric (AnalyzeCompactAfter) shares the one before's: they are only
// read once built.
type refs struct {
	tOff, tSurface        []int32
	tChanges              []bool
	mOff, mMetric         []int32
	mUp                   []bool
	surfaceIDs, metricIDs []string
}

// refsOf returns x's touches and moves (after indexTouches and indexMoves).
func refsOf(x *index) *refs {
	return &refs{tOff: x.tOff, tSurface: x.tSurface, tChanges: x.tChanges,
		mOff: x.mOff, mMetric: x.mMetric, mUp: x.mUp,
		surfaceIDs: x.surfaceIDs, metricIDs: x.metricIDs}
}

// setRefs gives x the touches and moves rf, instead of indexTouches and
// indexMoves.
func (x *index) setRefs(rf *refs) {
	x.tOff, x.tSurface, x.tChanges = rf.tOff, rf.tSurface, rf.tChanges
	x.mOff, x.mMetric, x.mUp = rf.mOff, rf.mMetric, rf.mUp
	x.surfaceIDs, x.metricIDs = rf.surfaceIDs, rf.metricIDs
}
