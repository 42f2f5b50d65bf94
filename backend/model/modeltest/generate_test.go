package modeltest

import (
	"bytes"
	"testing"
)

func TestGenerateIsValidAndDeterministic(t *testing.T) {
	for _, n := range []int{1, 7, 100, 5000} {
		r := Generate(n, 1)
		if len(r.Efforts) != n {
			t.Fatalf("Generate(%d) made %d efforts", n, len(r.Efforts))
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("Generate(%d) is invalid: %v", n, err)
		}
		a, err := r.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(n, 1).Marshal()
		if !bytes.Equal(a, b) {
			t.Errorf("Generate(%d, 1) differs between calls", n)
		}
		if c, _ := Generate(n, 2).Marshal(); n > 1 && bytes.Equal(a, c) {
			t.Errorf("the seed changes nothing")
		}
	}
}
