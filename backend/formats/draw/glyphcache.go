package draw

import (
	"image"
	"image/draw"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// glyphCache is a font face that rasterizes each glyph once per quarter-
// pixel position: the opentype face rasterizes every glyph it is asked
// for, and a chart's titles repeat the same few letters thousands of
// times.
type glyphCache struct {
	xfont.Face
	glyphs map[glyphKey]glyph
}

type glyphKey struct {
	r      rune
	fx, fy fixed.Int26_6 // the dot's fraction of a pixel, in quarters
}

// glyph is a rasterized glyph; dr is relative to the dot's whole pixel.
type glyph struct {
	dr      image.Rectangle
	mask    *image.Alpha
	advance fixed.Int26_6
	ok      bool
}

func newGlyphCache(f xfont.Face) *glyphCache {
	return &glyphCache{Face: f, glyphs: map[glyphKey]glyph{}}
}

// Glyph is xfont.Face's Glyph, from the cache.
func (c *glyphCache) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	k := glyphKey{r: r, fx: dot.X & 63 &^ 15, fy: dot.Y & 63 &^ 15}
	g, hit := c.glyphs[k]
	if !hit {
		dr, mask, maskp, adv, ok := c.Face.Glyph(fixed.Point26_6{X: k.fx, Y: k.fy}, r)
		g = glyph{dr: dr, advance: adv, ok: ok}
		if ok && mask != nil {
			// The face reuses its mask: keep a copy.
			g.mask = image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
			draw.Draw(g.mask, g.mask.Bounds(), mask, maskp, draw.Src)
		}
		c.glyphs[k] = g
	}
	if g.mask == nil {
		return image.Rectangle{}, nil, image.Point{}, g.advance, g.ok
	}
	at := image.Pt(dot.X.Floor(), dot.Y.Floor())
	return g.dr.Add(at), g.mask, image.Point{}, g.advance, g.ok
}
