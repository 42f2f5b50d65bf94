package analysis

// Key identifies a conflict across edits and snapshots: its kind, what it
// is about (the surface or metric; nothing for sequence and declared
// conflicts) and its two efforts, e.g. "surface:pricing-page:a+b". The
// severity, window and days are not part of it, so a conflict whose overlap
// or severity changes keeps its key: decisions name conflicts by key, and
// an accepted conflict whose window or severity moved reopens as changed.
func (c *Conflict) Key() string {
	about := c.Surface
	if about == "" {
		about = c.Metric
	}
	return c.Kind + ":" + about + ":" + c.Efforts[0] + "+" + c.Efforts[1]
}
