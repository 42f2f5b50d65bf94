package model

import (
	"strings"
	"unicode"
)

// SlugMaxBytes bounds the ids Slug makes, well under MaxIDLength.
const SlugMaxBytes = 64

// Slug makes a readable id from a name ("Spring ads, Q2" -> "spring-ads-q2"):
// lower-case letters and digits, every other run of characters turned into
// one '-', at most SlugMaxBytes bytes. It returns "" when nothing is left.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= SlugMaxBytes {
				break
			}
			continue
		}
		dash = true
	}
	return b.String()
}
