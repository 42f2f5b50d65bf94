package model

// slab hands out sub-slices of shared backing arrays, so that a million
// efforts do not mean a million small allocations. Chunks start small and
// double up to slabMax elements. Handed-out slices have their capacity cut
// to their length: appending to one copies it and never overwrites a neighbour.
type slab[T any] struct {
	free []T
	size int
}

const slabMax = 4096

func (s *slab[T]) grow(n int) {
	s.size = min(max(2*s.size, 8), slabMax)
	s.free = make([]T, 0, max(s.size, n))
}

// take copies src into the slab and returns the copy.
func (s *slab[T]) take(src []T) []T {
	if len(src) > cap(s.free)-len(s.free) {
		s.grow(len(src))
	}
	n := len(s.free)
	s.free = append(s.free, src...)
	return s.free[n:len(s.free):len(s.free)]
}

// one returns a pointer to a new element holding v.
func (s *slab[T]) one(v T) *T {
	if len(s.free) == cap(s.free) {
		s.grow(1)
	}
	s.free = append(s.free, v)
	return &s.free[len(s.free)-1]
}
