package draw

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"regexp"
	"testing"
	"unicode/utf8"
)

// TestPDFOfTheSample is the PDF's golden test: the sample on A4, in a
// readable form (pdfReadable) so that a change shows as a diff of the
// page contents, fonts and objects.
func TestPDFOfTheSample(t *testing.T) {
	b, err := PDF(sampleInput(t), "a4")
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "sample-a4.pdf.txt", pdfReadable(t, b))
}

// pdfStream is one stream object's dictionary and data.
var pdfStream = regexp.MustCompile(`(?s)<<([^\n]*?) /Filter /FlateDecode /Length \d+>>\nstream\n`)

// pdfReadable writes a PDF of ours as text: every stream inflated, those
// that are text (page contents, ToUnicode maps) as they are and the others
// (the embedded font programs) as their size and SHA-256; /Length values
// and the cross-reference table (the bytes of compressed data: they depend
// on the flate implementation; TestPDFCrossReferencesPointAtTheirObjects
// checks them) are left out.
func pdfReadable(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for {
		loc := pdfStream.FindSubmatchIndex(b)
		if loc == nil {
			break
		}
		out.Write(b[:loc[0]])
		fmt.Fprintf(&out, "<<%s /Filter /FlateDecode>>\nstream\n", b[loc[2]:loc[3]])
		b = b[loc[1]:]
		end := bytes.Index(b, []byte("\nendstream\n"))
		if end < 0 {
			t.Fatal("a stream without endstream")
		}
		z, err := zlib.NewReader(bytes.NewReader(b[:end]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(z)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.Valid(data) && !bytes.ContainsAny(data, "\x00\x01\x02\x03\x04\x05\x06\x07\x08") {
			out.Write(data)
		} else {
			fmt.Fprintf(&out, "[%d bytes, sha256 %x]", len(data), sha256.Sum256(data))
		}
		b = b[end:]
	}
	if x := bytes.Index(b, []byte("xref\n0 ")); x >= 0 {
		if tr := bytes.Index(b[x:], []byte("trailer\n")); tr >= 0 {
			b = append(append(append([]byte{}, b[:x]...), "xref ...\n"...), b[x+tr:]...)
		}
	}
	out.Write(regexp.MustCompile(`startxref\n\d+\n`).ReplaceAll(b, []byte("startxref ...\n")))
	return out.Bytes()
}
