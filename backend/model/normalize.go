package model

// New returns an empty roadmap of this format and version, named name.
func New(name string) *Roadmap {
	return &Roadmap{Format: Format, Version: Version, Name: name}
}

// EffectiveStatus returns e's status, or planned when it is empty (SPEC §1).
func (e *Effort) EffectiveStatus() string {
	if e.Status == "" {
		return StatusPlanned
	}
	return e.Status
}

// EffectiveType returns d's type, or FS when it is empty.
func (d *Dependency) EffectiveType() string {
	if d.Type == "" {
		return DepFS
	}
	return d.Type
}

// Normalize fills the defaults the file may leave out: an empty effort status
// becomes planned and an empty dependency type FS. Nothing else changes: it
// adds no keys besides those, reorders nothing and does not validate. Parse
// and Load do not call it, so a file read and written unchanged keeps its
// bytes; call it before analysing, or use EffectiveStatus and EffectiveType instead.
func (r *Roadmap) Normalize() {
	for i := range r.Efforts {
		if r.Efforts[i].Status == "" {
			r.Efforts[i].Status = StatusPlanned
		}
	}
	for i := range r.Dependencies {
		if r.Dependencies[i].Type == "" {
			r.Dependencies[i].Type = DepFS
		}
	}
}
