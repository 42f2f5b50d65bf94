package server

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// method is one exported method of the service, callable with JSON arguments.
type method struct {
	fn     reflect.Value
	params []reflect.Type
	// hasResult is false for methods that return only an error.
	hasResult bool
}

var errorType = reflect.TypeFor[error]()

// methodsOf returns the exported methods of v that end in an error result
// and have at most one other result, by name. These are exactly the calls
// that the desktop binding exposes, so the HTTP API cannot drift from it.
func methodsOf(v any) map[string]method {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	out := map[string]method{}
	for i := 0; i < rt.NumMethod(); i++ {
		m := rt.Method(i)
		ft := m.Type // includes the receiver
		n := ft.NumOut()
		if n < 1 || n > 2 || ft.Out(n-1) != errorType {
			continue
		}
		params := make([]reflect.Type, ft.NumIn()-1)
		for j := range params {
			params[j] = ft.In(j + 1)
		}
		out[m.Name] = method{fn: rv.Method(i), params: params, hasResult: n == 2}
	}
	return out
}

// call decodes body (a JSON array of arguments) into the method's parameters,
// calls it and returns its result. A malformed body is an argError.
func (m method) call(body []byte) (any, error) {
	var raw []json.RawMessage
	if len(body) > 0 {
		if err := json.Unmarshal(body, &raw); err != nil {
			return nil, argError{fmt.Sprintf("the request body must be a JSON array of arguments: %v", err)}
		}
	}
	if len(raw) != len(m.params) {
		return nil, argError{fmt.Sprintf("expected %d arguments, got %d", len(m.params), len(raw))}
	}
	args := make([]reflect.Value, len(raw))
	for i, p := range m.params {
		arg := reflect.New(p)
		if err := json.Unmarshal(raw[i], arg.Interface()); err != nil {
			return nil, argError{fmt.Sprintf("argument %d: %v", i+1, err)}
		}
		args[i] = arg.Elem()
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
