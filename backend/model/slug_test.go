package model

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Spring ads", "spring-ads"},
		{"  Spring ads, Q2! ", "spring-ads-q2"},
		{"Lifecycle & CRM", "lifecycle-crm"},
		{"Über-Kampagne 2027", "über-kampagne-2027"},
		{"Q3 plan (draft)", "q3-plan-draft"},
		{"Équipe B", "équipe-b"},
		{"12", "12"},
		{"—", ""},
		{"", ""},
		{strings.Repeat("a", 100), strings.Repeat("a", SlugMaxBytes)},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
