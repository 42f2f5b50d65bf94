package draw

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"

	"git.sr.ht/~sbinet/gg"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// PNG limits: drawn at 2x (144 dpi) for slides, the image is never wider
// or taller than MaxPNGSide pixels nor larger than MaxPNGPixels in all (twice
// a 4K screen; it bounds the memory and time); a larger drawing is scaled
// down to fit, and its footer says so.
const (
	pngScale     = 2.0
	MaxPNGSide   = 16384
	MaxPNGPixels = 16 << 20
)

// PNG draws in as one PNG image, the drawing of SVG at 2x, scaled down to
// the limits when it is larger.
func PNG(in *Input) ([]byte, error) {
	p, scale, err := pngPage(in)
	if err != nil {
		return nil, err
	}
	dpi := int(math.Floor(72 * scale))
	// vgimg.UseWH would draw on a copy of its image; drawing straight on
	// one image halves the memory.
	dpi = max(dpi, 1)
	img := image.NewRGBA(image.Rect(0, 0, int(p.W*float64(dpi)/72+0.5), int(p.H*float64(dpi)/72+0.5)))
	ctx := gg.NewContextForRGBA(img)
	ctx.SetLineCapButt()
	ctx.InvertY()
	c := vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(dpi))
	Paint(p, &pngCanvas{Canvas: c, img: img, color: image.Black, faces: map[font.Font]xfont.Face{}})
	var buf bytes.Buffer
	if err := encodePNG(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pngPage is the page PNG paints and its scale in pixels per point: the
// SVG's drawing at 2x, or, when that breaks a limit, at the scale that
// fits with a note under the drawing that says by how much it was scaled.
func pngPage(in *Input) (Page, float64, error) {
	pages, err := Build(in, screenFormat)
	if err != nil {
		return Page{}, 0, err
	}
	p := pages[0]
	scale := pngFit(p.W, p.H)
	if scale < pngScale {
		// Say so, in text 12 pixels high at the final scale.
		note := func(s float64) string {
			return fmt.Sprintf("Scaled to %.0f%% of 2x to stay within 16,384 px a side and %d megapixels; the SVG and PDF exports keep every detail.",
				math.Floor(72*s)/144*100, MaxPNGPixels>>20)
		}
		size := 12 / scale
		scale = pngFit(p.W, p.H+noteHeight(newMeasurer(), note(scale), size, p.W))
		p.Note(note(scale), size)
		scale = min(scale, pngFit(p.W, p.H))
	}
	return p, scale, nil
}

// pngFit is the scale (pixels per point) of a w x h point drawing: 2, or
// less to keep within MaxPNGSide and MaxPNGPixels.
func pngFit(w, h float64) float64 {
	s := pngScale
	s = min(s, MaxPNGSide/w, MaxPNGSide/h)
	s = min(s, math.Sqrt(MaxPNGPixels/(w*h)))
	return s
}

// pngCanvas is vgimg's canvas with faster text: vgimg.FillString makes a
// font face per call and draws each glyph through an affine transform
// (most of the time of a large PNG); here each face is made once and the
// glyphs are drawn straight onto the image (the draw package never
// rotates text).
type pngCanvas struct {
	*vgimg.Canvas
	img    *image.RGBA
	color  image.Image
	faces  map[font.Font]xfont.Face
	lineW  vg.Length
	dashed bool
}

func (c *pngCanvas) SetColor(clr color.Color) {
	c.Canvas.SetColor(clr)
	c.color = image.NewUniform(clr)
}

// FillString draws s with its baseline starting at p, right-to-left runs
// reversed and characters without a glyph as "?" (as the PDF).
func (c *pngCanvas) FillString(f font.Face, p vg.Point, s string) {
	face, ok := c.faces[f.Font]
	if !ok {
		face = newGlyphCache(f.FontFace(c.DPI()))
		c.faces[f.Font] = face
	}
	x := p.X.Dots(c.DPI())
	y := float64(c.img.Bounds().Dy()) - p.Y.Dots(c.DPI())
	d := xfont.Drawer{Dst: c.img, Src: c.color, Face: face, Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}}
	d.DrawString(glyphsOnly(f, visualOrder(s)))
}

// glyphsOnly replaces each character the face has no glyph for (emoji,
// Arabic, CJK: Liberation Sans has none) with "?", for the PNG:
// it would show as nothing or an empty box (the PDF does the same,
// pdfFont.appendHex).
func glyphsOnly(f font.Face, s string) string {
	var buf sfnt.Buffer
	ok := func(r rune) bool {
		g, err := f.Face.GlyphIndex(&buf, r)
		return r <= 0xffff && err == nil && g != 0
	}
	for _, r := range s {
		if !ok(r) {
			return strings.Map(func(r rune) rune {
				if ok(r) {
					return r
				}
				return '?'
			}, s)
		}
	}
	return s
}
