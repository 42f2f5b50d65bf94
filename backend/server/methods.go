package server

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"

	"tandem/backend/service"
)

// method is one method of service.API, callable with JSON arguments.
type method struct {
	fn     reflect.Value
	params []reflect.Type
	// hasResult is false for methods that return only an error.
	hasResult bool
	// fileArg is the index of the string argument that carries a roadmap
	// file (fileMethods), which decode reads as bytes; -1 for none.
	fileArg int
	// data, for ImportRoadmap, is the API's ImportRoadmapData when it has
	// one (dataImporter): the file is then passed as the decoded bytes.
	data func(name, fileName string, data []byte) (*service.Snapshot, error)
}

// methodsOf returns the methods of service.API, by name, bound to api:
// the interface's methods only, whatever else api's type exports. They are
// exactly the calls the desktop binds (App implements the same interface),
// so the HTTP API cannot drift from it. Each ends in an error and has at
// most one other result (a test of service holds API to that).
func methodsOf(api service.API) map[string]method {
	rv := reflect.ValueOf(api)
	it := reflect.TypeFor[service.API]()
	out := make(map[string]method, it.NumMethod())
	for i := 0; i < it.NumMethod(); i++ {
		m := it.Method(i)
		ft := m.Type // an interface method's type has no receiver
		params := make([]reflect.Type, ft.NumIn())
		for j := range params {
			params[j] = ft.In(j)
		}
		file, ok := fileMethods[m.Name]
		if !ok || file >= len(params) || params[file].Kind() != reflect.String {
			file = -1
		}
		mt := method{fn: rv.MethodByName(m.Name), params: params, hasResult: ft.NumOut() == 2, fileArg: file}
		if di, ok := api.(dataImporter); ok && m.Name == "ImportRoadmap" && file == 2 {
			mt.data = di.ImportRoadmapData
		}
		out[m.Name] = mt
	}
	return out
}

// decode reads the method's arguments from body, a JSON array (an empty
// body is no arguments), as it streams in: each argument is decoded
// straight into its parameter. The file argument of a file method, when it
// is a JSON string, is decoded into file instead, as it streams in
// (readJSONString), its parameter left "": a roadmap file is then held
// once, as its decoded bytes (sized by sizeHint, the body's length when
// known), not also as the request's JSON text and as a string. A
// malformed body is an argError; a failure to read it (a body over its
// limit: *http.MaxBytesError) is returned as it is.
func (m method) decode(body io.Reader, sizeHint int64) (args []reflect.Value, file []byte, err error) {
	dec := json.NewDecoder(body)
	malformed := func(err error) error {
		if errors.As(err, new(*http.MaxBytesError)) {
			return err
		}
		return argError{fmt.Sprintf("the request body must be a JSON array of arguments: %v", err)}
	}
	args = make([]reflect.Value, 0, len(m.params))
	tok, err := dec.Token()
	switch {
	case err == io.EOF:
		tok = nil // an empty body: no arguments
	case err != nil:
		return nil, nil, malformed(err)
	case tok != json.Delim('['):
		return nil, nil, malformed(fmt.Errorf("got %v", tok))
	}
	n := 0
	tookOver := false
	for tok != nil {
		if n == m.fileArg && !tookOver {
			tookOver = true
			f, next, err := m.decodeFile(dec, body, n, sizeHint)
			if err != nil {
				return nil, nil, malformed(err)
			}
			if next != nil {
				dec = next
			}
			if f != nil {
				file = f
				args = append(args, reflect.ValueOf(""))
				n++
				continue
			}
		}
		if !dec.More() {
			break
		}
		if n >= len(m.params) {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, malformed(err)
			}
			n++
			continue
		}
		arg := reflect.New(m.params[n])
		if err := dec.Decode(arg.Interface()); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, nil, malformed(err)
			}
			if errors.As(err, new(*http.MaxBytesError)) {
				return nil, nil, err
			}
			return nil, nil, argError{fmt.Sprintf("argument %d: %v", n+1, err)}
		}
		args = append(args, arg.Elem())
		n++
	}
	if tok != nil {
		if _, err := dec.Token(); err != nil { // the closing ]
			return nil, nil, malformed(err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, nil, malformed(fmt.Errorf("data after the array"))
		}
	}
	if n != len(m.params) {
		return nil, nil, argError{fmt.Sprintf("expected %d arguments, got %d", len(m.params), n)}
	}
	return args, file, nil
}

