package service

import "encoding/json"

// Delta is what an edit changed in the open roadmap's Snapshot, sent instead
// of the whole snapshot (docs/contracts.md, "Edit replies"): applying Patch to
// the snapshot of revision Base gives the new snapshot, whose info,
// revision, canUndo and canRedo come with the reply itself. A UI holding any
// other revision asks for the whole snapshot (OpenRoadmap).
type Delta struct {
	Base  int64 `json:"base"`
	Patch Patch `json:"patch"`
}

// Patch changes one JSON object: Set replaces fields whole, Lists rebuilds
// arrays from their old items, Maps changes an object's keys one by one, and
// Parts patches nested objects. A field in none of them is unchanged.
type Patch struct {
	Set   map[string]any        `json:"set,omitempty"`
	Lists map[string]*ListPatch `json:"lists,omitempty"`
	Maps  map[string]*MapPatch  `json:"maps,omitempty"`
	Parts map[string]*Patch     `json:"parts,omitempty"`
}

// ListPatch rebuilds an array of Len items from the old one: each Keep run
// [at, from, n] copies old items from..from+n-1 to at..at+n-1, and Items[k]
// (an array) goes to index At[k]. Every index below Len is given exactly
// once, by a run or by At.
type ListPatch struct {
	Len   int      `json:"len"`
	Keep  [][3]int `json:"keep,omitempty"`
	At    []int    `json:"at,omitempty"`
	Items any      `json:"items,omitempty"`
}

// MapPatch changes an object of numbers: Set gives new or changed keys, Del
// lists the keys removed.
type MapPatch struct {
	Set map[string]int `json:"set,omitempty"`
	Del []string       `json:"del,omitempty"`
}

// empty reports whether p changes nothing.
func (p *Patch) empty() bool {
	return len(p.Set) == 0 && len(p.Lists) == 0 && len(p.Maps) == 0 && len(p.Parts) == 0
}

// set replaces field name with v.
func (p *Patch) set(name string, v any) {
	if p.Set == nil {
		p.Set = map[string]any{}
	}
	p.Set[name] = v
}

// list records the rebuild of array name, unless lp is nil (unchanged).
func (p *Patch) list(name string, lp *ListPatch) {
	if lp == nil {
		return
	}
	if p.Lists == nil {
		p.Lists = map[string]*ListPatch{}
	}
	p.Lists[name] = lp
}

// part records the patch of nested object name, unless it is empty.
func (p *Patch) part(name string, sub *Patch) {
	if sub.empty() {
		return
	}
	if p.Parts == nil {
		p.Parts = map[string]*Patch{}
	}
	p.Parts[name] = sub
}

// MarshalJSON writes s whole, or, when s carries a Delta, only its info,
// revision, canUndo, canRedo and the delta: Go callers get every field
// either way, the UI gets a reply the size of the change.
func (s Snapshot) MarshalJSON() ([]byte, error) {
	type whole Snapshot // without this method
	if s.Delta == nil {
		return json.Marshal(whole(s))
	}
	return json.Marshal(struct {
		Info     RoadmapInfo `json:"info"`
		Revision int64       `json:"revision"`
		CanUndo  bool        `json:"canUndo"`
		CanRedo  bool        `json:"canRedo"`
		Delta    *Delta      `json:"delta"`
	}{s.Info, s.Revision, s.CanUndo, s.CanRedo, s.Delta})
}
