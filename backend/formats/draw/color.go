package draw

import (
	"image/color"
	"strconv"
)

// lanePalette is the UI's fallback lane palette
// (frontend/src/lib/timeline/palette.ts): a lane without a valid colour
// takes lanePalette[index % len], index being its place in the roadmap, so a
// picture and the app agree.
var lanePalette = []string{"#3b6fd8", "#d9480f", "#2f9e6b", "#8a56d6", "#c2410c", "#0e8f9e", "#c0397a", "#6b7280"}

// laneColor returns c when it is a valid "#rgb" or "#rrggbb" colour, else
// the palette colour of the lane at index.
func laneColor(c string, index int) string {
	if _, ok := parseHex(c); ok {
		return c
	}
	return lanePalette[index%len(lanePalette)]
}

// parseHex reads "#rgb" or "#rrggbb".
func parseHex(s string) (color.RGBA, bool) {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return color.RGBA{}, false
	}
	h := s[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// hex returns c, which laneColor made valid, as a colour.
func hex(c string) color.RGBA {
	rgba, _ := parseHex(c)
	return rgba
}

// tint mixes c over white: p = 0 is white, 1 is c (CSS color-mix in srgb,
// as the UI tints its bars).
func tint(c color.RGBA, p float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(float64(v)*p + 255*(1-p) + 0.5) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// The picture's colours: the UI's light theme (frontend/src/app.css).
var (
	white      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink        = color.RGBA{0x1a, 0x1d, 0x23, 0xff} // --text, --critical
	muted      = color.RGBA{0x59, 0x60, 0x6c, 0xff} // --text-muted
	faint      = color.RGBA{0x8a, 0x91, 0x9c, 0xff} // --text-faint, --done
	border     = color.RGBA{0xe3, 0xe6, 0xeb, 0xff} // --border
	borderDark = color.RGBA{0xd2, 0xd6, 0xdd, 0xff} // --border-strong
	grid       = color.RGBA{0xf0, 0xf2, 0xf5, 0xff} // --grid
	band       = color.RGBA{0xf8, 0xf9, 0xfb, 0xff} // every other lane
	arrowGrey  = color.RGBA{0xa8, 0xae, 0xb7, 0xff} // a dependency off the critical path
	nowRed     = color.RGBA{0xe5, 0x48, 0x4d, 0xff} // --now
	conflictOr = color.RGBA{0xe8, 0x59, 0x0c, 0xff} // --conflict
	blockedRed = color.RGBA{0xd9, 0x30, 0x36, 0xff} // --blocked
)

// Bar colours, as the UI's bars: a light tint of the lane fills the bar and a
// stronger one draws its edge.
const (
	barTint       = 0.16
	barTintActive = 0.30
	barEdge       = 0.55
)
