package service

import (
	"strconv"

	"tandem/backend/model"
)

// newID makes a readable id from a name ("Spring ads" -> "spring-ads"),
// made unique among list by a numeric suffix; fallback is used when the name
// has no letters or digits. It runs in O(len(list)).
func newID[T any](name, fallback string, list []T, keyOf func(*T) string) string {
	base := model.Slug(name)
	if base == "" {
		base = fallback
	}
	taken := make(map[string]bool, len(list))
	for i := range list {
		taken[keyOf(&list[i])] = true
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}
