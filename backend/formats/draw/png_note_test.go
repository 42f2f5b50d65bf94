package draw

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"tandem/backend/model/modeltest"
)

// TestPNGSaysWhenItIsScaledDown: a drawing too large for 2x is scaled to
// fit the limits, and a note under it, 12 pixels high and inside the
// image, says by how much; a drawing that fits at 2x has no note.
func TestPNGSaysWhenItIsScaledDown(t *testing.T) {
	note := func(p Page) []Shape {
		var out []Shape
		for _, s := range texts(p) {
			if strings.HasPrefix(s.Text, "Scaled to ") || strings.Contains(s.Text, "exports keep every detail") {
				out = append(out, s)
			}
		}
		return out
	}
	p, scale, err := pngPage(sampleInput(t))
	if err != nil {
		t.Fatal(err)
	}
	if scale != 2 || len(note(p)) != 0 {
		t.Errorf("the sample: scale %g and note %v, want 2x and no note", scale, note(p))
	}

	p, scale, err = pngPage(inputOf(t, modeltest.Generate(3000, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if scale >= 2 {
		t.Fatalf("3,000 efforts (%gx%g points) fit at 2x: the test needs a larger drawing", p.W, p.H)
	}
	w, h := p.W*scale, p.H*scale
	if w > MaxPNGSide+0.5 || h > MaxPNGSide+0.5 || w*h > MaxPNGPixels*1.0001 {
		t.Errorf("the scaled image is %.0fx%.0f pixels, past a limit", w, h)
	}
	lines := note(p)
	if len(lines) == 0 {
		t.Fatal("the scaled-down PNG has no note saying so")
	}
	want := fmt.Sprintf("Scaled to %.0f%% of 2x", math.Floor(72*scale)/144*100)
	if !strings.HasPrefix(lines[0].Text, want) {
		t.Errorf("the note says %q, want it to start %q", lines[0].Text, want)
	}
	for _, l := range lines {
		if px := l.Size * scale; px < 11.5 || px > 12.5 {
			t.Errorf("the note is %.1f pixels high, want 12", px)
		}
		if l.Pts[0].Y > p.H {
			t.Errorf("the note's line at y=%g is below the page's %g", l.Pts[0].Y, p.H)
		}
	}
}
