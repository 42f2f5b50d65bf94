package model

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// mustFreeze freezes r as snapshot id dated 2026-07-20 or fails the test.
func mustFreeze(t testing.TB, r *Roadmap, id string) Snapshot {
	t.Helper()
	s, err := r.Freeze(id, "Snapshot "+id, "2026-07-20")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFreeze(t *testing.T) {
	r := base(t)
	r.Snapshots = []Snapshot{mustFreeze(t, r, "older")}
	before := mustMarshal(t, r)
	s := mustFreeze(t, r, "s1")
	if !bytes.Equal(mustMarshal(t, r), before) {
		t.Fatal("Freeze changed the roadmap")
	}
	if s.Roadmap.Snapshots != nil {
		t.Errorf("the frozen roadmap keeps %d snapshots", len(s.Roadmap.Snapshots))
	}
	if s.Roadmap.AsOf != "2026-07-20" {
		t.Errorf("frozen asOf = %q, want the snapshot date", s.Roadmap.AsOf)
	}
	if again := mustFreeze(t, r, "s2"); again.Hash != s.Hash {
		t.Errorf("the same roadmap froze to two hashes: %s, %s", s.Hash, again.Hash)
	}
	r.Efforts[0].Title = "A renamed"
	if changed := mustFreeze(t, r, "s3"); changed.Hash == s.Hash {
		t.Error("a changed roadmap kept its hash")
	}
	r.AsOf = "2026-07-15"
	if kept := mustFreeze(t, r, "s4"); kept.Roadmap.AsOf != "2026-07-15" {
		t.Errorf("a roadmap's own asOf became %q", kept.Roadmap.AsOf)
	}
	r.Efforts[0].Title = "A"
	s.Roadmap.Efforts[0].Title = "mutated?"
	if r.Efforts[0].Title != "A" {
		t.Error("the frozen roadmap shares efforts with the live one")
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	r := base(t)
	r.Rituals[0].Lanes = []string{"content", "paid"}
	s := mustFreeze(t, r, "s1")
	s.Extra = Extra{"note": []byte(`"kept"`)}
	r.Snapshots = []Snapshot{s}
	out := mustMarshal(t, r)
	for _, want := range []string{`"snapshots": [`, `"hash": "` + s.Hash + `"`, `"lanes": [`, `"note": "kept"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("file lacks %s", want)
		}
	}
	back, err := Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Snapshots[0].Roadmap.Efforts, r.Efforts) || back.Snapshots[0].Hash != s.Hash {
		t.Error("the snapshot did not survive a round trip")
	}
	if !bytes.Equal(mustMarshal(t, back), out) {
		t.Error("write is not a fixed point with a snapshot")
	}
	if got := back.LatestSnapshot(); got == nil || got.ID != "s1" {
		t.Errorf("LatestSnapshot = %v", got)
	}
	if back.Snapshot("nope") != nil {
		t.Error("Snapshot found an unknown id")
	}
	c := back.Clone()
	if c.Snapshots[0].Roadmap != back.Snapshots[0].Roadmap {
		t.Error("Clone copied an immutable frozen roadmap")
	}
	c.Snapshots = append(c.Snapshots[:0], Snapshot{ID: "other"})
	if back.Snapshots[0].ID != "s1" {
		t.Error("Clone shares the snapshot list")
	}
}

// TestLoadChecksSnapshots: a file whose frozen roadmap is invalid, or was
// edited after it was frozen, is refused with the snapshot named.
func TestLoadChecksSnapshots(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *Snapshot)
		want string
	}{
		{"edited after freezing", func(s *Snapshot) { s.Roadmap.Efforts[0].Title = "Edited" },
			`snapshots[0] (id "s1").hash: does not match the frozen roadmap`},
		{"invalid frozen roadmap", func(s *Snapshot) { s.Roadmap.Efforts[0].Lane = "nowhere" },
			`snapshots[0] (id "s1").roadmap: efforts[0] (id "a").lane: unknown lane "nowhere"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base(t)
			s := mustFreeze(t, r, "s1")
			s.Roadmap = s.Roadmap.Clone()
			tt.edit(&s)
			r.Snapshots = []Snapshot{s}
			_, err := Load(mustMarshal(t, r))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestOldFileHasNoSnapshots: a file without snapshots writes no
// "snapshots" key, so version 1 files stay as they were.
func TestOldFileHasNoSnapshots(t *testing.T) {
	r := base(t)
	if bytes.Contains(mustMarshal(t, r), []byte("snapshots")) {
		t.Error(`a roadmap without snapshots wrote a "snapshots" key`)
	}
}
