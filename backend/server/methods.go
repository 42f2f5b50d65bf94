package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"

	"tandem/backend/service"
)

// method is one method of service.API, callable with JSON arguments.
type method struct {
	fn     reflect.Value
	params []reflect.Type
	// hasResult is false for methods that return only an error.
	hasResult bool
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
		out[m.Name] = method{fn: rv.MethodByName(m.Name), params: params, hasResult: ft.NumOut() == 2}
	}
	return out
}

// decode reads the method's arguments from body, a JSON array (an empty
// body is no arguments), as it streams in: each argument is decoded
// straight into its parameter, so that a large one (a roadmap file) is
// held once as the request's bytes and once decoded, not copied again. A
// malformed body is an argError; a failure to read it (a body over its
// limit: *http.MaxBytesError) is returned as it is.
func (m method) decode(body io.Reader) ([]reflect.Value, error) {
	dec := json.NewDecoder(body)
	malformed := func(err error) error {
		if errors.As(err, new(*http.MaxBytesError)) {
			return err
		}
		return argError{fmt.Sprintf("the request body must be a JSON array of arguments: %v", err)}
	}
	args := make([]reflect.Value, 0, len(m.params))
	tok, err := dec.Token()
	switch {
	case err == io.EOF:
		tok = nil // an empty body: no arguments
	case err != nil:
		return nil, malformed(err)
	case tok != json.Delim('['):
		return nil, malformed(fmt.Errorf("got %v", tok))
	}
	n := 0
	for tok != nil && dec.More() {
		if n >= len(m.params) {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, malformed(err)
			}
			n++
			continue
		}
		arg := reflect.New(m.params[n])
		if err := dec.Decode(arg.Interface()); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, malformed(err)
			}
			if errors.As(err, new(*http.MaxBytesError)) {
				return nil, err
			}
			return nil, argError{fmt.Sprintf("argument %d: %v", n+1, err)}
		}
		args = append(args, arg.Elem())
		n++
	}
	if tok != nil {
		if _, err := dec.Token(); err != nil { // the closing ]
			return nil, malformed(err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, malformed(fmt.Errorf("data after the array"))
		}
	}
	if n != len(m.params) {
		return nil, argError{fmt.Sprintf("expected %d arguments, got %d", len(m.params), n)}
	}
	return args, nil
}

// call calls the method with args (decoded by decode) and returns its
// result.
func (m method) call(args []reflect.Value) (any, error) {
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
