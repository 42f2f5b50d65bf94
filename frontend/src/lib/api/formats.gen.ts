// Code generated from backend/formats (ImportExtensions) by TestImportExtensions; DO NOT EDIT.
// Regenerate: go test ./backend/formats -run ImportExtensions -update

/** The file types Tandem imports, for a file input's accept attribute. */
export const ROADMAP_FILES = '.tandem,.json,.csv,.xml,.gan'
