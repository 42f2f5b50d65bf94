package draw

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	stddraw "image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"tandem/backend/internal/golden"
)

// TestPNGOfTheSample is the PNG's golden test: the sample's image as its
// size and a SHA-256 of its pixels (RGBA, row by row), so that it does not
// depend on how the encoder compresses them. The drawing is pure Go with
// embedded fonts, so the pixels are the same on every run and machine with
// the same Go on the same architecture (on arm64 and others Go may fuse a
// multiply and an add, which can move an edge pixel's shade). When the
// golden differs, the image drawn is kept in a temporary file to look at.
func TestPNGOfTheSample(t *testing.T) {
	b, err := PNG(sampleInput(t))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	got := pngDigest(img)
	name := "sample.png.txt"
	if want, err := os.ReadFile(filepath.Join("testdata", name)); !golden.Updating() && (err != nil || !bytes.Equal(want, got)) {
		if f, err := os.CreateTemp("", "tandem-sample-*.png"); err == nil {
			f.Write(b)
			f.Close()
			t.Logf("the PNG drawn now is %s", f.Name())
		}
	}
	goldenFile(t, name, got)
}

// pngDigest is the size of img and a SHA-256 of its pixels as 8-bit RGBA.
func pngDigest(img image.Image) []byte {
	r := img.Bounds()
	rgba := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	stddraw.Draw(rgba, rgba.Bounds(), img, r.Min, stddraw.Src)
	return fmt.Appendf(nil, "size %dx%d\nrgba-sha256 %x\n", r.Dx(), r.Dy(), sha256.Sum256(rgba.Pix))
}
