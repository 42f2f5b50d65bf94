// Package draw draws a roadmap as a picture: the swimlane chart of SPEC §1
// with its title, lanes, bars with full titles, milestones, dependency
// arrows, critical path, conflict marks, today line, legend and time axis,
// for the svg, pdf and png exports (backend/formats registers them).
//
// It works in two steps. Build is pure geometry: from the roadmap, its
// analysis and lane layout it decides what goes where (lane bands, bar
// boxes, label placement, arrow routes, axis ticks) and composes pages of
// shapes in points (1/72 in; y grows downwards). Paint draws one page's
// shapes on any gonum vg.Canvas; SVG, PDF and PNG share that one routine
// and differ only in the canvas and the page size (one page for SVG and
// PNG; A4 or Letter landscape tiles for PDF). The canvases: vgsvg; vgimg
// with faster text and axis-aligned shapes (pngCanvas); and for PDF our own
// vg.Canvas (pdfCanvas) over a small PDF writer (pdfWriter) instead of
// vgpdf, which in plot v0.17 gives a bold and a regular face one embedded
// font file and writes Windows-1252 only.
//
// The PDF is streamed: Draw hands over one page at a time, Paint draws it
// into the canvas's content buffer, and the page's content stream
// (compressed by one reused flate writer) and page object are written to
// the output before the next page is made. What the document keeps per
// page is its object number and the offsets of two objects, so memory does
// not grow with the page count (a test holds this). The page tree,
// resources, fonts, catalog, information (title) and cross-reference table
// are written at the end. Text is written as glyph indices (Type0 fonts,
// Identity-H) in Liberation Sans regular and bold, each embedded as a
// subset that keeps the whole font's glyph indices and the tables PDF asks
// of a CIDFontType2 program (ttfsubset.go), with widths to 1/100 of a unit
// and a ToUnicode map; a character the font lacks is drawn as "?" and the
// text given whole as ActualText. The same input gives the same bytes.
//
// Labels never overlap and a title is never cut without being shown in
// full elsewhere: a title goes inside its bar when it fits, else beside it
// when the row is free, else it is shortened at a word boundary and
// numbered, and the numbered key lists it in full.
package draw