// decodeFile takes over from dec, inside the argument array before
// argument n (the file argument): it reads the separator, then the
// argument with readJSONString when it is a string. It returns the file
// (nil when the argument is not a string) and a decoder over the rest of
// the array, re-opened with a '[' so that decode goes on as before: past
// the file, or at the argument that is not a string, which decode then
// refuses as it would have. A nil decoder means that the array ended
// before argument n; dec then still reads it.
func (m method) decodeFile(dec *json.Decoder, body io.Reader, n int, sizeHint int64) ([]byte, *json.Decoder, error) {
	if !dec.More() {
		return nil, nil, nil
	}
	br := bufio.NewReaderSize(io.MultiReader(dec.Buffered(), body), 64<<10)
	reopen := func() *json.Decoder {
		d := json.NewDecoder(io.MultiReader(strings.NewReader("["), br))
		d.Token() // the '[' just put there
		return d
	}
	if n > 0 {
		if c, err := skipSpace(br); err != nil {
			return nil, nil, err
		} else if c != ',' {
			return nil, nil, fmt.Errorf("invalid character %q after array element", c)
		}
		br.Discard(1)
	}
	if c, err := skipSpace(br); err != nil {
		return nil, nil, err
	} else if c != '"' {
		return nil, reopen(), nil // not a string: decode refuses it as before
	}
	file, err := readJSONString(br, sizeHint)
	if err != nil {
		return nil, nil, err
	}
	// Past the file: "]" or ", more arguments]" follow; the new decoder
	// reads "[" and what follows the comma.
	if c, err := skipSpace(br); err != nil {
		return nil, nil, err
	} else if c == ',' {
		br.Discard(1)
		if c, err := skipSpace(br); err != nil {
			return nil, nil, err
		} else if c == ']' {
			return nil, nil, fmt.Errorf("invalid character ']' looking for beginning of value")
		}
	}
	return file, reopen(), nil
}

// skipSpace skips JSON white space in br and returns the next byte, left
// unread (io.ErrUnexpectedEOF if there is none).
func skipSpace(br *bufio.Reader) (byte, error) {
	for {
		c, err := br.Peek(1)
		if err != nil {
			return 0, eofIsUnexpected(err)
		}
		switch c[0] {
		case ' ', '\t', '\n', '\r':
			br.Discard(1)
		default:
			return c[0], nil
		}
	}
}

// dataImporter is an API whose ImportRoadmap also takes the file as bytes
// (service.Service.ImportRoadmapData): serve mode then never copies the
// decoded file into a string.
type dataImporter interface {
	ImportRoadmapData(name, fileName string, data []byte) (*service.Snapshot, error)
}

// call calls the method with args and file (decoded by decode; file, when
// not nil, is the file argument) and returns its result. ImportRoadmap's
// file goes to ImportRoadmapData when the API has it, and is no longer
// referenced here once passed, so the service can drop it after reading.
func (m method) call(args []reflect.Value, file []byte) (any, error) {
	if file != nil {
		if m.data != nil {
			return m.data(args[0].String(), args[1].String(), file)
		}
		args[m.fileArg] = reflect.ValueOf(string(file))
	}
	out := m.fn.Call(args)
	errV := out[len(out)-1]
	var err error
	if !errV.IsNil() {
		err = errV.Interface().(error)
	}
	if !m.hasResult {
		return nil, err
	}
	return out[0].Interface(), err
}

// argError is a request whose arguments do not fit the method.
type argError struct{ msg string }

func (e argError) Error() string { return e.msg }
