package formats

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// checkText refuses what is not a text file Tandem can read, before any
// reader sees it, with a message that says what the file is and what to
// do: no content but spaces; UTF-16 (with or without a byte order mark);
// a NUL byte (binary data); and, unless xml (an XML file declares its own
// encoding), bytes that are not UTF-8. It returns nil for text.
func checkText(data []byte, fileName string, xml bool) error {
	name := displayName(fileName)
	switch {
	case len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0:
		return fmt.Errorf("%s: the file is empty", name)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fmt.Errorf("%s: the file is UTF-16 text; save it as UTF-8 and import it again", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if looksUTF16(data) {
			return fmt.Errorf("%s: the file looks like UTF-16 text (a NUL byte beside every letter); save it as UTF-8 and import it again", name)
		}
		line, col := position(data, i)
		return fmt.Errorf("%s: line %d, column %d: a NUL byte: this is not a text file", name, line, col)
	}
	if !xml && !utf8.Valid(data) {
		i := invalidUTF8(data)
		line, col := position(data, i)
		return fmt.Errorf("%s: line %d, column %d: byte 0x%02x is not UTF-8 text (a binary file, or text in another encoding such as Latin-1); save it as UTF-8", name, line, col, data[i])
	}
	return nil
}

// looksUTF16 reports whether the first bytes alternate ASCII and NUL, as
// UTF-16 text without a byte order mark does.
func looksUTF16(data []byte) bool {
	n := min(len(data), 64) &^ 1
	if n < 4 {
		return false
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		le = le && data[i] != 0 && data[i] < 0x80 && data[i+1] == 0
		be = be && data[i] == 0 && data[i+1] != 0 && data[i+1] < 0x80
	}
	return le || be
}

// invalidUTF8 returns the offset of the first byte of data that is not
// part of valid UTF-8.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// position gives the 1-based line and column (in characters) of offset i.
func position(data []byte, i int) (line, col int) {
	lineStart := bytes.LastIndexByte(data[:i], '\n') + 1
	return bytes.Count(data[:i], []byte{'\n'}) + 1, utf8.RuneCount(data[lineStart:i]) + 1
}
