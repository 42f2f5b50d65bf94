package store

import (
	"errors"
	"strings"
	"testing"

	"tandem/backend/model"
)

// TestCreateRefusesRepeatedKeys: two entities of one kind with one key
// are ErrInvalid, naming the first entity whose key an earlier one has,
// and nothing is written.
func TestCreateRefusesRepeatedKeys(t *testing.T) {
	s, _ := openTemp(t)
	efforts := func(ids ...string) []model.Effort {
		out := make([]model.Effort, len(ids))
		for i, id := range ids {
			out[i] = model.Effort{ID: id, Lane: "l", Title: id}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		edit func(r *model.Roadmap)
		want string // "" when valid
	}{
		{"distinct", func(r *model.Roadmap) { r.Efforts = efforts("a", "b", "c") }, ""},
		{"efforts", func(r *model.Roadmap) { r.Efforts = efforts("z", "a", "b", "c", "b", "a") }, `two efforts with key "b"`},
		{"a dependency", func(r *model.Roadmap) {
			r.Efforts = efforts("a", "b", "c")
			r.Dependencies = []model.Dependency{{From: "b", To: "c"}, {From: "a", To: "b"}, {From: "a", To: "c"}, {From: "a", To: "b"}, {From: "b", To: "c"}}
		}, `two dependencys with key "a\x1fb"`},
		{"lanes before efforts", func(r *model.Roadmap) {
			r.Lanes = append(r.Lanes, r.Lanes[0])
			r.Efforts = efforts("a", "a")
		}, `two lanes with key "l"`},
	} {
		r := &model.Roadmap{Format: model.Format, Version: model.Version, Name: tc.name, Lanes: []model.Lane{{ID: "l", Name: "L"}}}
		tc.edit(r)
		_, err := s.Create("", r)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (!errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v; want ErrInvalid %s", tc.name, err, tc.want)
		}
	}
	if list, err := s.List(); err != nil || len(list) != 1 {
		t.Fatalf("stored %d roadmaps (%v); want only the valid one", len(list), err)
	}
}
