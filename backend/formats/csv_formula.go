package formats

import "strings"

// Spreadsheet formula injection. A spreadsheet opening a CSV file takes a
// cell that starts with '=', '+', '-', '@', a tab or a carriage return for
// a formula (OWASP's list), so a title like "=HYPERLINK(...)" would run.
// The CSV export writes such a text cell with a leading apostrophe, the
// spreadsheets' own "this is text" mark: Excel and LibreOffice show
// '=HYPERLINK(...) as the text =HYPERLINK(...), and drop the apostrophe
// when they save the sheet.
//
// The rule is reversible, so an export read back by ReadCSV loses nothing:
// neutralizeFormula prefixes one apostrophe to a value that, after any
// apostrophes it already starts with, starts with a formula character;
// restoreFormula removes one apostrophe from a cell of exactly that shape
// ("'" then zero or more "'" then a formula character). restoreFormula
// undoes neutralizeFormula for every string, and leaves every other cell
// as it is (a cell saved by a spreadsheet, without the apostrophe, reads
// as written). The one cell it changes that a person may have meant
// literally is one like "'=x", which reads as "=x".
//
// Dates and numbers are never neutralised: the export writes them as
// digits, which no spreadsheet runs.

// formulaStart reports whether s starts with a character that makes a
// spreadsheet read a cell as a formula.
func formulaStart(s string) bool {
	return s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0
}

// neutralizeFormula returns s with a leading apostrophe when s, after its
// leading apostrophes, starts with a formula character; else s.
func neutralizeFormula(s string) string {
	if formulaStart(strings.TrimLeft(s, "'")) {
		return "'" + s
	}
	return s
}

// restoreFormula undoes neutralizeFormula: it drops the first apostrophe of
// a cell that is one or more apostrophes then a formula character.
func restoreFormula(cell string) string {
	if rest, ok := strings.CutPrefix(cell, "'"); ok && formulaStart(strings.TrimLeft(rest, "'")) {
		return rest
	}
	return cell
}
