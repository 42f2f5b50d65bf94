package analysis

import "testing"

func TestConflictKey(t *testing.T) {
	tests := []struct {
		name string
		c    Conflict
		want string
	}{
		{"surface", Conflict{Kind: KindSurface, Severity: SeverityDisruption, Surface: "page", Efforts: [2]string{"a", "b"}}, "surface:page:a+b"},
		{"severity is not part of it", Conflict{Kind: KindSurface, Severity: SeverityCollision, Surface: "page", Efforts: [2]string{"a", "b"}, From: "2026-01-01", Days: 3}, "surface:page:a+b"},
		{"metric", Conflict{Kind: KindMetric, Metric: "cac", Efforts: [2]string{"x", "y"}}, "metric:cac:x+y"},
		{"sequence", Conflict{Kind: KindSequence, Efforts: [2]string{"a", "b"}}, "sequence::a+b"},
		{"declared", Conflict{Kind: KindDeclared, Efforts: [2]string{"a", "b"}}, "declared::a+b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.Key(); got != tt.want {
				t.Errorf("Key() = %q; want %q", got, tt.want)
			}
		})
	}
}
