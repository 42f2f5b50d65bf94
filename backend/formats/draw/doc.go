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
// with faster text and axis-aligned shapes (pngCanvas); and for PDF a
// vg.Canvas over fpdf (pdfCanvas) instead of vgpdf, which in plot v0.17
// gives a bold and a regular face one embedded font file and writes
// Windows-1252 only.
//
// Labels never overlap and a title is never cut without being shown in
// full elsewhere: a title goes inside its bar when it fits, else beside it
// when the row is free, else it is shortened at a word boundary and
// numbered, and the numbered key lists it in full.
package draw
