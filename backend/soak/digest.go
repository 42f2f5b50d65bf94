package soak

import "tandem/backend/model"

// Digest names the state of roadmap r: the SHA-256 of its file bytes
// without its snapshots (service snapshots carry none). Two roadmaps have
// the same digest exactly when they would be written as the same file.
func Digest(r *model.Roadmap) (string, error) {
	c := *r
	c.Snapshots = nil
	return c.ContentHash()
}
