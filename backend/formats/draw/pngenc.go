package draw

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// encodePNG writes img, which must be opaque, as an 8-bit RGB PNG with
// every row "Sub"-filtered. image/png tries five filters on every row,
// which for a large drawing costs more than drawing it; runs of one
// colour (most of a chart) filter to zeros with Sub alone.
func encodePNG(w io.Writer, img *image.RGBA) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	if _, err := bw.WriteString("\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits, RGB; compression, filter, interlace 0
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	z, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	row := make([]byte, 1+3*width)
	row[0] = 1 // Sub
	for y := range height {
		px := img.Pix[(y)*img.Stride : (y)*img.Stride+4*width]
		var pr, pg, pb byte
		for x := range width {
			r, g, bl := px[4*x], px[4*x+1], px[4*x+2]
			row[1+3*x], row[2+3*x], row[3+3*x] = r-pr, g-pg, bl-pb
			pr, pg, pb = r, g, bl
		}
		if _, err := z.Write(row); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	if err := idat.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

// writeChunk writes one PNG chunk: length, name, data and CRC.
func writeChunk(w io.Writer, name string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, part := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// chunkWriter cuts what is written to it into chunks of up to 256 KiB.
type chunkWriter struct {
	w    io.Writer
	name string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	for len(c.buf) >= 1<<18 {
		if err := writeChunk(c.w, c.name, c.buf[:1<<18]); err != nil {
			return 0, err
		}
		c.buf = append(c.buf[:0], c.buf[1<<18:]...)
	}
	return len(p), nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, c.name, c.buf)
	c.buf = c.buf[:0]
	return err
}
