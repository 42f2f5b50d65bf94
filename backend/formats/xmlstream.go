package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"tandem/backend/model"
)

// xmlStream walks an XML document element by element and turns every
// failure into an *XMLError with a line and a column. The MS Project and
// GanttProject importers share it.
type xmlStream struct {
	format string
	d      *xml.Decoder
	path   []string // names of the open elements
}

func newXMLStream(format string, data []byte) *xmlStream {
	data = bytes.TrimPrefix(data, utf8BOM)
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	return &xmlStream{format: format, d: d}
}

// errorf returns an *XMLError at the decoder's position, about element.
func (s *xmlStream) errorf(element, format string, args ...any) *XMLError {
	line, col := s.d.InputPos()
	return &XMLError{Format: s.format, Line: line, Column: col, Element: element, Msg: fmt.Sprintf(format, args...)}
}

// at returns an *XMLError at a remembered position.
func (s *xmlStream) at(pos [2]int, element, format string, args ...any) *XMLError {
	return &XMLError{Format: s.format, Line: pos[0], Column: pos[1], Element: element, Msg: fmt.Sprintf(format, args...)}
}

// pos is the decoder's position (line, column).
func (s *xmlStream) pos() [2]int {
	line, col := s.d.InputPos()
	return [2]int{line, col}
}

// wrap turns a decoding error into an *XMLError naming the innermost open
// element.
func (s *xmlStream) wrap(err error) error {
	if err == nil {
		return nil
	}
	var xe *XMLError
	if errors.As(err, &xe) {
		return err
	}
	el := ""
	if len(s.path) > 0 {
		el = s.path[len(s.path)-1]
	}
	msg := err.Error()
	var se *xml.SyntaxError
	var ce charsetError
	if errors.As(err, &ce) {
		msg = ce.Error()
	} else if errors.As(err, &se) {
		msg = "malformed XML: " + se.Msg
	} else if errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "malformed XML: the file ends inside an element"
	}
	return s.errorf(el, "%s", msg)
}

// next returns the next start element (pushed onto path), or nil with a nil
// error at the end of the enclosing element or document. End elements on
// the way pop path. An element nested more than model.MaxDepth deep is an
// error, as in a native file: the readers recurse into nested elements
// (GanttProject's tasks), so depth must not grow with the file.
func (s *xmlStream) next() (*xml.StartElement, error) {
	for {
		tok, err := s.d.Token()
		if err == io.EOF {
			if len(s.path) > 0 {
				return nil, s.errorf(s.path[len(s.path)-1], "malformed XML: the file ends before </%s>", s.path[len(s.path)-1])
			}
			return nil, nil
		}
		if err != nil {
			return nil, s.wrap(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(s.path) >= model.MaxDepth {
				return nil, s.errorf(t.Name.Local, "elements nested more than %d deep", model.MaxDepth)
			}
			s.path = append(s.path, t.Name.Local)
			return &t, nil
		case xml.EndElement:
			s.path = s.path[:len(s.path)-1]
			return nil, nil
		}
	}
}

// decode reads the element start opened by next into v (and pops it).
func (s *xmlStream) decode(v any, start *xml.StartElement) error {
	err := s.d.DecodeElement(v, start)
	if err != nil {
		return s.wrap(err)
	}
	s.path = s.path[:len(s.path)-1]
	return nil
}

// skip skips the rest of the element opened by next (and pops it).
func (s *xmlStream) skip() error {
	if err := s.d.Skip(); err != nil {
		return s.wrap(err)
	}
	s.path = s.path[:len(s.path)-1]
	return nil
}

// rest reads to the end of the document, which must hold nothing but
// comments and processing instructions after the root element.
func (s *xmlStream) rest() error {
	for {
		tok, err := s.d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return s.wrap(err)
		}
		if t, ok := tok.(xml.StartElement); ok {
			return s.errorf(t.Name.Local, "malformed XML: a second root element")
		}
	}
}

// root reads up to the root element and checks its name.
func (s *xmlStream) root(want, what string) (*xml.StartElement, error) {
	start, err := s.next()
	if err != nil {
		return nil, err
	}
	if start == nil {
		return nil, s.errorf("", "not %s: the file has no root element", what)
	}
	if start.Name.Local != want {
		return nil, s.errorf(start.Name.Local, "not %s: the root element is <%s>, not <%s>", what, start.Name.Local, want)
	}
	return start, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// charsetReader accepts the encodings project files are written in besides
// UTF-8: ISO-8859-1 (Latin-1) and its superset windows-1252, read as Latin-1
// (the 32 characters where they differ are rare in task names).
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return input, nil
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
		return latin1Reader{input}, nil
	}
	return nil, charsetError(charset)
}

// charsetError is an encoding the importers cannot read.
type charsetError string

func (c charsetError) Error() string {
	return fmt.Sprintf("unsupported encoding %q (want UTF-8 or ISO-8859-1)", string(c))
}

// latin1Reader turns Latin-1 bytes into UTF-8.
type latin1Reader struct{ r io.Reader }

func (l latin1Reader) Read(p []byte) (int, error) {
	if len(p) < 2 {
		return 0, io.ErrShortBuffer
	}
	buf := make([]byte, len(p)/2)
	n, err := l.r.Read(buf)
	out := p[:0]
	for _, c := range buf[:n] {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = append(out, 0xC0|c>>6, 0x80|c&0x3F)
		}
	}
	return len(out), err
}

// maxTasks bounds the tasks of an MS Project or GanttProject file, while it
// is read: a roadmap holds at most model.MaxEfforts efforts (the leaf
// tasks) and model.MaxLanes lanes (the top-level summaries).
// (A variable, so that a test can lower it.)
var maxTasks = model.MaxEfforts + model.MaxLanes

// tooManyTasks is the error of the task past maxTasks.
func (s *xmlStream) tooManyTasks(element string) error {
	return s.errorf(element, "more than %s tasks: a roadmap holds at most %s efforts and %s lanes",
		model.Thousands(maxTasks), model.Thousands(model.MaxEfforts), model.Thousands(model.MaxLanes))
}

// each calls fn for every child element of the element opened last; fn
// must consume the child (decode, skip or each).
func (s *xmlStream) each(fn func(el *xml.StartElement) error) error {
	for {
		el, err := s.next()
		if err != nil {
			return err
		}
		if el == nil {
			return nil
		}
		if err := fn(el); err != nil {
			return err
		}
	}
}
