package draw

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
)

// pdfWriter writes a PDF file's objects to w as they are made, remembering
// only where each one starts; the cross-reference table and trailer go at
// the end (finish). Streams are compressed with one flate writer, reused.
// Its first error sticks: later calls do nothing and finish returns it.
type pdfWriter struct {
	w       *bufio.Writer
	at      int64   // bytes written so far
	offsets []int64 // by object number - 1; 0 until written
	z       *zlib.Writer
	zbuf    bytes.Buffer
	err     error
}

func newPDFWriter(w io.Writer) *pdfWriter {
	pw := &pdfWriter{w: bufio.NewWriterSize(w, 64<<10)}
	pw.z, _ = zlib.NewWriterLevel(&pw.zbuf, zlib.BestSpeed)
	// The binary comment says the file is binary to programs that guess.
	pw.put("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return pw
}

// reserve returns the number of a new object, to be written later.
func (pw *pdfWriter) reserve() int {
	pw.offsets = append(pw.offsets, 0)
	return len(pw.offsets)
}

func (pw *pdfWriter) put(s string) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.WriteString(s)
	pw.at += int64(n)
	pw.err = err
}

func (pw *pdfWriter) putBytes(b []byte) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.Write(b)
	pw.at += int64(n)
	pw.err = err
}

// begin starts object num.
func (pw *pdfWriter) begin(num int) {
	if pw.offsets[num-1] != 0 && pw.err == nil {
		pw.err = fmt.Errorf("pdf: object %d written twice", num)
	}
	pw.offsets[num-1] = pw.at
	pw.put(strconv.Itoa(num) + " 0 obj\n")
}

// object writes object num whose body is body (a dictionary, array, ...).
func (pw *pdfWriter) object(num int, body string) {
	pw.begin(num)
	pw.put(body)
	pw.put("\nendobj\n")
}

// stream writes object num as a stream of data compressed with flate;
// dict holds the dictionary's entries other than Length and Filter.
func (pw *pdfWriter) stream(num int, dict string, data []byte) {
	pw.zbuf.Reset()
	pw.z.Reset(&pw.zbuf)
	if _, err := pw.z.Write(data); err != nil && pw.err == nil {
		pw.err = err
	}
	if err := pw.z.Close(); err != nil && pw.err == nil {
		pw.err = err
	}
	pw.begin(num)
	pw.put("<<" + dict + " /Filter /FlateDecode /Length " + strconv.Itoa(pw.zbuf.Len()) + ">>\nstream\n")
	pw.putBytes(pw.zbuf.Bytes())
	pw.put("\nendstream\nendobj\n")
}

// finish writes the cross-reference table and the trailer naming root
// (the catalog) and info, and flushes. Every reserved object must have
// been written.
func (pw *pdfWriter) finish(root, info int) error {
	xref := pw.at
	pw.put("xref\n0 " + strconv.Itoa(len(pw.offsets)+1) + "\n0000000000 65535 f \n")
	var line []byte
	for num, off := range pw.offsets {
		if off == 0 && pw.err == nil {
			pw.err = fmt.Errorf("pdf: object %d never written", num+1)
		}
		line = fmt.Appendf(line[:0], "%010d 00000 n \n", off)
		pw.putBytes(line)
	}
	pw.put(fmt.Sprintf("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n",
		len(pw.offsets)+1, root, info, xref))
	if pw.err != nil {
		return pw.err
	}
	return pw.w.Flush()
}

// appendRGB appends rgb's components as fractions of 1.
func appendRGB(dst []byte, rgb color.RGBA) []byte {
	for _, v := range [3]uint8{rgb.R, rgb.G, rgb.B} {
		dst = appendNum(dst, float64(v)/255, 3)
	}
	return dst
}

// appendNum appends v rounded to digits decimals without trailing zeros,
// and a space; a value that is not a number (or is infinite) as 0, which
// keeps the content stream valid.
func appendNum(dst []byte, v float64, digits int) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	scale := math.Pow10(digits)
	n := int64(math.Round(v * scale))
	if n < 0 {
		dst = append(dst, '-')
		n = -n
	}
	unit := int64(scale)
	dst = strconv.AppendInt(dst, n/unit, 10)
	if frac := n % unit; frac != 0 {
		dst = append(dst, '.')
		for unit /= 10; frac != 0; unit /= 10 {
			dst = append(dst, byte('0'+frac/unit))
			frac %= unit
		}
	}
	return append(dst, ' ')
}
