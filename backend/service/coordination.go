package service

import "tandem/backend/analysis"

// CoordinationReport returns what the coordination views show beyond the
// snapshot's analysis (analysis.Measure): coordination debt, the trust
// ledger and every moved metric with its movers. It is computed from the
// cached analysis on first use after each edit and then kept with it, so
// asking again costs nothing.
func (s *Service) CoordinationReport(roadmapID string) (*analysis.Measures, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, err := s.analyzed(roadmapID)
	if err != nil {
		return nil, err
	}
	if o.measures != nil {
		return o.measures, nil
	}
	if o.measures, err = analysis.Measure(o.r, o.res, analysis.Options{Today: s.now()}); err != nil {
		return nil, err
	}
	return o.measures, nil
}
