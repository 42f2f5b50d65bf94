package service

import (
	"strconv"
	"strings"
	"unicode"
)

// newID makes a readable id from a name ("Spring ads" -> "spring-ads"),
// made unique among list by a numeric suffix; fallback is used when the name
// has no letters or digits. It runs in O(len(list)).
func newID[T any](name, fallback string, list []T, keyOf func(*T) string) string {
	base := slug(name)
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

// slug lowercases name and joins its runs of letters and digits with '-',
// keeping at most 48 characters.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 48 {
				break
			}
			continue
		}
		dash = true
	}
	return b.String()
}
