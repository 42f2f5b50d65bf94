package service

// Undo reverts the last edit of roadmap id. With nothing to undo it returns
// the roadmap unchanged.
func (s *Service) Undo(id string) (*Snapshot, error) {
	return s.step(id, s.store.Undo)
}

// Redo applies again the last undone edit of roadmap id. With nothing to
// redo it returns the roadmap unchanged.
func (s *Service) Redo(id string) (*Snapshot, error) {
	return s.step(id, s.store.Redo)
}

// step runs one store history move and reloads the roadmap it changed; the
// snapshot carries the Delta from the roadmap as it was, if it was open.
func (s *Service) step(id string, move func(id string) (string, bool, error)) (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev := s.open[id]
	_, ok, err := move(id)
	if err != nil {
		return nil, err
	}
	if ok {
		delete(s.open, id)
	}
	return s.reply(id, prev)
}
